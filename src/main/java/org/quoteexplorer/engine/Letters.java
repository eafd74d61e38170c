package org.quoteexplorer.engine;

/**
 * Whole-word character tests as plain loops. They replace {@code s.chars().allMatch(...)} on the
 * per-mention paths: a stream pipeline there was inlined into the callers' optimised code and
 * made those compilations several times larger and slower, which delayed every other
 * method waiting for the one optimising compiler thread early in a batch. Like
 * {@code String.chars()}, they test UTF-16 units one by one, and a string with no chars passes.
 *
 * <p>They read a copy of the chars and classify them by table ({@link CharClasses}): a
 * {@code charAt} loop compiled while every name was Latin-1 is thrown away, with the method it
 * was inlined into, at the first name with an accent or a curly apostrophe.
 */
final class Letters {

    private Letters() {
    }

    static boolean allLetters(String s) {
        return all(s.toCharArray(), CharClasses.LETTER);
    }

    private static boolean all(char[] cs, int mask) {
        for (char c : cs) {
            if (!CharClasses.is(c, mask)) {
                return false;
            }
        }
        return true;
    }

    static boolean allLettersOrHyphens(String s) {
        for (char c : s.toCharArray()) {
            if (!CharClasses.is(c, CharClasses.LETTER) && c != '-') {
                return false;
            }
        }
        return true;
    }

    static boolean allDigits(String s) {
        return all(s.toCharArray(), CharClasses.DIGIT);
    }

    /** Every char an upper-case letter: "IRNA", "EU". */
    static boolean allUpperCase(String s) {
        return all(s.toCharArray(), CharClasses.UPPER);
    }

    /** At least one letter and no lower-case one: "MBALU", "PORT-VELLE". */
    static boolean capitalsOnly(String s) {
        boolean letter = false;
        for (char c : s.toCharArray()) {
            if (CharClasses.is(c, CharClasses.LOWER)) {
                return false;
            }
            letter |= CharClasses.is(c, CharClasses.LETTER);
        }
        return letter;
    }
}
