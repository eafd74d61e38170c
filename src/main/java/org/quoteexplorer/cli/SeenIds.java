package org.quoteexplorer.cli;

/**
 * Which line first used each article id of a stream, in 16 bytes per id whatever the id's length:
 * a stream of millions of lines must not hold millions of strings. An id is kept as a 64-bit
 * hash; two different ids share one with a chance of about one in 10⁷ for a million lines, and
 * the cost of that is a spurious warning, never a lost article.
 */
final class SeenIds {

    private long[] hashes = new long[1 << 10];
    private long[] lines = new long[1 << 10];
    private int size;

    /**
     * Remembers {@code id} as used on {@code line}.
     *
     * @return the line that used it first, or 0 if this is its first use
     */
    long firstUse(String id, long line) {
        if (size * 2 >= hashes.length) {
            grow();
        }
        long hash = hash(id);
        int slot = slot(hash, hashes.length);
        while (lines[slot] != 0) {
            if (hashes[slot] == hash) {
                return lines[slot];
            }
            slot = (slot + 1) & (hashes.length - 1);
        }
        hashes[slot] = hash;
        lines[slot] = line;
        size++;
        return 0;
    }

    private void grow() {
        long[] oldHashes = hashes;
        long[] oldLines = lines;
        hashes = new long[oldHashes.length * 2];
        lines = new long[oldLines.length * 2];
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldLines[i] != 0) {
                int slot = slot(oldHashes[i], hashes.length);
                while (lines[slot] != 0) {
                    slot = (slot + 1) & (hashes.length - 1);
                }
                hashes[slot] = oldHashes[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    private static int slot(long hash, int capacity) {
        return (int) (hash ^ (hash >>> 32)) & (capacity - 1);
    }

    /** FNV-1a over the chars, then a finaliser that spreads every bit over the whole word. */
    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ (h >>> 33);
    }
}
