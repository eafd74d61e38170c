package org.quoteexplorer.engine;

import java.util.List;
import org.quoteexplorer.model.Span;

/** Binary search over spans in text order, shared by paragraphs and sentences. */
final class SpanSearch {

    private SpanSearch() {
    }

    /** The spans' starts in an array of their own: the searches read one int per step, not a span. */
    static int[] starts(List<Span> spans) {
        int[] starts = new int[spans.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = spans.get(i).start();
        }
        return starts;
    }

    /**
     * Index of the span containing {@code offset}, or of the last one starting before it (0 if
     * none), given the spans' {@link #starts}.
     */
    static int indexAtOrBefore(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
