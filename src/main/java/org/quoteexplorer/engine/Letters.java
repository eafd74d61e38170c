package org.quoteexplorer.engine;

/**
 * Whole-word character tests as plain loops. They replace {@code s.chars().allMatch(...)} on the
 * per-mention paths: a stream pipeline there was inlined into the callers' optimised code and
 * made those compilations several times larger and slower, which delayed every other
 * method waiting for the one optimising compiler thread early in a batch. Like
 * {@code String.chars()}, they test UTF-16 units one by one, and a string with no chars passes.
 */
final class Letters {

    private Letters() {
    }

    static boolean allLetters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isLetter(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean allLettersOrHyphens(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
