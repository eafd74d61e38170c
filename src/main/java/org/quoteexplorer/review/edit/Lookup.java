package org.quoteexplorer.review.edit;

import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;

/** Finds what an edit names, failing with a message a person can act on. */
final class Lookup {

    private Lookup() {
    }

    static Quote quote(AnnotatedArticle document, String quoteId) {
        return document.quote(quoteId)
                .orElseThrow(() -> new IllegalArgumentException("no quote with id " + quoteId));
    }

    static Speaker speaker(AnnotatedArticle document, String speakerId) {
        return document.speaker(speakerId)
                .orElseThrow(() -> new IllegalArgumentException("no speaker with id " + speakerId));
    }

    /** The speaker's name as a person reads it in a history entry; {@code null} when unattributed. */
    static String speakerName(AnnotatedArticle document, String speakerId) {
        return document.speaker(speakerId).map(Speaker::name).orElse(speakerId);
    }
}
