package org.quoteexplorer.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;

/**
 * A port of shared/tools/score_quotes.py, so that {@code eval} prints the same figures without
 * Python: lenient matching (overlap at least half the union, marks stripped), one-to-one and
 * greedy by overlap; predictions on unattributed quoted spans ignored; a speaker is right when
 * the predicted mention overlaps a gold mention or, for a named gold speaker, when a name token
 * of it occurs in the predicted speaker's name, aliases or mention.
 *
 * <p>Offsets here are UTF-16 on both sides: the model keeps them so, and the script converts
 * the export's code points back to UTF-16 before comparing, so the arithmetic is the same.
 *
 * <p>A prediction made on the text as the app reads it (paragraphs reflowed, lines trimmed) is
 * aligned to the gold text when the two differ only in whitespace, as the script's
 * {@code whitespace_alignment} does; a text that differs beyond whitespace is an error.
 */
public final class Scorer {

    static final String MARKS = "\"'“”‘’«»„‚‹›`";
    static final Set<String> TITLE_WORDS = Set.of(
            "mr", "mrs", "ms", "dr", "sen", "senator", "rep", "gov", "governor", "president", "former",
            "the", "a", "an", "of", "and", "minister", "foreign", "spokesperson", "spokesman",
            "spokeswoman", "secretary", "state", "chief", "house", "white", "u.s.", "us", "new",
            "who", "said", "told", "his", "her", "their", "its", "sources", "source", "official",
            "officials", "campaign", "leader", "supreme", "prime", "vice", "candidate");
    private static final Pattern NAME_TOKEN = Pattern.compile("[A-Za-z][A-Za-z.'’-]+");

    private record Predicted(int start, int end, Span mention, String mentionText, Set<String> names, Quote quote,
                             Speaker speaker) {
    }

    private record Pair(int overlap, int gold, int predicted) {
    }

    private Scorer() {
    }

    /**
     * @param predictions by document id; a document without one counts as predicting nothing
     * @param kinds       gold quote kinds to score; quotes of other kinds are treated as unattributed spans
     */
    public static Score score(List<GoldDocument> gold, Map<String, AnnotatedArticle> predictions, Set<String> kinds) {
        int goldCount = 0;
        int predicted = 0;
        int matchedCount = 0;
        int attributable = 0;
        int speakerOk = 0;
        int namedOk = 0;
        int namedTotal = 0;
        int pronounOk = 0;
        int pronounTotal = 0;
        int missing = 0;
        List<ScoringError> errors = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (GoldDocument g : gold) {
            String text = g.text();
            List<GoldQuote> gq = g.quotes().stream().filter(q -> kinds.contains(q.kind())).toList();
            List<int[]> other = new ArrayList<>(g.otherQuotedSpans());
            for (GoldQuote q : g.quotes()) {
                if (!kinds.contains(q.kind())) {
                    other.add(new int[] {q.start(), q.end()});
                }
            }
            AnnotatedArticle pred = predictions.get(g.id());
            List<Predicted> pq;
            if (pred == null) {
                missing++;
                pq = List.of();
            } else {
                pq = predicted(pred, text, alignment(g.id(), pred.text(), text));
            }
            List<Pair> pairs = new ArrayList<>();
            for (int i = 0; i < gq.size(); i++) {
                for (int j = 0; j < pq.size(); j++) {
                    int ov = overlap(gq.get(i).start(), gq.get(i).end(), pq.get(j).start(), pq.get(j).end());
                    if (ov > 0 && ov * 2 >= union(gq.get(i).start(), gq.get(i).end(), pq.get(j).start(), pq.get(j).end())) {
                        pairs.add(new Pair(ov, i, j));
                    }
                }
            }
            // Python sorts (overlap, i, j) tuples in reverse: ties go to the larger indices.
            pairs.sort((a, b) -> a.overlap() != b.overlap() ? Integer.compare(b.overlap(), a.overlap())
                    : a.gold() != b.gold() ? Integer.compare(b.gold(), a.gold()) : Integer.compare(b.predicted(), a.predicted()));
            boolean[] usedGold = new boolean[gq.size()];
            boolean[] usedPred = new boolean[pq.size()];
            List<int[]> matched = new ArrayList<>();
            for (Pair p : pairs) {
                if (!usedGold[p.gold()] && !usedPred[p.predicted()]) {
                    usedGold[p.gold()] = true;
                    usedPred[p.predicted()] = true;
                    matched.add(new int[] {p.gold(), p.predicted()});
                }
            }
            int ignored = 0;
            for (int j = 0; j < pq.size(); j++) {
                if (usedPred[j]) {
                    continue;
                }
                Predicted p = pq.get(j);
                boolean isOther = other.stream().anyMatch(o -> overlap(o[0], o[1], p.start(), p.end()) * 2
                        >= union(o[0], o[1], p.start(), p.end()));
                if (isOther) {
                    ignored++;
                } else {
                    errors.add(new ScoringError(ScoringError.Type.SPURIOUS, g.id(), text.substring(p.start(), p.end()),
                            null, describe(p), context(text, p.start(), p.end())));
                }
            }
            for (int i = 0; i < gq.size(); i++) {
                if (!usedGold[i]) {
                    GoldQuote q = gq.get(i);
                    errors.add(new ScoringError(ScoringError.Type.MISSED, g.id(), text.substring(q.start(), q.end()),
                            q.speaker(), null, context(text, q.start(), q.end())));
                }
            }
            goldCount += gq.size();
            predicted += pq.size() - ignored;
            matchedCount += matched.size();
            for (int[] m : matched) {
                GoldQuote q = gq.get(m[0]);
                Predicted p = pq.get(m[1]);
                if (q.speaker() == null || q.speaker().isEmpty()) {
                    continue;
                }
                boolean pronoun = q.speakerIsPronoun();
                if (pronoun) {
                    pronounTotal++;
                } else {
                    namedTotal++;
                }
                attributable++;
                boolean ok = false;
                if (p.mention() != null && q.speakerMentions().stream()
                        .anyMatch(s -> overlap(p.mention().start(), p.mention().end(), s[0], s[1]) > 0)) {
                    ok = true;
                } else if (!pronoun) {
                    Set<String> goldNames = nameTokens(q.speaker().split(",", -1)[0]);
                    for (String alt : q.alsoAccepted()) {
                        goldNames.addAll(nameTokens(alt));
                    }
                    goldNames.retainAll(p.names());
                    ok = !goldNames.isEmpty();
                }
                outcomes.add(new Outcome(g.id(), p.quote(), ok));
                if (ok) {
                    speakerOk++;
                    if (pronoun) {
                        pronounOk++;
                    } else {
                        namedOk++;
                    }
                } else {
                    errors.add(new ScoringError(ScoringError.Type.WRONG_SPEAKER, g.id(), text.substring(q.start(), q.end()),
                            goldSpeaker(q, text), describe(p), context(text, q.start(), q.end())));
                }
            }
        }
        return new Score(gold.size(), missing, goldCount, predicted, matchedCount, attributable, speakerOk,
                namedOk, namedTotal, pronounOk, pronounTotal, errors, outcomes);
    }

    /**
     * The gold offset of each offset of the predicted text, or {@code null} when the texts are
     * the same.
     *
     * @throws IllegalArgumentException naming the document when the texts differ beyond whitespace
     */
    private static int[] alignment(String id, String predictedText, String goldText) {
        if (predictedText.equals(goldText)) {
            return null;
        }
        int[] table = whitespaceAlignment(predictedText, goldText);
        if (table == null) {
            throw new IllegalArgumentException(id + ": the text read differs from the gold text beyond whitespace, "
                    + "near \"" + firstDifference(predictedText, goldText) + "\"");
        }
        return table;
    }

    /**
     * The script's {@code whitespace_alignment}, on UTF-16 units: every offset of {@code predicted}
     * mapped to one of {@code gold}; a non-space character to its twin, an offset at whitespace to
     * just after the last non-space character before it. Surrogates are never whitespace, so a
     * pair maps to a pair and offsets between code points come out as the script's do.
     *
     * @return the table (length {@code predicted.length() + 1}), or {@code null} when the two
     *         texts differ in more than whitespace
     */
    static int[] whitespaceAlignment(String predicted, String gold) {
        int[] table = new int[predicted.length() + 1];
        int g = 0;
        int last = 0;
        for (int p = 0; p < predicted.length(); p++) {
            char c = predicted.charAt(p);
            if (isSpace(c)) {
                table[p] = last;
                continue;
            }
            while (g < gold.length() && isSpace(gold.charAt(g))) {
                g++;
            }
            if (g == gold.length() || gold.charAt(g) != c) {
                return null;
            }
            table[p] = g;
            last = ++g;
        }
        while (g < gold.length()) {
            if (!isSpace(gold.charAt(g++))) {
                return null;
            }
        }
        table[predicted.length()] = last;
        return table;
    }

    /** A few words of the gold text where the predicted text first departs from it beyond whitespace. */
    private static String firstDifference(String predicted, String gold) {
        int p = 0;
        int g = 0;
        while (true) {
            while (p < predicted.length() && isSpace(predicted.charAt(p))) {
                p++;
            }
            while (g < gold.length() && isSpace(gold.charAt(g))) {
                g++;
            }
            if (p == predicted.length() || g == gold.length() || predicted.charAt(p) != gold.charAt(g)) {
                break;
            }
            p++;
            g++;
        }
        int from = Math.max(0, g - 20);
        return gold.substring(from, Math.min(gold.length(), g + 20)).replace('\n', ' ');
    }

    private static List<Predicted> predicted(AnnotatedArticle article, String text, int[] toGold) {
        String own = article.text();
        List<Predicted> out = new ArrayList<>();
        Map<String, Speaker> speakers = article.speakersById();
        for (Quote q : article.quotes()) {
            if (q.status() == QuoteStatus.REJECTED) {
                continue;
            }
            int s = gold(toGold, q.span().start());
            int e = gold(toGold, q.span().end());
            while (s < e && (MARKS.indexOf(text.charAt(s)) >= 0 || isSpace(text.charAt(s)))) {
                s++;
            }
            while (e > s && (MARKS.indexOf(text.charAt(e - 1)) >= 0 || isSpace(text.charAt(e - 1)))) {
                e--;
            }
            if (e <= s) {
                continue;
            }
            Speaker speaker = speakers.get(q.speakerId());
            Set<String> names = new HashSet<>();
            if (speaker != null) {
                names.addAll(nameTokens(speaker.name()));
                for (String alias : speaker.aliases()) {
                    names.addAll(nameTokens(alias));
                }
            }
            Span mention = null;
            String mentionText = null;
            if (q.mention() != null) {
                // Names come from the mention as the prediction wrote it; the span moves to the gold text.
                mentionText = q.mention().of(own);
                names.addAll(nameTokens(mentionText));
                mention = new Span(gold(toGold, q.mention().start()), gold(toGold, q.mention().end()));
            }
            out.add(new Predicted(s, e, mention, mentionText, names, q, speaker));
        }
        return out;
    }

    private static int gold(int[] toGold, int offset) {
        return toGold == null ? offset : toGold[offset];
    }

    /** The script's name_tokens: words of 3+ letters that are not titles, lower-cased. */
    static Set<String> nameTokens(String s) {
        Set<String> tokens = new HashSet<>();
        if (s == null) {
            return tokens;
        }
        Matcher m = NAME_TOKEN.matcher(s);
        while (m.find()) {
            String t = m.group();
            String lower = t.toLowerCase(Locale.ROOT);
            if (t.length() > 2 && !TITLE_WORDS.contains(strip(lower, "."))) {
                tokens.add(strip(lower, ".'’"));
            }
        }
        return tokens;
    }

    private static String strip(String s, String chars) {
        int a = 0;
        int b = s.length();
        while (a < b && chars.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && chars.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return s.substring(a, b);
    }

    /** Python's str.isspace(), near enough for article text. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u001c' || c == '\u001d'
                || c == '\u001e' || c == '\u001f' || c == '\u0085';
    }

    private static int overlap(int as, int ae, int bs, int be) {
        return Math.max(0, Math.min(ae, be) - Math.max(as, bs));
    }

    private static int union(int as, int ae, int bs, int be) {
        return Math.max(ae, be) - Math.min(as, bs);
    }

    private static String describe(Predicted p) {
        if (p.speaker() == null) {
            return "(unattributed, " + p.quote().origin() + ")";
        }
        String mention = p.mentionText() == null ? "" : " via \"" + p.mentionText() + "\"";
        return p.speaker().name() + mention + " (" + p.quote().origin() + ")";
    }

    private static String goldSpeaker(GoldQuote q, String text) {
        StringBuilder sb = new StringBuilder(q.speaker());
        if (q.speakerIsPronoun()) {
            sb.append(" (pronoun)");
        }
        for (int[] m : q.speakerMentions()) {
            if (m[0] >= 0 && m[1] <= text.length() && m[0] < m[1]) {
                sb.append(" @\"").append(text, m[0], m[1]).append('"');
            }
        }
        return sb.toString();
    }

    /** The quote with up to a sentence's worth of text either side, within its paragraph. */
    private static String context(String text, int start, int end) {
        int from = Math.max(0, start - 160);
        int paragraphStart = text.lastIndexOf('\n', start - 1) + 1;
        from = Math.max(from, paragraphStart);
        int to = Math.min(text.length(), end + 160);
        int paragraphEnd = text.indexOf('\n', end);
        if (paragraphEnd >= 0) {
            to = Math.min(to, paragraphEnd);
        }
        return text.substring(from, Math.max(from, to));
    }
}
