package org.quoteexplorer.gui.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.QuoteDetails;
import org.quoteexplorer.gui.document.SpeakerPalette;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Speaker;

/**
 * One line of the quote list.
 *
 * @param confidence the engine's confidence in the attribution (1 for a person's), 0 when unattributed
 * @param risk       the radar's risk that the attribution is wrong, 0 when it has nothing to doubt
 * @param flags      the radar's flag codes, strongest first, comma-separated; empty when none
 */
public record QuoteRow(String quoteId, String speakerId, String speakerName, String speakerClass, String text,
                       QuoteType type, QuoteStatus status, String note, double confidence, double risk, String flags) {

    public static QuoteRow of(AnnotatedArticle document, Quote quote, SpeakerPalette palette) {
        return of(document, quote, palette, Assessment.NONE);
    }

    public static QuoteRow of(AnnotatedArticle document, Quote quote, SpeakerPalette palette, Assessment assessment) {
        String name = document.speaker(quote.speakerId()).map(Speaker::name).orElse(QuoteDetails.UNATTRIBUTED);
        return of(document, quote, name, palette, assessment);
    }

    /**
     * Every quote's row, in the document's order. The speakers' names are looked up in a map made
     * once: looked up quote by quote in the document's list of speakers, the rows of a 10 MB
     * article (23,755 quotes, 1,681 speakers) took 190-350 ms to build.
     */
    public static List<QuoteRow> allOf(AnnotatedArticle document, SpeakerPalette palette,
                                       Function<String, Assessment> assessments) {
        Map<String, Speaker> names = document.speakersById();
        List<QuoteRow> rows = new ArrayList<>(document.quotes().size());
        for (Quote quote : document.quotes()) {
            rows.add(of(document, quote, QuoteDetails.nameIn(names, quote.speakerId()), palette,
                    assessments.apply(quote.id())));
        }
        return List.copyOf(rows);
    }

    /** @param speakerName the quote's speaker's name, {@link QuoteDetails#UNATTRIBUTED} when it has none */
    private static QuoteRow of(AnnotatedArticle document, Quote quote, String speakerName, SpeakerPalette palette,
                               Assessment assessment) {
        String speaker = quote.type().isSpeech() ? speakerName : ArticleViewModel.SCARE_LABEL;
        return new QuoteRow(quote.id(), quote.speakerId(), speaker, palette.styleClassOf(quote.speakerId()),
                oneLine(document.textOf(quote)), quote.type(), quote.status(),
                quote.note() == null ? "" : quote.note(), quote.isAttributed() ? quote.confidence() : 0,
                assessment.risk(), flagCodes(assessment.flags()));
    }

    /**
     * {@code text} with each run of white space ({@code \s} as a regular expression has it: space,
     * tab, line breaks, vertical tab, form feed) made one space. Most quotes have nothing to
     * change and come back as they are: a regular expression built every quote's text anew.
     */
    static String oneLine(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !changesAt(text, i)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i++);
            if (isSpace(c)) {
                while (i < n && isSpace(text.charAt(i))) {
                    i++;
                }
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether white space other than one lone space starts at {@code i}. */
    private static boolean changesAt(String text, int i) {
        char c = text.charAt(i);
        return isSpace(c) && (c != ' ' || i + 1 < text.length() && isSpace(text.charAt(i + 1)));
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * The flags' codes, each once, in the flags' order, comma-separated. A loop, not a stream: the
     * radar's first report on a long article re-assesses every row on the FX thread, and building
     * a stream per row was most of the 140 ms that took with 28,000 quotes.
     */
    static String flagCodes(List<Flag> flags) {
        if (flags.isEmpty()) {
            return "";
        }
        if (flags.size() == 1) {
            return flags.get(0).code().code();
        }
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < flags.size(); i++) {
            String code = flags.get(i).code().code();
            boolean repeated = false;
            for (int j = 0; j < i && !repeated; j++) {
                repeated = flags.get(j).code().code().equals(code);
            }
            if (!repeated) {
                joined.append(joined.length() == 0 ? "" : ", ").append(code);
            }
        }
        return joined.toString();
    }

    /** A distinct mark per review status, for the list and the chips. */
    public static String markOf(QuoteStatus status) {
        return switch (status) {
            case SUGGESTED -> "\u25CB";
            case ACCEPTED -> "\u2713";
            case CORRECTED -> "\u270E";
            case REJECTED -> "\u2717";
            case UNSURE -> "?";
        };
    }

    public String statusMark() {
        return markOf(status);
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }

    /** The same row with another assessment: the radar reruns after edits without rebuilding the text. */
    public QuoteRow assessed(Assessment assessment) {
        // the radar reassesses every quote after each edit and most have nothing flagged before
        // or after: joining their empty flags anew was a fifth of a key's work with 25,000 quotes
        if (assessment.flags().isEmpty() && flags.isEmpty() && assessment.risk() == risk) {
            return this;
        }
        return new QuoteRow(quoteId, speakerId, speakerName, speakerClass, text, type, status, note, confidence,
                assessment.risk(), flagCodes(assessment.flags()));
    }
}
