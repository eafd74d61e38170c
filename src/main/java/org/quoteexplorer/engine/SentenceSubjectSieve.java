package org.quoteexplorer.engine;

import java.util.Set;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/**
 * A fragment quoted inside the writer's sentence without a speech verb
 * ({@code The ministry … condemning the strikes as “irresponsible”}) is the subject's: the
 * subject of the clause the fragment sits in ({@code Smith backed the deal, although she said
 * she has “serious concerns”}), else of the sentence.
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
        Mention subject = doc.clauseSubject(site.sentence(), site.found().outer().start());
        if (subject == null) {
            subject = doc.subjectOf(site.sentence());
        }
        if (subject == null || subject.span().end() > site.found().outer().start()) {
            return null;
        }
        return Decision.of(subject, null, "sentence-subject", Confidence.of("sentence-subject", subject));
    }
}
