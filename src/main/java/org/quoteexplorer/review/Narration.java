package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Speaker;

/**
 * The writer's own sentence credits somebody with words that a nearby quote gives to somebody
 * else ("… Smith, voicing strong support" next to "We voice strong support," Jones said).
 * The narration may well paraphrase a second speaker, so this is a question, not a verdict.
 */
final class Narration {

    private static final java.util.regex.Pattern NAME_SEPARATORS = java.util.regex.Pattern.compile("[\\s,]+");
    private static final java.util.regex.Pattern NOT_A_NAME_CHAR = java.util.regex.Pattern.compile("[^\\p{L}'’-]");

    /**
     * Quotes a word pair may be shared by and still point at one of them. Without the cap, an
     * article of thousands of quotes in one paragraph compared every narration sentence with
     * every quote: a 10 MB line took minutes.
     */
    private static final int COMMON_PAIR = 40;

    /** Paragraphs either side of a quote in which narration counts as nearby. */
    private static final int NEAR = 2;

    private record Sentence(int paragraph, List<Words.Word> words) {
    }

    private Narration() {
    }

    static void find(AnnotatedArticle doc, Words.Index index, Map<String, Set<String>> speakersByWord,
            Map<String, List<Flag>> flags) {
        String text = doc.text();
        List<Quote> quotes = doc.quotes();
        if (quotes.isEmpty()) {
            return;
        }
        int[] paragraphStarts = paragraphStarts(text);
        // Content-word pairs of each open attributed quote, by pair of stem numbers.
        KeyedLists byPair = new KeyedLists();
        int[] distinctContent = new int[quotes.size()];
        int[] paragraphOfQuote = new int[quotes.size()];
        boolean anyPair = false;
        for (int qi = 0; qi < quotes.size(); qi++) {
            Quote q = quotes.get(qi);
            if (!Radar.open(q) || !q.isAttributed()) {
                continue;
            }
            paragraphOfQuote[qi] = paragraphOf(paragraphStarts, q.span().start());
            List<Words.Word> content = content(index, index.of(q.span().start(), q.span().end()));
            int[] stems = new int[content.size()];
            for (int i = 0; i < stems.length; i++) {
                stems[i] = content.get(i).stemId();
            }
            java.util.Arrays.sort(stems);
            int distinct = 0;
            for (int i = 0; i < stems.length; i++) {
                if (i == 0 || stems[i] != stems[i - 1]) {
                    distinct++;
                }
            }
            distinctContent[qi] = distinct;
            for (int i = 0; i + 1 < content.size(); i++) {
                byPair.add(byPair.list(pair(content.get(i), content.get(i + 1))), qi);
                anyPair = true;
            }
        }
        if (!anyPair) {
            return;
        }
        for (Sentence s : narration(index, quotes, paragraphStarts)) {
            List<Words.Word> content = content(index, s.words());
            // Per quote: the narration words its pairs matched.
            Map<Integer, List<Words.Word>> matched = new LinkedHashMap<>();
            for (int i = 0; i + 1 < content.size(); i++) {
                int candidates = byPair.find(pair(content.get(i), content.get(i + 1)));
                if (candidates < 0 || byPair.size(candidates) > COMMON_PAIR) {
                    continue; // a pair of words in hundreds of quotes is the article's idiom, not one quote's words
                }
                for (int e = byPair.first(candidates); e >= 0; e = byPair.next(e)) {
                    int qi = byPair.value(e);
                    if (Math.abs(paragraphOfQuote[qi] - s.paragraph()) > NEAR) {
                        continue;
                    }
                    List<Words.Word> m = matched.computeIfAbsent(qi, k -> new ArrayList<>());
                    if (!m.contains(content.get(i))) {
                        m.add(content.get(i));
                    }
                    m.add(content.get(i + 1));
                }
            }
            for (Map.Entry<Integer, List<Words.Word>> e : matched.entrySet()) {
                int qi = e.getKey();
                Quote q = quotes.get(qi);
                List<Words.Word> m = e.getValue();
                long distinct = m.stream().map(Words.Word::stem).distinct().count();
                // Two shared words are a collocation ("strong support"); three are a paraphrase.
                if (distinct < Math.min(3, distinctContent[qi]) || distinct < 2) {
                    continue;
                }
                String credited = credited(s.words(), m.get(0), speakersByWord, q.speakerId());
                if (credited == null) {
                    continue;
                }
                Speaker x = doc.speaker(credited).orElse(null);
                Speaker y = doc.speaker(q.speakerId()).orElse(null);
                if (x == null || y == null) {
                    continue;
                }
                String phrase = text.substring(m.get(0).start(), m.get(m.size() - 1).end());
                Conflicts.flag(flags, q, FlagCode.NARRATION, "The writer's sentence credits " + x.name() + " with \u201C"
                        + Radar.shorten(phrase) + "\u201D, but this quote is attributed to " + y.name() + ".");
            }
        }
    }

    /** Two stems as one number: the same pair of stems, and only it, gives the same number. */
    private static long pair(Words.Word a, Words.Word b) {
        return (long) a.stemId() << 32 | (b.stemId() & 0xFFFFFFFFL);
    }

    private static List<Words.Word> content(Words.Index index, List<Words.Word> words) {
        List<Words.Word> content = new ArrayList<>(words.size());
        for (Words.Word w : words) {
            if (index.isContent(w)) {
                content.add(w);
            }
        }
        return content;
    }

    /**
     * The speaker the sentence names nearest before the shared words (or else after them);
     * {@code null} when the sentence names the quote's own speaker or nobody.
     */
    private static String credited(List<Words.Word> words, Words.Word first, Map<String, Set<String>> speakersByWord,
            String quoteSpeaker) {
        String before = null;
        String after = null;
        for (Words.Word w : words) {
            Set<String> ids = speakersByWord.get(w.text());
            if (ids == null) {
                continue;
            }
            if (ids.contains(quoteSpeaker)) {
                return null;
            }
            if (ids.size() != 1) {
                continue;
            }
            String id = ids.iterator().next();
            if (w.start() < first.start()) {
                before = id;
            } else if (after == null) {
                after = id;
            }
        }
        return before != null ? before : after;
    }

    /** Lower-cased capitalised words of speakers' names and aliases, to the speakers that bear them. */
    static Map<String, Set<String>> nameWords(List<Speaker> speakers) {
        Map<String, Set<String>> byWord = new HashMap<>();
        for (Speaker s : speakers) {
            List<String> names = new ArrayList<>(s.aliases());
            names.add(s.name());
            for (String n : names) {
                for (String w : NAME_SEPARATORS.split(n)) {
                    String bare = NOT_A_NAME_CHAR.matcher(w).replaceAll("");
                    if (bare.length() > 2 && Character.isUpperCase(bare.codePointAt(0))
                            && !Words.STOP.contains(bare.toLowerCase(Locale.ROOT))) {
                        byWord.computeIfAbsent(bare.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(s.id());
                    }
                }
            }
        }
        return byWord;
    }

    /** The writer's sentences with every quoted stretch left out. */
    private static List<Sentence> narration(Words.Index index, List<Quote> quotes, int[] paragraphStarts) {
        String text = index.text();
        List<Sentence> sentences = new ArrayList<>();
        int quote = 0;
        List<Words.Word> current = new ArrayList<>();
        int paragraph = 0;
        int p = 0;
        for (Words.Word w : index.all()) {
            while (quote < quotes.size() && quotes.get(quote).span().end() <= w.start()) {
                quote++;
            }
            // Words come in text order: the paragraph only moves on.
            while (p + 1 < paragraphStarts.length && paragraphStarts[p + 1] <= w.start()) {
                p++;
            }
            boolean boundary = p != paragraph || (!current.isEmpty() && endsSentence(text, current.get(current.size() - 1).end(), w.start()));
            if (boundary && !current.isEmpty()) {
                sentences.add(new Sentence(paragraph, current));
                current = new ArrayList<>();
            }
            paragraph = p;
            boolean quoted = false;
            for (int k = quote; k < quotes.size() && quotes.get(k).span().start() <= w.start(); k++) {
                Quote q = quotes.get(k);
                if (q.span().contains(w.start()) && q.type() != QuoteType.SCARE) {
                    quoted = true;
                    break;
                }
            }
            if (!quoted) {
                current.add(w);
            }
        }
        if (!current.isEmpty()) {
            sentences.add(new Sentence(paragraph, current));
        }
        return sentences;
    }

    private static boolean endsSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    private static int[] paragraphStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts.add(i + 1);
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int paragraphOf(int[] starts, int offset) {
        int i = java.util.Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
