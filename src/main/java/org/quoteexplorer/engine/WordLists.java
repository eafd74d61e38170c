package org.quoteexplorer.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the rules rest on, read from text resources beside this class: one entry a
 * line, lines starting with '#' are comments.
 *
 * <p>A list is data someone will edit by hand, so loading is strict: an empty line, an entry
 * with stray spaces or capitals, or an entry given twice stops the program at start-up with the
 * resource and line named, instead of a typo silently matching nothing or a duplicate hiding a
 * conflicting edit.
 */
final class WordLists {

    private static final String FOLDER = "org/quoteexplorer/engine/";

    private WordLists() {
    }

    /** What one entry of a list may look like. */
    enum Shape {
        /** One lower-case word: "said", "u.s", "n't". */
        WORD(1, 1),
        /** One to four lower-case words separated by single spaces: "the press". */
        PHRASE(1, 4),
        /** A verb: its lemma alone, or lemma, third person, past and participle ("say says said saying"). */
        VERB(1, 4),
        /** Two words: "written write". */
        PAIR(2, 2);

        private final int minWords;
        private final int maxWords;

        Shape(int minWords, int maxWords) {
            this.minWords = minWords;
            this.maxWords = maxWords;
        }

        boolean fits(String entry) {
            if (entry.isEmpty() || entry.startsWith(" ") || entry.endsWith(" ") || entry.contains("  ")
                    || !entry.equals(entry.toLowerCase(Locale.ROOT))) {
                return false;
            }
            for (int i = 0; i < entry.length(); i++) {
                if (Character.isWhitespace(entry.charAt(i)) && entry.charAt(i) != ' ') {
                    return false; // a tab or a stray carriage return would never match a token
                }
            }
            int words = entry.split(" ").length;
            if (this == VERB) {
                return words == 1 || words == 4;
            }
            return words >= minWords && words <= maxWords;
        }

        String describe() {
            return switch (this) {
                case WORD -> "one lower-case word";
                case PHRASE -> "lower-case words separated by single spaces";
                case VERB -> "a lower-case verb, alone or with its three other forms";
                case PAIR -> "two lower-case words";
            };
        }
    }

    /** The single words of a list, as an unmodifiable set. */
    static Set<String> words(String resource) {
        return Set.copyOf(entries(resource, Shape.WORD));
    }

    /** The entries of a list, in the order written: the order matters where later entries override. */
    static List<String> entries(String resource, Shape shape) {
        String path = FOLDER + resource;
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("word list " + path + " is missing from the program");
            }
            return parse(path, in, shape);
        } catch (IOException e) {
            throw new IllegalStateException("word list " + path + " could not be read: " + e.getMessage(), e);
        }
    }

    /** Reads and checks one list; {@code name} is only for the messages. */
    static List<String> parse(String name, InputStream in, Shape shape) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<String> entries = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isBlank()) {
                throw new IllegalStateException("word list " + name + ", line " + number
                        + ": empty line (use a line starting with # to separate groups)");
            }
            if (!shape.fits(line)) {
                throw new IllegalStateException("word list " + name + ", line " + number + ": \"" + line
                        + "\" is not " + shape.describe());
            }
            // For verbs the lemma is the key: a second line for one verb would silently redefine its forms.
            String key = shape == Shape.VERB || shape == Shape.PAIR ? line.split(" ")[0] : line;
            Integer earlier = firstLine.putIfAbsent(key, number);
            if (earlier != null) {
                throw new IllegalStateException("word list " + name + ", line " + number + ": \"" + key
                        + "\" is already on line " + earlier);
            }
            entries.add(line);
        }
        return List.copyOf(entries);
    }
}
