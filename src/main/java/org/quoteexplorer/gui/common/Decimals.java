package org.quoteexplorer.gui.common;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Numbers shown with a fixed count of decimals ("0.82", "95"), each worked out once.
 *
 * <p>A review key redraws the rows and details it changed, and each carries a confidence or a
 * risk: {@code String.format} parsed its pattern and built a formatter for every one of them, a
 * few percent of the FX thread's work per key. An article has few distinct scores, so the texts
 * are kept; the text is always exactly what {@code String.format(Locale.ROOT, "%.Nf", value)} gives.
 */
public final class Decimals {

    /** Distinct values kept before the memory starts afresh: scores repeat, but nothing grows without end. */
    static final int KEPT = 4096;
    private static final String[] PATTERNS = {"%.0f", "%.1f", "%.2f", "%.3f"};
    @SuppressWarnings("unchecked")
    private static final Map<Double, String>[] KNOWN = new Map[PATTERNS.length];

    static {
        for (int i = 0; i < KNOWN.length; i++) {
            KNOWN[i] = new ConcurrentHashMap<>();
        }
    }

    private Decimals() {
    }

    /** {@code value} with {@code places} decimals (0 to 3), rounded half up, a dot as separator. */
    public static String fixed(double value, int places) {
        if (places < 0 || places >= PATTERNS.length) {
            throw new IllegalArgumentException("places must be 0 to " + (PATTERNS.length - 1) + ": " + places);
        }
        Map<Double, String> known = KNOWN[places];
        String text = known.get(value);
        if (text == null) {
            if (known.size() >= KEPT) {
                known.clear();
            }
            text = String.format(Locale.ROOT, PATTERNS[places], value);
            known.put(value, text);
        }
        return text;
    }
}
