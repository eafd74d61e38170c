package org.quoteexplorer.eval;

import java.util.List;

/**
 * One gold quotation. Offsets are UTF-16 units into the document text, marks excluded.
 *
 * @param speaker         the speaker as written at the attribution, or {@code null} if nobody is
 * @param speakerMentions spans of text the attribution rests on, as {start, end} pairs
 * @param alsoAccepted    other speaker names that count as right
 */
public record GoldQuote(int start, int end, String text, String kind, String speaker, List<int[]> speakerMentions,
                        boolean speakerIsPronoun, List<String> alsoAccepted, String cue) {

    public GoldQuote {
        kind = kind == null ? "direct" : kind;
        speakerMentions = speakerMentions == null ? List.of() : List.copyOf(speakerMentions);
        alsoAccepted = alsoAccepted == null ? List.of() : List.copyOf(alsoAccepted);
    }
}
