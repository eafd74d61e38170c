package org.quoteexplorer.engine;

import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.SpeakerKind;

/**
 * A phrase that may name a speaker: "Harbour Authority spokesman Tomas Vell", "the Norland
 * Foreign Ministry", "Norland officials", "the president", "he".
 *
 * @param span       the whole phrase
 * @param firstToken index of its first token
 * @param lastToken  index of its last token
 * @param name       the name it carries with titles and articles removed ("Tomas Vell"),
 *                   or {@code null} for a bare role ("the president") or a pronoun
 * @param title      the role in front of the name ("Harbour Authority spokesman"), or {@code null}
 * @param kind       what sort of speaker it can be
 * @param pronoun    the pronoun in lower case, or {@code null}
 * @param surface    the phrase as an alias: as written, without a leading article
 */
record Mention(Span span, int firstToken, int lastToken, String name, String title, SpeakerKind kind,
               String pronoun, String surface) {

    /** A one-word pronoun mention: "he", a relative "who", or "his" standing for "he". */
    static Mention pronoun(Tokens t, int token, String pronoun, SpeakerKind kind) {
        return new Mention(new Span(t.start(token), t.end(token)), token, token, null, null, kind, pronoun, t.text(token));
    }

    boolean isPronoun() {
        return pronoun != null;
    }

    /** A role with no name ("the spokesman"): it must be resolved to someone named earlier. */
    boolean isBareRole() {
        return pronoun == null && name == null;
    }
}
