package org.quoteexplorer.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.model.TitleSource;

/**
 * A speaker of the article who looks like a person of the speaker list but does not quite fit:
 * the same surname under another first name ("Dana Novak" where the list knows "Ivo Novak"), or
 * the list's person under a title the article contradicts (the list says minister, the article
 * says spokesman). Either the engine joined two people or the article names someone new; the
 * analyst decides which.
 */
final class ListMismatch {

    /**
     * Words of a title that say what the person does. The engine's list of titles is read rather
     * than copied, so a role it learns to recognise before a name is also one this check compares.
     */
    private static final Set<String> ROLES = roles();

    /** Words between a first name and a surname, or after it, that are not a first name. */
    private static final Set<String> NOT_FIRST = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam",
            "mister", "jr", "sr", "ii", "iii", "iv", "de", "van", "von", "der", "la", "le", "al", "bin", "el", "da", "di");

    private ListMismatch() {
    }

    static void find(AnnotatedArticle doc, List<Speaker> known, Map<String, List<Flag>> flags) {
        if (known.isEmpty()) {
            return;
        }
        Map<String, List<Speaker>> bySurname = new HashMap<>();
        for (Speaker k : known) {
            if (k.kind() == SpeakerKind.PERSON) {
                String surname = surname(k.name());
                if (surname != null) {
                    bySurname.computeIfAbsent(surname, s -> new ArrayList<>()).add(k);
                }
            }
        }
        Map<String, String> reasons = new HashMap<>();
        for (Speaker s : doc.speakers()) {
            if (s.kind() != SpeakerKind.PERSON && s.kind() != SpeakerKind.UNKNOWN) {
                continue;
            }
            String reason = reason(s, bySurname);
            if (reason != null) {
                reasons.put(s.id(), reason);
            }
        }
        if (reasons.isEmpty()) {
            return;
        }
        for (Quote q : doc.quotes()) {
            String reason = q.isAttributed() && Radar.open(q) ? reasons.get(q.speakerId()) : null;
            if (reason != null) {
                flags.get(q.id()).add(new Flag(FlagCode.SPEAKER_LIST_MISMATCH, reason));
            }
        }
    }

    /** Why the speaker does not fit the list's person of the same surname; {@code null} when it fits or none has it. */
    static String reason(Speaker s, Map<String, List<Speaker>> bySurname) {
        Set<String> names = new LinkedHashSet<>();
        names.add(s.name());
        names.addAll(s.aliases());
        for (String name : names) {
            if (!personal(name)) {
                continue;
            }
            String surname = surname(name);
            List<Speaker> same = surname == null ? null : bySurname.get(surname);
            if (same == null) {
                continue;
            }
            String first = firstName(name, surname);
            Speaker fitting = null;
            for (Speaker k : same) {
                if (first == null || firstNames(k, surname).stream().anyMatch(f -> compatible(f, first))) {
                    fitting = k;
                    break;
                }
            }
            if (fitting == null) {
                Speaker k = same.get(0);
                return "\"" + name + "\" has the surname of " + k.name() + " in the speaker list, but another first name"
                        + " (the list knows " + String.join(", ", knownAs(k)) + "): a different person, or a name the"
                        + " list does not know?";
            }
            String contradiction = titleContradiction(s, fitting);
            if (contradiction != null) {
                return contradiction;
            }
        }
        return null;
    }

    /** The article calls the person something the list's title does not say, and the two share no role. */
    private static String titleContradiction(Speaker s, Speaker k) {
        if (s.title() == null || k.title() == null || s.titleSource() != TitleSource.ARTICLE) {
            return null;
        }
        Set<String> article = roleWords(s.title());
        Set<String> list = roleWords(k.title());
        if (article.isEmpty() || list.isEmpty()) {
            return null;
        }
        for (String a : words(s.title())) {
            for (String l : list) {
                // "presidential candidate" does not contradict "President": the role is the same word's stem.
                if (a.startsWith(l) || a.length() >= 4 && l.startsWith(a)) {
                    return null;
                }
            }
        }
        return "The article calls " + s.name() + " \"" + s.title() + "\", but the speaker list has " + k.name()
                + " as \"" + k.title() + "\": the same person?";
    }

    private static Set<String> roleWords(String title) {
        Set<String> out = new HashSet<>();
        for (String w : words(title)) {
            if (ROLES.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Words that start a capitalised phrase without being a first name ("This Trump", "Another Novak"). */
    private static final Set<String> NOT_NAMES = Set.of("a", "an", "the", "this", "that", "these", "those", "another",
            "both", "all", "one", "every", "each", "some", "any", "no", "for", "of", "by", "to", "from", "and", "or",
            "mostly", "regarding", "about", "with", "without", "longtime", "former", "late", "young", "old");

    /**
     * Whether the name reads as a person's: every word capitalised or a particle, none a
     * determiner. The engine's aliases hold phrases like "a video of Novak" too; their word
     * before the surname is no first name.
     */
    private static boolean personal(String name) {
        for (String w : name.strip().split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT).replace(".", "");
            if (NOT_NAMES.contains(lower) || (!Character.isUpperCase(w.codePointAt(0)) && !NOT_FIRST.contains(lower))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> knownAs(Speaker k) {
        List<String> out = new ArrayList<>();
        out.add(k.name());
        k.aliases().stream().filter(a -> words(a).size() > 1).forEach(out::add);
        return out;
    }

    /** The first names the list gives its person: the word before the surname in the name and each alias. */
    private static Set<String> firstNames(Speaker k, String surname) {
        Set<String> out = new HashSet<>();
        String first = firstName(k.name(), surname);
        if (first != null) {
            out.add(first);
        }
        for (String a : k.aliases()) {
            if (surname.equals(surname(a))) {
                String f = firstName(a, surname);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Same name, or an initial of it, or one is the other with the dots and spaces left out ("J.D." and "JD"). */
    private static boolean compatible(String known, String first) {
        if (known.equals(first)) {
            return true;
        }
        String shorter = first.length() <= known.length() ? first : known;
        String longer = shorter == first ? known : first;
        return shorter.length() <= 2 && longer.startsWith(shorter);
    }

    /** The last word of a name that is not a suffix or a role; {@code null} for a one-word name with nothing before it. */
    static String surname(String name) {
        List<String> w = words(name);
        for (int i = w.size() - 1; i >= 0; i--) {
            if (!NOT_FIRST.contains(w.get(i)) && !ROLES.contains(w.get(i))) {
                return w.get(i).length() > 1 ? w.get(i) : null;
            }
        }
        return null;
    }

    /** The word before the surname when it is a name, not a role, honorific or particle; else {@code null}. */
    private static String firstName(String name, String surname) {
        List<String> w = words(name);
        int at = w.lastIndexOf(surname);
        for (int i = at - 1; i >= 0; i--) {
            String word = w.get(i);
            if (ROLES.contains(word) || NOT_FIRST.contains(word)) {
                return null;
            }
            // A middle initial ("Joseph R. Biden") is skipped for the first name before it.
            if (word.length() == 1 && i > 0) {
                continue;
            }
            return word;
        }
        return null;
    }

    /** Lower-case words without accents or dots, so that "Sergei" and "Sérgei", "J.D." and "JD" compare. */
    private static List<String> words(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace(".", "");
        List<String> out = new ArrayList<>();
        for (String w : plain.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static Set<String> roles() {
        String path = "org/quoteexplorer/engine/titles.txt";
        Set<String> out = new HashSet<>();
        try (InputStream in = ListMismatch.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("word list " + path + " is missing from the program");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(line.strip().replace(".", ""));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("word list " + path + " could not be read: " + e.getMessage(), e);
        }
        return Set.copyOf(out);
    }
}
