package org.quoteexplorer.gui.speakers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/**
 * Shorter names a speaker chip can fall back to when the full name does not fit: the speaker's
 * aliases (the article's own ways of naming them) and, for a person, initial and surname. A bare
 * last word is offered only when the article itself used it. A short name that another speaker of the article could
 * also be called is left out, so a chip never makes two speakers look alike.
 */
public final class SpeakerShortNames {

    /** Compiled once: chips ask for every speaker of a long article. */
    private static final java.util.regex.Pattern NOT_A_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private SpeakerShortNames() {
    }

    /** Unambiguous names shorter than {@code speaker}'s full name, shortest first. */
    public static List<String> of(Speaker speaker, Collection<Speaker> everyone) {
        Set<String> candidates = new LinkedHashSet<>();
        String[] words = speaker.name().strip().split("\\s+");
        String lastWord = words[words.length - 1];
        for (String alias : speaker.aliases()) {
            // "Network" for "Fox News Network" is a random last word, not a name the article used for it.
            if (speaker.kind() == SpeakerKind.PERSON || words.length == 1 || !alias.strip().equals(lastWord)) {
                candidates.add(alias);
            }
        }
        if (speaker.kind() == SpeakerKind.PERSON && words.length > 1 && Character.isLetter(words[0].charAt(0))) {
            candidates.add(words[0].charAt(0) + ". " + lastWord); // "J. Smithson": initial and surname
        }
        List<String> shorter = new ArrayList<>();
        for (String candidate : candidates) {
            String name = candidate.strip();
            if (!name.isEmpty() && name.length() < speaker.name().strip().length() && !shorter.contains(name)
                    && everyone.stream().filter(other -> !other.id().equals(speaker.id())).noneMatch(other -> mayBeCalled(other, name))) {
                shorter.add(name);
            }
        }
        shorter.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        return shorter;
    }

    /** Whether {@code name} appears, as whole words, in one of the speaker's names. */
    private static boolean mayBeCalled(Speaker speaker, String name) {
        String words = NOT_A_WORD.matcher(" " + name.toLowerCase(Locale.ROOT) + " ").replaceAll(" ");
        if (spaced(speaker.name()).contains(words)) {
            return true;
        }
        for (String alias : speaker.aliases()) {
            if (spaced(alias).contains(words)) {
                return true;
            }
        }
        return false;
    }

    private static String spaced(String name) {
        return " " + NOT_A_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    }
}
