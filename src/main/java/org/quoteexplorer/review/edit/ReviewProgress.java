package org.quoteexplorer.review.edit;

import java.util.List;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;

/**
 * How far the review is: accepted, corrected and rejected quotes count as reviewed (a person
 * decided); suggested and unsure ones do not. Scare quotes are left out altogether.
 */
public record ReviewProgress(int reviewed, int total) {

    public ReviewProgress {
        if (reviewed < 0 || reviewed > total) {
            throw new IllegalArgumentException("reviewed must be within 0.." + total + ": " + reviewed);
        }
    }

    public static ReviewProgress of(AnnotatedArticle document) {
        // a scare quote is nobody's words: there is no speaker to review, so it is not counted
        List<Quote> speech = document.quotes().stream().filter(q -> q.type().isSpeech()).toList();
        int reviewed = (int) speech.stream().map(Quote::status).filter(QuoteStatus::isReviewed).count();
        return new ReviewProgress(reviewed, speech.size());
    }

    /** For the status bar: "9 of 14 reviewed". */
    public String label() {
        return reviewed + " of " + total + " reviewed";
    }

    /** 0..1 for a progress bar; an article without quotes has nothing left to review. */
    public double fraction() {
        return total == 0 ? 1 : (double) reviewed / total;
    }

    public boolean isComplete() {
        return reviewed == total;
    }
}
