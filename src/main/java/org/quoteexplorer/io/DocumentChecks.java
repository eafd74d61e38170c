package org.quoteexplorer.io;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;

/**
 * The invariants every exported document keeps, checked before writing so that the app never
 * writes a file it would refuse to open again.
 */
final class DocumentChecks {

    private static final Pattern ORIGIN = Pattern.compile("manual|rule:\\S+");

    private DocumentChecks() {
    }

    static boolean isValidOrigin(String origin) {
        return ORIGIN.matcher(origin).matches();
    }

    /** UTF-16 index of the first surrogate that is not half of a well-formed pair, or -1. */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @return the code point index of the text, for the writer to convert offsets with
     * @throws IllegalArgumentException naming the first broken invariant
     */
    static CodePointIndex requireValid(AnnotatedArticle document) {
        String text = document.text();
        if (document.article().id().isBlank()) {
            throw invalid("the document id is empty");
        }
        CodePointIndex index = CodePointIndex.of(text);
        int unpaired = index.firstUnpairedSurrogate();
        if (unpaired >= 0) {
            throw invalid("the text has an unpaired UTF-16 surrogate at index " + unpaired);
        }
        Set<String> speakerIds = new HashSet<>();
        for (Speaker speaker : document.speakers()) {
            if (speaker.id().isBlank() || speaker.name().isBlank()) {
                throw invalid("a speaker has an empty id or name: " + speaker);
            }
            if (!speakerIds.add(speaker.id())) {
                throw invalid("speaker id " + speaker.id() + " is used twice");
            }
            if (speaker.aliases().stream().anyMatch(alias -> alias == null || alias.isBlank())) {
                throw invalid("speaker " + speaker.id() + " has an empty alias");
            }
        }
        Set<String> quoteIds = new HashSet<>();
        Quote furthest = null;
        for (Quote quote : document.quotes()) {
            if (quote.id().isBlank() || !quoteIds.add(quote.id())) {
                throw invalid("quote id \"" + quote.id() + "\" is empty or used twice");
            }
            requireSpan(quote, "span", quote.span(), text, index);
            if (quote.mention() != null) {
                requireSpan(quote, "mention", quote.mention(), text, index);
            }
            if (quote.cue() != null) {
                requireSpan(quote, "cue", quote.cue(), text, index);
            }
            if (quote.speakerId() != null && !speakerIds.contains(quote.speakerId())) {
                throw invalid("quote " + quote.id() + " names speaker " + quote.speakerId() + ", who is not in the speaker list");
            }
            if (!isValidOrigin(quote.origin())) {
                throw invalid("quote " + quote.id() + " has origin \"" + quote.origin() + "\"; expected manual or rule:<name>");
            }
            for (HistoryEntry entry : quote.history()) {
                if (entry.action().isBlank()) {
                    throw invalid("quote " + quote.id() + " has a history entry without an action");
                }
            }
            if (furthest != null && quote.span().start() < furthest.span().end()) {
                throw invalid("quotes " + furthest.id() + " and " + quote.id() + " overlap");
            }
            if (furthest == null || quote.span().end() > furthest.span().end()) {
                furthest = quote;
            }
        }
        return index;
    }

    private static void requireSpan(Quote quote, String what, Span span, String text, CodePointIndex index) {
        if (span.isEmpty() || span.end() > text.length()) {
            throw invalid("quote " + quote.id() + " has " + what + " [" + span.start() + ", " + span.end()
                    + ") that is empty or outside the text (length " + text.length() + ")");
        }
        try {
            index.toCodePoints(span.start());
            index.toCodePoints(span.end());
        } catch (IllegalArgumentException e) {
            throw invalid("quote " + quote.id() + " has " + what + " that " + e.getMessage());
        }
    }

    private static IllegalArgumentException invalid(String problem) {
        return new IllegalArgumentException("cannot export: " + problem);
    }
}
