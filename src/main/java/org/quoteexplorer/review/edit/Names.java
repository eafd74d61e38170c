package org.quoteexplorer.review.edit;

/** Clean-up of names and free text a person typed. */
final class Names {

    private Names() {
    }

    static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a speaker needs a name");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
