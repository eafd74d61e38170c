package org.quoteexplorer.engine;

import java.util.Collection;

/**
 * A fixed set of lower-case words that a token can be looked up in by the hash code the
 * tokeniser already computed ({@link Tokens#lowerHash}).
 *
 * <p>{@code Set.of} hashes its argument and divides to find a slot; for a token that is not a
 * lexicon word the lower-case string is new, so its hash code is computed from its chars and
 * the string read from memory, once per question. Here a miss costs a masked array read and
 * an int compare, and the string is read only when the hash codes match. Open addressing over
 * a power-of-two table at most a quarter full; immutable once built, so safe to share.
 */
final class WordSet {

    private final String[] words;
    private final int[] hashes;

    WordSet(Collection<String> members) {
        int capacity = Integer.highestOneBit(Math.max(8, members.size() * 4 - 1)) * 2;
        words = new String[capacity];
        hashes = new int[capacity];
        for (String w : members) {
            int slot = slotOf(w.hashCode());
            while (words[slot] != null && !words[slot].equals(w)) {
                slot = (slot + 1) & (capacity - 1);
            }
            words[slot] = w;
            hashes[slot] = w.hashCode();
        }
    }

    /** Whether token {@code i} lower-cased is one of the words. */
    boolean containsToken(Tokens tokens, int i) {
        return contains(tokens.lower(i), tokens.lowerHash(i));
    }

    boolean contains(String word) {
        return contains(word, word.hashCode());
    }

    private boolean contains(String word, int hash) {
        int mask = words.length - 1;
        for (int slot = slotOf(hash); words[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && words[slot].equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Spreads the high bits down, as HashMap does: short words' hash codes differ mostly there. */
    private int slotOf(int hash) {
        return (hash ^ (hash >>> 16)) & (words.length - 1);
    }
}
