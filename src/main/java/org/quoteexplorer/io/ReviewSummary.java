package org.quoteexplorer.io;

/**
 * What a workspace list shows of an article's saved review, read without building the review:
 * opening a folder of a thousand articles must not parse a thousand texts.
 *
 * @param title    the document's title as saved
 * @param quotes   how many quotes the review holds
 * @param reviewed how many of them are accepted, corrected or rejected
 * @param touched  how many are no longer merely suggested (reviewed, or marked unsure)
 * @param flagged  how many carry at least one flag of the misattribution radar, as saved with the review
 * @param published the article's publication date as saved, or {@code null}
 */
public record ReviewSummary(String title, int quotes, int reviewed, int touched, int flagged,
        java.time.LocalDate published) {

    /** A summary of a review that states no publication date. */
    public ReviewSummary(String title, int quotes, int reviewed, int touched, int flagged) {
        this(title, quotes, reviewed, touched, flagged, null);
    }

    public ReviewSummary {
        if (quotes < 0 || reviewed < 0 || touched < reviewed || touched > quotes || flagged < 0 || flagged > quotes) {
            throw new IllegalArgumentException("inconsistent counts: " + quotes + " quotes, " + reviewed + " reviewed, "
                    + touched + " touched, " + flagged + " flagged");
        }
    }
}
