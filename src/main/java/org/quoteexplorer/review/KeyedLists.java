package org.quoteexplorer.review;

import java.util.Arrays;

/**
 * Lists of ints under 64-bit keys, each list in the order its values were added: the radar's
 * index of word runs. A map of boxed keys to lists of boxed numbers was the largest cost of
 * comparing the quotes of an article of thousands of quotes.
 */
final class KeyedLists {

    /** Open addressing: slot to list number + 1 (0 = free). */
    private int[] slots = new int[1024];
    private int bits = 10;
    private long[] keys = new long[256];
    private int[] heads = new int[256];
    private int[] tails = new int[256];
    private int[] sizes = new int[256];
    private int lists;

    private int[] values = new int[1024];
    private int[] next = new int[1024];
    private int entries;

    /** The list under {@code key}, or -1 when nothing was added under it. */
    int find(long key) {
        int mask = slots.length - 1;
        for (int slot = slot(key); slots[slot] != 0; slot = (slot + 1) & mask) {
            int list = slots[slot] - 1;
            if (keys[list] == key) {
                return list;
            }
        }
        return -1;
    }

    /** The list under {@code key}, made empty when there was none. */
    int list(long key) {
        int mask = slots.length - 1;
        int slot = slot(key);
        for (; slots[slot] != 0; slot = (slot + 1) & mask) {
            int list = slots[slot] - 1;
            if (keys[list] == key) {
                return list;
            }
        }
        if (lists == keys.length) {
            int n = lists * 2;
            keys = Arrays.copyOf(keys, n);
            heads = Arrays.copyOf(heads, n);
            tails = Arrays.copyOf(tails, n);
            sizes = Arrays.copyOf(sizes, n);
        }
        int list = lists++;
        keys[list] = key;
        heads[list] = -1;
        tails[list] = -1;
        sizes[list] = 0;
        slots[slot] = list + 1;
        if (lists * 2 > slots.length) {
            grow();
        }
        return list;
    }

    void add(int list, int value) {
        if (entries == values.length) {
            values = Arrays.copyOf(values, entries * 2);
            next = Arrays.copyOf(next, entries * 2);
        }
        int e = entries++;
        values[e] = value;
        next[e] = -1;
        if (tails[list] < 0) {
            heads[list] = e;
        } else {
            next[tails[list]] = e;
        }
        tails[list] = e;
        sizes[list]++;
    }

    int size(int list) {
        return sizes[list];
    }

    /** The value added last to a non-empty list. */
    int last(int list) {
        return values[tails[list]];
    }

    /** The list's first entry, or -1; walk on with {@link #next(int)}, read with {@link #value(int)}. */
    int first(int list) {
        return heads[list];
    }

    int next(int entry) {
        return next[entry];
    }

    int value(int entry) {
        return values[entry];
    }

    /** Fibonacci hashing: the top bits of the product depend on every bit of the key. */
    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - bits));
    }

    private void grow() {
        slots = new int[slots.length * 2];
        bits++;
        int mask = slots.length - 1;
        for (int list = 0; list < lists; list++) {
            int slot = slot(keys[list]);
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = list + 1;
        }
    }
}
