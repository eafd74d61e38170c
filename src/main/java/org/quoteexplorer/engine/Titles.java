package org.quoteexplorer.engine;

import java.util.Locale;

/**
 * The title an analyst sees beside a speaker: the article's own words for the role, as a clean
 * noun phrase. The chunker's title is whatever stood before the name ("release of Mr.",
 * "Hungary's", "caucus for"); only a phrase that ends in a role is shown.
 */
final class Titles {

    private static final WordSet ROLES = new WordSet(Lexicon.TITLES);
    private static final WordSet HONORIFICS = new WordSet(Lexicon.HONORIFICS);
    private static final WordSet MODIFIERS = new WordSet(Lexicon.TITLE_MODIFIERS);

    private Titles() {
    }

    /** {@code raw} as a title to show, or {@code null} when it is no clean role phrase. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String title = raw.strip();
        // "Breitbart News National Security editor Dr.": the honorific belongs to the name.
        // The loop leaves the title's last word lower-cased in {@code lower}: one lower-casing in
        // the method, as each is compiled into every caller that clean is inlined into.
        String lower;
        while (true) {
            int space = title.lastIndexOf(' ');
            lower = title.substring(space + 1).toLowerCase(Locale.ROOT);
            if (space > 0 && HONORIFICS.contains(lower)) {
                title = title.substring(0, space).strip();
            } else {
                break;
            }
        }
        if (title.isEmpty() || title.length() > 80 || title.indexOf('"') >= 0 || title.indexOf('“') >= 0
                || title.indexOf('”') >= 0) {
            return null;
        }
        if (lower.endsWith("'s") || lower.endsWith("’s") || lower.endsWith("'") || lower.endsWith("’")) {
            return null; // "Hungary's": an owner, not a role
        }
        if (HONORIFICS.contains(lower) || MODIFIERS.contains(lower)) {
            return null; // "Mr." or "Former" alone: no role
        }
        boolean role = ROLES.contains(lower) || ROLES.contains(singular(lower)) || agentNoun(lower)
                || lower.lastIndexOf('-') > 0 && ROLES.contains(lower.substring(lower.lastIndexOf('-') + 1)); // "Colonel-General"
        if (!role) {
            return roleOfPlace(title) ? title : null;
        }
        // "Former" alone, or a lone abbreviation, says nothing: a role word must carry it.
        return title;
    }

    private static final WordSet PREPOSITIONS = new WordSet(java.util.Set.of("of", "at", "for", "in", "with", "from", "on", "to"));

    /**
     * "Minister for Foreign Affairs", "Special Envoy for Syria", "Ambassador to Kestria": a role,
     * "for", "of" or "to", and a capitalised name of what the role is for.
     */
    private static boolean roleOfPlace(String title) {
        String[] words = title.split(" ");
        for (int p = words.length - 2; p >= 1; p--) {
            String w = words[p];
            if (w.equals("for") || w.equals("of") || w.equals("to")) {
                String before = words[p - 1].toLowerCase(Locale.ROOT);
                if (!(ROLES.contains(before) || agentNoun(before))) {
                    return false;
                }
                for (int i = p + 1; i < words.length; i++) {
                    boolean connector = words[i].equals("the") || words[i].equals("and") || words[i].equals("of");
                    if (!connector && (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0)))
                            || connector && i == words.length - 1) {
                        return false; // "director of the Federal Bureau of" ends in the middle
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The role in an apposition after a name: "Vell, the harbour spokesman," → "harbour
     * spokesman"; "Nora Veld, 44, an expert at Varna University." → "expert at Varna University".
     * The head before any preposition must end in a role; a clause ("who …", a verb) is none.
     */
    static String apposition(Analysis doc, Mention m) {
        Tokens t = doc.tokens();
        int i = m.lastToken() + 1;
        if (i >= t.size() || !t.isPunct(i, ',') || doc.inHeading(m.firstToken()) || doc.inQuote(m.firstToken())) {
            return null;
        }
        i++;
        if (i + 1 < t.size() && isNumber(t.text(i)) && t.isPunct(i + 1, ',')) {
            i += 2; // an age: "Sara Walker, 44, a home-care aide"
        }
        if (i >= t.size() || !(t.lowerIs(i, "the") || t.lowerIs(i, "a") || t.lowerIs(i, "an"))) {
            return null;
        }
        int start = i + 1;
        int end = start;
        int head = -1;
        while (end < t.size() && end - start < 12 && (t.isWord(end) || t.isPunct(end, '-')) && !doc.inQuote(end)
                && !t.is(end, Lexicon.SPEECH_VERB) && !t.lowerIs(end, "who") && !t.lowerIs(end, "which")) {
            if (head < 0 && PREPOSITIONS.contains(t.lower(end))) {
                head = end;
            }
            end++;
        }
        if (end == start || end >= t.size() || !(t.isPunct(end, ',') || t.isPunct(end, '.') || t.isPunct(end, ';'))) {
            return null;
        }
        String headPhrase = doc.text().substring(t.start(start), t.end((head < 0 ? end : head) - 1));
        // Cleaned once: each call of clean is compiled into this method again, string handling and all.
        String cleanHead = clean(headPhrase);
        if (cleanHead == null) {
            return null;
        }
        String whole = doc.text().substring(t.start(start), t.end(end - 1));
        return whole.length() <= 80 ? whole : cleanHead;
    }

    /**
     * "Goldman Sachs’s chief economist, Jan Hatzius": the role the article gives just before a
     * name, set off by a comma, without its article; null if there is none.
     */
    static String roleBefore(Analysis doc, Mention m) {
        Tokens t = doc.tokens();
        int comma = m.firstToken() - 1;
        if (comma < 1 || !t.isPunct(comma, ',') || doc.inHeading(m.firstToken()) || doc.inQuote(m.firstToken())) {
            return null;
        }
        boolean endsClause = doc.clauseEndsAt(m.lastToken() + 1);
        Mention role = doc.mentionEndingAt(comma - 1);
        // One person's role, ending in a title word ("chief economist", "spokeswoman"), before a
        // name that ends the clause: not a list ("voters, Ana Vell and …"), not "one candidate".
        if (!endsClause || role == null || role.isPronoun() || t.isCapitalised(role.lastToken())
                || doc.inQuote(role.firstToken()) || !t.is(role.lastToken(), Lexicon.TITLE)) {
            return null;
        }
        int start = role.firstToken();
        if (t.lowerIs(start, "the") || t.lowerIs(start, "a") || t.lowerIs(start, "an") || t.lowerIs(start, "his")
                || t.lowerIs(start, "her") || t.lowerIs(start, "their") || t.lowerIs(start, "its")) {
            start++;
        } else if (t.lowerIs(start, "one") || t.lowerIs(start, "another") || t.lowerIs(start, "some")) {
            return null; // "one candidate", "another pollster": one of several
        }
        return start > role.lastToken() ? null : clean(doc.text().substring(t.start(start), t.end(role.lastToken())));
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && Letters.allDigits(s);
    }

    private static String singular(String w) {
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    /** strategist, adviser, chairman, spokesperson, commentator, historian … */
    private static boolean agentNoun(String w) {
        if (w.length() < 5 || !Letters.allLettersOrHyphens(w)) {
            return false;
        }
        return w.endsWith("er") || w.endsWith("or") || w.endsWith("ist") || w.endsWith("ian") || w.endsWith("man")
                || w.endsWith("woman") || w.endsWith("person") || w.endsWith("ant") || w.endsWith("ent")
                || w.endsWith("ee") || w.endsWith("ate");
    }
}
