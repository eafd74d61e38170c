package org.quoteexplorer.engine;

import java.util.List;

/** What a sieve may consult: the analysis, all quote sites, and the decisions made so far. */
record SieveContext(Analysis analysis, List<QuoteSite> sites, Decision[] decisions, SpeakerResolver resolver) {

    Decision decisionOf(int quote) {
        return quote >= 0 && quote < decisions.length ? decisions[quote] : null;
    }
}
