package org.quoteexplorer.gui.curation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.quoteexplorer.review.edit.Change;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.Agreement;
import org.quoteexplorer.review.AgreementReport;

/**
 * The changes that take the other reviewer's side of a difference into my review. Pure Java, so
 * the whole of curation is tested without a toolkit.
 *
 * <p>Each change carries only what the difference is about: taking their speaker leaves my status
 * alone and the reverse, so taking a side never opens a new difference. Their speaker becomes mine
 * when my review has that person (by name or alias, as the comparison pairs them), otherwise it is
 * added, so the speaker list and the quote undo together. Each taken side is written into the
 * quote's history ({@code take-theirs}), so the export shows where the attribution came from.
 */
public final class CurationEdits {

    /** History action of a side taken from the other review. */
    public static final String TAKE_THEIRS = "take-theirs";

    private static final Pattern NUMBERED = Pattern.compile("([a-z]+)(\\d+)");

    private final Clock clock;

    public CurationEdits(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Their side of one difference, built on my review as it is now. */
    public Change takeTheirs(AnnotatedArticle mine, AnnotatedArticle theirs, Agreement.Difference d) {
        String words = AgreementReport.snippet(d.a() != null ? d.a() : d.b(), mine.text());
        return switch (d.kind()) {
            case ONLY_A -> {
                Quote q = current(mine, d.a());
                yield Change.ofQuotes("Remove \u201C" + words + "\u201D as in their review", List.of(q), List.of());
            }
            case ONLY_B -> addTheirs(mine, theirs, d.b(), words);
            case SPAN -> {
                Quote q = current(mine, d.a());
                Quote after = record(q.withSpan(d.b().span()), "span", q.span().of(mine.text()), d.b().span().of(mine.text()));
                yield Change.ofQuotes("Take their extent of \u201C" + words + "\u201D", List.of(q), List.of(after));
            }
            case SPEAKER -> takeSpeaker(mine, theirs, d, words);
            case STATUS -> {
                Quote q = current(mine, d.a());
                Quote after = record(q.withStatus(d.b().status()), "status", q.status().code(), d.b().status().code());
                yield Change.ofQuotes("Take their status " + d.b().status().code() + " for \u201C" + words + "\u201D",
                        List.of(q), List.of(after));
            }
        };
    }

    /**
     * Their side of every difference, as one undo step. Each is built on my review as the ones
     * before left it: a quote that differs in span, speaker and status takes all three.
     *
     * @throws IllegalArgumentException when there is no difference
     */
    public Change takeTheirsForAll(AnnotatedArticle mine, AnnotatedArticle theirs, List<Agreement.Difference> differences) {
        if (differences.isEmpty()) {
            throw new IllegalArgumentException("The two reviews do not differ");
        }
        String description = "Take their side of " + differences.size()
                + (differences.size() == 1 ? " difference" : " differences");
        Change all = null;
        AnnotatedArticle working = mine;
        for (Agreement.Difference d : differences) {
            Change one = takeTheirs(working, theirs, d);
            working = one.applyTo(working);
            all = all == null ? one : all.andThen(one, description);
        }
        return differences.size() == 1 ? new Change(description, all.quotesBefore(), all.quotesAfter(),
                all.speakersBefore(), all.speakersAfter()) : all;
    }

    private Change takeSpeaker(AnnotatedArticle mine, AnnotatedArticle theirs, Agreement.Difference d, String words) {
        Quote q = current(mine, d.a());
        Quote b = d.b();
        if (b.speakerId() == null) {
            Quote after = record(q.withAttribution(null, null, b.cue(), b.confidence(), b.origin()), "speaker",
                    AgreementReport.who(d.speakerA()), AgreementReport.who(null));
            return Change.ofQuotes("Take their \u201Cno speaker\u201D for \u201C" + words + "\u201D", List.of(q), List.of(after));
        }
        Speaker their = theirs.speaker(b.speakerId()).orElseThrow(
                () -> new IllegalArgumentException("Their review names a speaker it does not list: " + b.speakerId()));
        List<Speaker> speakers = new ArrayList<>(mine.speakers());
        Speaker mineSpeaker = speakers.stream().filter(s -> Agreement.samePerson(s, their)).findFirst().orElse(null);
        boolean added = mineSpeaker == null;
        if (added) {
            mineSpeaker = asMine(mine, their);
            speakers.add(mineSpeaker);
        }
        Quote after = record(q.withAttribution(mineSpeaker.id(), b.mention(), b.cue(), b.confidence(), b.origin()),
                "speaker", AgreementReport.who(d.speakerA()), mineSpeaker.name());
        String description = "Take their speaker " + mineSpeaker.name() + " for \u201C" + words + "\u201D";
        return added ? new Change(description, List.of(q), List.of(after), mine.speakers(), speakers)
                : Change.ofQuotes(description, List.of(q), List.of(after));
    }

    private Change addTheirs(AnnotatedArticle mine, AnnotatedArticle theirs, Quote b, String words) {
        List<Speaker> speakers = new ArrayList<>(mine.speakers());
        String speakerId = null;
        boolean added = false;
        if (b.speakerId() != null) {
            Speaker their = theirs.speaker(b.speakerId()).orElseThrow(
                    () -> new IllegalArgumentException("Their review names a speaker it does not list: " + b.speakerId()));
            Speaker same = speakers.stream().filter(s -> Agreement.samePerson(s, their)).findFirst().orElse(null);
            if (same == null) {
                same = asMine(mine, their);
                speakers.add(same);
                added = true;
            }
            speakerId = same.id();
        }
        Set<String> used = new HashSet<>();
        mine.quotes().forEach(q -> used.add(q.id()));
        String id = next("q", used);
        Quote copy = record(b.withId(id).withSpeaker(speakerId), "quote", null, "quote");
        String description = "Add their quote \u201C" + words + "\u201D";
        return added ? new Change(description, List.of(), List.of(copy), mine.speakers(), speakers)
                : Change.ofQuotes(description, List.of(), List.of(copy));
    }

    /** Their speaker numbered as mine are: their ids are their own count and mean nothing in my review. */
    private static Speaker asMine(AnnotatedArticle mine, Speaker their) {
        Set<String> used = new HashSet<>();
        mine.speakers().forEach(s -> used.add(s.id()));
        return new Speaker(next("s", used), their.name(), their.kind(), their.title(), their.aliases(), their.titleSource());
    }

    /** One past the highest number in use, as the app numbers new quotes and speakers. */
    private static String next(String prefix, Set<String> used) {
        long highest = 0;
        for (String id : used) {
            Matcher m = NUMBERED.matcher(id);
            if (m.matches() && m.group(2).length() < 18) {
                highest = Math.max(highest, Long.parseLong(m.group(2)));
            }
        }
        return prefix + (highest + 1);
    }

    /** My quote as it is now: the difference may have been computed before an earlier step of the same run. */
    private static Quote current(AnnotatedArticle mine, Quote asCompared) {
        return mine.quote(asCompared.id()).orElseThrow(
                () -> new IllegalArgumentException("The quote \u201C" + asCompared.id() + "\u201D is no longer in the review"));
    }

    private Quote record(Quote quote, String what, String from, String to) {
        return quote.withHistoryEntry(new HistoryEntry(clock.instant(), TAKE_THEIRS, from == null ? null : what + ": " + from,
                what + ": " + to));
    }
}
