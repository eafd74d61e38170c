package org.quoteexplorer.engine;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quoteexplorer.model.QuoteType;

/** What a sieve may consult: the analysis, all quote sites, and the decisions made so far. */
final class SieveContext {

    private final Analysis analysis;
    private final List<QuoteSite> sites;
    private final Decision[] decisions;
    private final SpeakerResolver resolver;
    private Map<String, int[]> bodyQuotesByWord;

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

    /**
     * The non-headline quotes whose content words ({@link HeadlineWordsSieve#words}) include
     * {@code word}, as ascending site indices. The index is built for the whole article when a
     * headline first asks, so each quote's words are read once however many headlines there are.
     */
    int[] bodyQuotesWith(String word) {
        if (bodyQuotesByWord == null) {
            // Each list's first slot counts its entries while it grows.
            Map<String, int[]> index = new HashMap<>();
            for (QuoteSite site : sites) {
                if (site.type() != QuoteType.HEADLINE) {
                    for (String w : HeadlineWordsSieve.words(analysis.text(), site.found().inner())) {
                        int[] list = index.get(w);
                        if (list == null || list[0] + 1 == list.length) {
                            list = list == null ? new int[4] : Arrays.copyOf(list, list.length * 2);
                            index.put(w, list);
                        }
                        list[++list[0]] = site.index();
                    }
                }
            }
            index.replaceAll((w, list) -> Arrays.copyOfRange(list, 1, list[0] + 1));
            bodyQuotesByWord = index;
        }
        return bodyQuotesByWord.getOrDefault(word, NONE);
    }

    private static final int[] NONE = new int[0];
}
