package org.quoteexplorer.review.edit;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Speaker;

/** How a typed name or a mention in the text relates to the speakers of a document. */
public final class SpeakerNames {

    private SpeakerNames() {
    }

    /** Case- and spacing-insensitive form used for every comparison of names. */
    public static String normalize(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The speaker called exactly {@code name} (by name first, else by an alias), ignoring case. */
    public static Optional<Speaker> find(AnnotatedArticle document, String name) {
        return find(document.speakers(), name);
    }

    /** As {@link #find(AnnotatedArticle, String)}, among {@code speakers}. */
    public static Optional<Speaker> find(java.util.List<Speaker> speakers, String name) {
        String wanted = normalize(name);
        Optional<Speaker> byName = speakers.stream()
                .filter(s -> normalize(s.name()).equals(wanted)).findFirst();
        return byName.isPresent() ? byName : speakers.stream()
                .filter(s -> s.aliases().stream().anyMatch(a -> normalize(a).equals(wanted))).findFirst();
    }

    /**
     * Whether a mention in the text names this speaker: its name or an alias, possibly preceded by
     * a title ("Mayor Ana Lopez") or shortened to its last words ("Lopez"). Pronouns and other
     * people's names do not.
     */
    public static boolean names(Speaker speaker, String mention) {
        String said = normalize(mention);
        if (said.isEmpty()) {
            return false;
        }
        return Stream.concat(Stream.of(speaker.name()), speaker.aliases().stream())
                .map(SpeakerNames::normalize)
                .filter(n -> !n.isEmpty())
                .anyMatch(n -> endsWithWords(said, n) || endsWithWords(n, said));
    }

    private static boolean endsWithWords(String longer, String shorter) {
        return longer.equals(shorter)
                || longer.endsWith(" " + shorter);
    }
}
