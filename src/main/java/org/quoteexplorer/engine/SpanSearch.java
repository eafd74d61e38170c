package org.quoteexplorer.engine;

import java.util.List;
import org.quoteexplorer.model.Span;

/** Binary search over spans in text order, shared by paragraphs and sentences. */
final class SpanSearch {

    private SpanSearch() {
    }

    /** Index of the span containing {@code offset}, or of the last one starting before it (0 if none). */
    static int indexAtOrBefore(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (spans.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
