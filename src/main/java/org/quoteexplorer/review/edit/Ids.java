package org.quoteexplorer.review.edit;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;

/**
 * Fresh ids for new quotes and speakers.
 *
 * <p>One past the highest number in use rather than size + 1, which would hand out an id still in
 * use once a lower-numbered quote or speaker is gone (merged, deleted). Reusing the number of one
 * that is gone is harmless: undo and redo replay changes in order, so the two never meet.
 */
final class Ids {

    private static final Pattern NUMBERED = Pattern.compile("[a-z]+(\\d+)");

    private Ids() {
    }

    static String nextSpeakerId(AnnotatedArticle document) {
        return "s" + (highest(document.speakers().stream().map(Speaker::id).toList()) + 1);
    }

    static String nextQuoteId(AnnotatedArticle document) {
        return "q" + (highest(document.quotes().stream().map(Quote::id).toList()) + 1);
    }

    private static long highest(Collection<String> ids) {
        long highest = 0;
        for (String id : ids) {
            Matcher matcher = NUMBERED.matcher(id);
            if (matcher.matches() && matcher.group(1).length() < 18) {
                highest = Math.max(highest, Long.parseLong(matcher.group(1)));
            }
        }
        return highest;
    }
}
