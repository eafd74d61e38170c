package org.quoteexplorer.review;

import java.util.Locale;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;

/**
 * How a comparison of two reviews reads, for the command line and the app alike: both print the
 * figures through {@link #figures}, so an analyst sees the same numbers in either.
 */
public final class AgreementReport {

    /** Characters of a quote shown for a difference. */
    public static final int SNIPPET = 60;

    /**
     * One difference as the compare pane lists it: what it is about, and what each side says.
     *
     * @param key      stable while the two reviews keep their quote ids, so a decision on the row
     *                 (kept mine) survives recomputing the differences after an edit
     * @param position where in the article, for sorting and showing the place
     * @param what     "Span", "Speaker", "Status", "Only mine", "Only theirs"
     * @param words    the quote's words (mine if I have the quote, else theirs)
     * @param mine     what my review says about it; "not a quote" when I do not have it
     * @param theirs   what their review says
     */
    public record Row(Agreement.Difference difference, String key, int position, String what, String words,
                      String mine, String theirs) {
    }

    private AgreementReport() {
    }

    /** "same speaker: 2 of 3 (66.7%); status: 2 of 3 agree, kappa 0.000" */
    public static String figures(Agreement.Result r) {
        String speaker = r.matched() == 0 ? "same speaker: no paired quotes"
                : "same speaker: " + r.sameSpeaker() + " of " + r.matched() + " (" + percent(r.sameSpeakerShare()) + ")";
        double kappa = r.kappa();
        String status = "status: " + r.statuses().agreeing() + " of " + r.matched() + " agree, kappa "
                + (Double.isNaN(kappa) ? "n/a" + (r.matched() == 0 ? "" : " (" + oneStatus(r) + ")")
                : String.format(Locale.ROOT, "%.3f", kappa));
        return speaker + "; " + status;
    }

    /** "3 quotes in A, 3 in B, 3 paired" with the two sides named as the caller calls them. */
    public static String counts(Agreement.Result r, String a, String b) {
        return r.quotesA() + " quotes in " + a + ", " + r.quotesB() + " in " + b + ", " + r.matched() + " paired";
    }

    /** A difference as a row of the compare pane, A being "mine" and B "theirs". */
    public static Row row(Agreement.Difference d, String text) {
        Quote a = d.a();
        Quote b = d.b();
        String key = d.kind() + ":" + (a == null ? "-" : a.id()) + ":" + (b == null ? "-" : b.id());
        int position = d.where().start();
        return switch (d.kind()) {
            case ONLY_A -> new Row(d, key, position, "Only mine", snippet(a, text),
                    who(d.speakerA()) + ", " + a.status().code(), "not a quote");
            case ONLY_B -> new Row(d, key, position, "Only theirs", snippet(b, text), "not a quote",
                    who(d.speakerB()) + ", " + b.status().code());
            case SPAN -> new Row(d, key, position, "Span", snippet(a, text), snippet(a, text), snippet(b, text));
            case SPEAKER -> new Row(d, key, position, "Speaker", snippet(a, text), who(d.speakerA()), who(d.speakerB()));
            case STATUS -> new Row(d, key, position, "Status", snippet(a, text), a.status().code(), b.status().code());
        };
    }

    public static String who(String name) {
        return name == null ? "no speaker" : name;
    }

    /** The quote's words on one line, cut with "…" past {@link #SNIPPET} characters. */
    public static String snippet(Quote q, String text) {
        String words = q.span().of(text).strip().replaceAll("\\s+", " ");
        return words.length() <= SNIPPET ? words : words.substring(0, SNIPPET - 1) + "\u2026";
    }

    private static String oneStatus(Agreement.Result r) {
        for (QuoteStatus s : QuoteStatus.values()) {
            if (r.statuses().count(s, s) == r.matched()) {
                return "every paired quote is " + s.code() + " in both";
            }
        }
        return "undefined";
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
