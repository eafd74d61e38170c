package org.quoteexplorer.engine;

import org.quoteexplorer.model.QuoteType;

/**
 * A fragment quoted inside the writer's sentence without a speech verb
 * ({@code The ministry … condemning the strikes as “irresponsible”}) is the subject's.
 */
final class SentenceSubjectSieve implements Sieve {

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        Analysis doc = context.analysis();
        // A whole utterance gets its subject only when the writer's sentence leads up to it.
        if (site.type() == QuoteType.DIRECT
                && doc.sentences().all().get(site.sentence()).start() == site.found().outer().start()) {
            return null;
        }
        Mention subject = doc.subjectOf(site.sentence());
        if (subject == null || subject.span().end() > site.found().outer().start()) {
            return null;
        }
        return Decision.of(subject, null, "sentence-subject", Confidence.of("sentence-subject", subject));
    }
}
