package org.quoteexplorer.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;

/**
 * Another speaker named in the quote's paragraph closer to the quote than the mention the
 * attribution rests on: the engine may have skipped over the real speaker.
 */
final class Nearer {

    private Nearer() {
    }

    static void find(AnnotatedArticle doc, Map<String, Speaker> speakers, Map<String, List<Flag>> flags) {
        String text = doc.text();
        Map<String, Set<String>> byWord = Narration.nameWords(doc.speakers());
        List<Quote> quotes = doc.quotes();
        for (Quote q : quotes) {
            if (!Radar.open(q) || !q.isAttributed() || q.mention() == null) {
                continue;
            }
            int mentionDistance = Radar.distance(q.span(), q.mention());
            int from = Math.max(text.lastIndexOf('\n', Math.max(0, q.span().start() - 1)) + 1,
                    q.span().start() - mentionDistance);
            int paragraphEnd = text.indexOf('\n', q.span().end());
            int to = Math.min(paragraphEnd < 0 ? text.length() : paragraphEnd, q.span().end() + mentionDistance);
            for (Words.Word w : Words.of(text, from, to)) {
                if (q.span().contains(w.start()) || q.mention().contains(w.start()) || quoted(quotes, w.start())
                        || !Character.isUpperCase(text.charAt(w.start()))) {
                    continue;
                }
                Set<String> ids = byWord.get(w.text());
                if (ids == null || ids.contains(q.speakerId()) || ids.size() != 1) {
                    continue;
                }
                int d = Math.min(Math.abs(w.start() - q.span().end()), Math.abs(q.span().start() - w.end()));
                if (d < mentionDistance) {
                    Speaker other = speakers.get(ids.iterator().next());
                    Conflicts.flag(flags, q, FlagCode.NEARER_SPEAKER, other.name() + " is named " + d
                            + " characters from the quote, closer than " + speakers.get(q.speakerId()).name() + " ("
                            + mentionDistance + " characters).");
                    break;
                }
            }
        }
    }

    private static boolean quoted(List<Quote> quotes, int offset) {
        int lo = 0;
        int hi = quotes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).span().start() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        // The last quote starting at or before the offset; nested quotes sit inside it anyway.
        return hi >= 0 && quotes.get(hi).span().contains(offset);
    }
}
