package org.quoteexplorer.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a sieve may consult: the analysis, all quote sites, and the decisions made so far. */
final class SieveContext {

    private final Analysis analysis;
    private final List<QuoteSite> sites;
    private final Decision[] decisions;
    private final SpeakerResolver resolver;
    private final Map<Integer, Set<String>> words = new HashMap<>();

    SieveContext(Analysis analysis, List<QuoteSite> sites, Decision[] decisions, SpeakerResolver resolver) {
        this.analysis = analysis;
        this.sites = sites;
        this.decisions = decisions;
        this.resolver = resolver;
    }

    Analysis analysis() {
        return analysis;
    }

    List<QuoteSite> sites() {
        return sites;
    }

    SpeakerResolver resolver() {
        return resolver;
    }

    Decision decisionOf(int quote) {
        return quote >= 0 && quote < decisions.length ? decisions[quote] : null;
    }

    /** The content words of a quote, computed once per article however many headlines ask. */
    Set<String> wordsOf(QuoteSite site) {
        return words.computeIfAbsent(site.index(), i -> HeadlineWordsSieve.words(analysis.text(), site.found().inner()));
    }
}
