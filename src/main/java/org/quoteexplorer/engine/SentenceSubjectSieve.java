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

    private static final Set<String> CLAUSE_OPENERS = Set.of("although", "though", "because", "that", "when", "while",
            "and", "but", "if", "since", "so", "whether", "as");

    @Override
    public Decision decide(QuoteSite site, SieveContext context) {
        Analysis doc = context.analysis();
        // A whole utterance gets its subject only when the writer's sentence leads up to it.
        if (site.type() == QuoteType.DIRECT
                && doc.sentences().all().get(site.sentence()).start() == site.found().outer().start()) {
            return null;
        }
        Mention subject = clauseSubject(doc, site);
        if (subject == null) {
            subject = doc.subjectOf(site.sentence());
        }
        if (subject == null || subject.span().end() > site.found().outer().start()) {
            return null;
        }
        return Decision.of(subject, null, "sentence-subject", Confidence.of("sentence-subject", subject));
    }

    /** The last mention before the quote that opens a subordinate or coordinate clause and is followed by its verb. */
    private static Mention clauseSubject(Analysis doc, QuoteSite site) {
        Span sentence = doc.sentences().all().get(site.sentence());
        int quoteStart = site.found().outer().start();
        Tokens t = doc.tokens();
        int from = doc.firstMentionFrom(sentence.start());
        int to = doc.firstMentionFrom(quoteStart);
        for (int i = to - 1; i >= from; i--) {
            Mention m = doc.mentions().get(i);
            int before = m.firstToken() - 1;
            int after = m.lastToken() + 1;
            if (before < 0 || t.start(before) < sentence.start() || doc.inQuote(before) || after >= t.size()
                    || doc.inQuote(after) || !t.isWord(after) || t.isCapitalised(after)) {
                continue;
            }
            // A pronoun or a name: "and union hard-liner" coordinates nouns, it opens no clause.
            boolean subjectLike = m.isPronoun() || m.firstToken() != m.lastToken() || t.isCapitalised(m.firstToken());
            if (CLAUSE_OPENERS.contains(t.lower(before)) && subjectLike && !"it".equals(m.pronoun())) {
                return m;
            }
        }
        return null;
    }
}
