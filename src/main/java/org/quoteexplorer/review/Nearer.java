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

    /** Characters either side of a quote searched for a nearer name; far-speaker questions the rest. */
    private static final int MAX_REACH = 2_000;

    static void find(AnnotatedArticle doc, Words.Index words, Map<String, Set<String>> byWord,
            Map<String, Speaker> speakers, Map<String, List<Flag>> flags) {
        String text = doc.text();
        List<Quote> quotes = doc.quotes();
        for (Quote q : quotes) {
            if (!Radar.open(q) || !q.isAttributed() || q.mention() == null) {
                continue;
            }
            int mentionDistance = Radar.distance(q.span(), q.mention());
            // Only as far as the mention, and never past the paragraph: searched within that
            // window, so a paragraph of megabytes is not read again for every quote in it.
            int reach = Math.min(mentionDistance, MAX_REACH);
            int from = Math.max(0, q.span().start() - reach);
            for (int i = q.span().start() - 1; i >= from; i--) {
                if (text.charAt(i) == '\n') {
                    from = i + 1;
                    break;
                }
            }
            int to = Math.min(text.length(), q.span().end() + reach);
            for (int i = q.span().end(); i < to; i++) {
                if (text.charAt(i) == '\n') {
                    to = i;
                    break;
                }
            }
            for (Words.Word w : words.of(from, to)) {
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
                    Conflicts.flag(flags, q, FlagCode.NEARER_SPEAKER, other.name() + " is named " + characters(d)
                            + " from the quote, closer than " + speakers.get(q.speakerId()).name() + " ("
                            + characters(mentionDistance) + ").");
                    break;
                }
            }
        }
    }

    static String characters(int count) {
        return count + (count == 1 ? " character" : " characters");
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
