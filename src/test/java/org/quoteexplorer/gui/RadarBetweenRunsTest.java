package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.RadarViewModel;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.speakers.LegendViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarReport;

/**
 * On a long article the radar runs in the background after every edit. Until its new report
 * comes back, A (which keeps the quote's flags in its history), F / Shift+F and a save (which
 * writes the risks and flags) must act on the document as it is now, exactly as a fresh
 * assessment would, an undo that re-opens a quote included, without assessing on the FX thread.
 */
class RadarBetweenRunsTest {

    /** More quotes than the radar assesses on the FX thread, some unattributed, weakly found, or sharing words with another speaker's. */
    static AnnotatedArticle longArticle() {
        StringBuilder text = new StringBuilder("Harbour Hearing\n");
        List<Quote> quotes = new ArrayList<>();
        List<Speaker> speakers = List.of(
                new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, "Mayor", List.of("Lee")),
                new Speaker("s2", "Tom Ray", SpeakerKind.PERSON, null, List.of()),
                new Speaker("s3", "Harbour Board", SpeakerKind.ORGANIZATION, null, List.of()));
        for (int i = 0; i < RadarViewModel.BACKGROUND_QUOTES + 60; i++) {
            String words = i % 7 == 0 ? "we will rebuild the old pier before the winter storms"
                    : "point " + i + " of the plan needs more time";
            String said = i % 5 == 4 ? " a resident wrote. " : " said " + speakers.get(i % 3).name() + ". ";
            int start = text.length();
            text.append('\u201C').append(words).append(",\u201D");
            Span span = new Span(start, text.length());
            int mentionAt = text.length() + " said ".length();
            text.append(said);
            if (i % 5 == 4) {
                quotes.add(Quote.unattributed("q" + (i + 1), span, QuoteType.DIRECT));
            } else {
                Speaker speaker = speakers.get(i % 3);
                boolean weak = i % 3 == 1;
                quotes.add(new Quote("q" + (i + 1), span, QuoteType.DIRECT, speaker.id(),
                        weak ? null : new Span(mentionAt, mentionAt + speaker.name().length()),
                        weak ? null : new Span(mentionAt - 5, mentionAt - 1),
                        weak ? 0.5 : 0.9, weak ? "rule:sentence-subject" : "rule:quote-verb-speaker",
                        QuoteStatus.SUGGESTED, null, List.of()));
            }
        }
        return new AnnotatedArticle(new Article("hearing", null, "hearing.txt", text.toString(), null, null),
                speakers, quotes);
    }

    /** The long article open, with the view models an analyst's keys go through. */
    private record Desk(DocumentSession session, RadarViewModel radar, ReviewViewModel review) {
        static Desk onLongArticle() {
            DocumentSession session = new DocumentSession();
            session.open(longArticle(), null, null);
            QuoteListViewModel quoteList = new QuoteListViewModel(session);
            RadarViewModel radar = new RadarViewModel(session, quoteList, null);
            return new Desk(session, radar, new ReviewViewModel(session, new LegendViewModel(session), quoteList, radar));
        }
    }

    @org.junit.jupiter.api.Test
    void afterAnEvidenceEditTheFlagCountSaysItIsUpdatingUntilTheNewRunIsIn() {
        Desk desk = Desk.onLongArticle();
        DocumentSession session = desk.session();
        RadarViewModel radar = desk.radar();
        ReviewViewModel review = desk.review();
        List<Runnable> pending = new ArrayList<>();
        radar.assessOn(pending::add, Runnable::run);
        String counted = radar.flagTextBinding().get();
        assertThat(counted).matches("\\d+ flags?");

        Quote unattributed = session.getDocument().quotes().stream().filter(q -> q.speakerId() == null)
                .findFirst().orElseThrow();
        session.select(unattributed.id());
        review.reassignSelected("s1");

        assertThat(pending).as("the edited article is assessed in the background").isNotEmpty();
        assertThat(radar.flagTextBinding().get()).isEqualTo(counted + RadarViewModel.UPDATING);
        List.copyOf(pending).forEach(Runnable::run);
        int now = Radar.assess(session.getDocument()).flagCount();
        assertThat(radar.flagTextBinding().get()).isEqualTo(now == 1 ? "1 flag" : now + " flags");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void flagsAndTheQueueWalkAgreeWithAFreshAssessmentWhileTheNextRunIsPending(long seed) {
        Desk desk = Desk.onLongArticle();
        DocumentSession session = desk.session();
        RadarViewModel radar = desk.radar();
        ReviewViewModel review = desk.review();
        // the background answers only now and then: most edits leave the radar's latest report behind the document
        List<Runnable> pending = new ArrayList<>();
        int answered = 0;
        int known = 0;
        radar.assessOn(pending::add, Runnable::run);
        assertThat(radar.queue()).as("the first report flags some quotes").isNotEmpty();

        Random random = new Random(seed);
        List<Quote> quotes = session.getDocument().quotes();
        for (int step = 0; step < 60; step++) {
            if (random.nextInt(6) == 0 && !pending.isEmpty()) {
                List<Runnable> runs = List.copyOf(pending);
                pending.clear();
                runs.forEach(Runnable::run);
                answered++;
            }
            session.select(quotes.get(random.nextInt(quotes.size())).id());
            switch (random.nextInt(5)) {
                case 0 -> review.accept();
                case 1 -> review.reject();
                case 2 -> review.markUnsure();
                case 3 -> review.undo();
                default -> review.selectNextFlagged();
            }
            RadarReport fresh = Radar.assess(session.getDocument());
            String selected = session.getSelectedQuoteId();
            // Were the radar without an answer (a quote re-opened that it never saw open), it would
            // say so rather than assess the long article on the FX thread.
            boolean assessing = radar.isAssessing();
            known += assessing ? 0 : 1;
            List<Quote> now = session.getDocument().quotes();
            for (int i = 0; i < now.size(); i++) {
                Quote quote = now.get(i);
                // the selected quote is the one an edit just changed; a tenth of the others stands for the rest
                if (!quote.id().equals(selected) && i % 10 != 0) {
                    continue;
                }
                assertThat(radar.flagsOf(quote.id())).as("flags of %s after step %d", quote.id(), step)
                        .isEqualTo(assessing ? List.of() : fresh.of(quote.id()).flags());
            }
            assertThat(radar.reportFor(session.getDocument()).get().assessments())
                    .as("what a save writes after step %d", step).isEqualTo(fresh.assessments());
            assertThat(radar.next(selected)).as("F from %s after step %d", selected, step)
                    .isEqualTo(assessing ? Optional.empty() : walk(fresh.queue(), selected, 1));
            assertThat(radar.previous(selected)).as("Shift+F from %s after step %d", selected, step)
                    .isEqualTo(assessing ? Optional.empty() : walk(fresh.queue(), selected, -1));
        }
        // every quote was open when the radar first ran: that run still answers for one an undo re-opened
        assertThat(known).as("steps the radar answered at once").isEqualTo(60);
        assertThat(answered).as("some runs came back between edits").isPositive();
    }

    private static Optional<String> walk(List<String> queue, String from, int step) {
        if (queue.isEmpty()) {
            return Optional.empty();
        }
        int at = queue.indexOf(from);
        if (at < 0) {
            return Optional.of(step > 0 ? queue.get(0) : queue.get(queue.size() - 1));
        }
        int to = at + step;
        return to >= 0 && to < queue.size() ? Optional.of(queue.get(to)) : Optional.empty();
    }
}
