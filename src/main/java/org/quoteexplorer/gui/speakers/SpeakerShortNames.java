package org.quoteexplorer.gui.speakers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        return new Table(everyone).of(speaker);
    }

    /**
     * The short names of one article's speakers, each speaker's worked out once when first asked
     * for. Every other speaker's names are made comparable once for the table, not once per chip
     * and candidate: a paragraph's margin on a 10 MB one-line article (580 speakers, thousands of
     * aliases) took two seconds per key to draw.
     */
    public static final class Table {
        private final List<Named> everyone = new ArrayList<>();
        private final Map<String, Speaker> byId = new HashMap<>();
        private final Map<Speaker, List<String>> shortNames = new HashMap<>();

        /** A speaker's id and its name and aliases, {@link #spaced}. */
        private record Named(String id, List<String> spacedNames) {
        }

        public Table(Collection<Speaker> everyone) {
            for (Speaker speaker : everyone) {
                List<String> spacedNames = new ArrayList<>(1 + speaker.aliases().size());
                spacedNames.add(spaced(speaker.name()));
                speaker.aliases().forEach(alias -> spacedNames.add(spaced(alias)));
                this.everyone.add(new Named(speaker.id(), spacedNames));
                byId.putIfAbsent(speaker.id(), speaker);
            }
        }

        /** The short names of the speaker {@code speakerId} names (the first of that id), or none. */
        public List<String> ofSpeaker(String speakerId) {
            Speaker speaker = speakerId == null ? null : byId.get(speakerId);
            return speaker == null ? List.of() : of(speaker);
        }

        /** Unambiguous names shorter than {@code speaker}'s full name, shortest first. */
        public List<String> of(Speaker speaker) {
            return shortNames.computeIfAbsent(speaker, this::shorterNames);
        }

        private List<String> shorterNames(Speaker speaker) {
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
                        && !anotherMayBeCalled(speaker.id(), name)) {
                    shorter.add(name);
                }
            }
            shorter.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
            return List.copyOf(shorter);
        }

        /** Whether {@code name} appears, as whole words, in a name or alias of a speaker other than {@code id}. */
        private boolean anotherMayBeCalled(String id, String name) {
            String words = NOT_A_WORD.matcher(" " + name.toLowerCase(Locale.ROOT) + " ").replaceAll(" ");
            for (Named other : everyone) {
                if (!other.id().equals(id)) {
                    for (String spacedName : other.spacedNames()) {
                        if (spacedName.contains(words)) {
                            return true;
                        }
                    }
                }
            }
            return false;
        }
    }

    private static String spaced(String name) {
        return " " + NOT_A_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll(" ") + " ";
    }
}
