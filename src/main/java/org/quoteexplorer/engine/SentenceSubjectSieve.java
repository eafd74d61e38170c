package org.quoteexplorer.engine;

import org.quoteexplorer.model.QuoteType;

/**
 * A fragment quoted inside the writer's sentence without a speech verb
 * ({@code The ministry … condemning the strikes as “irresponsible”}) is the subject's.
 */
final class SentenceSubjectSieve implements Sieve {

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        if (site.type() == QuoteType.DIRECT) {
            return null;
        }
        Analysis doc = context.analysis();
        Mention subject = doc.subjectOf(site.sentence());
        if (subject == null || subject.span().end() > site.found().outer().start()) {
            return null;
        }
        return Decision.of(subject, null, "sentence-subject", Confidence.of("sentence-subject", subject));
    }
}
