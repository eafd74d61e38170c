package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.review.edit.Edits;
import org.quoteexplorer.review.edit.TextSearch;

/**
 * Keystrokes, clears, edits and undos land between the slices of search results in every order a
 * seed picks, on an article full of quotes alike to the search; once the work is done, the list
 * shows exactly the rows a direct search of the current text finds.
 */
class SlicedSearchInterleavingsTest {

    private static final String[] WORDS = {"pier", "harbour", "we will see", "nobody", "later"};
    private static final String[] TYPED = {"", "p", "pi", "pier", "h", "harbour", "we", "see", "nobody", "ann", "tom",
            "checked", "zzz", "a", "e"};
    private static final String[] NOTES = {null, "checked", "pier again"};

    @Test
    void theListEndsAsADirectSearchWhateverCameBetweenTheSlices() {
        for (int seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            DocumentSession session = new DocumentSession();
            session.open(article(random, 40 + random.nextInt(40)), null, null);
            QuoteListViewModel list = new QuoteListViewModel(session);
            HeldExecutor background = new HeldExecutor();
            HeldExecutor fx = new HeldExecutor();
            list.searchOn(background, fx, 1 + random.nextInt(12));
            Edits edits = Edits.withSystemClock();
            List<String> log = new ArrayList<>();

            for (int step = 0; step < 60; step++) {
                int what = random.nextInt(10);
                if (what < 3) {
                    String typed = TYPED[random.nextInt(TYPED.length)];
                    log.add("type '" + typed + "'");
                    list.searchTextProperty().set(typed);
                } else if (what < 5 && !background.queue.isEmpty()) {
                    log.add("search");
                    background.runOne();
                } else if (what < 8 && !fx.queue.isEmpty()) {
                    log.add("slice");
                    fx.runOne();
                } else if (what == 8) {
                    String id = session.getDocument().quotes().get(random.nextInt(session.getDocument().quotes().size())).id();
                    try {
                    switch (random.nextInt(3)) {
                        case 0 -> {
                            log.add("accept " + id);
                            session.perform(edits.accept(session.getDocument(), id));
                        }
                        case 1 -> {
                            String note = NOTES[random.nextInt(NOTES.length)];
                            log.add("note " + id + " '" + note + "'");
                            session.perform(edits.setNote(session.getDocument(), id, note));
                        }
                        default -> {
                            String speaker = random.nextBoolean() ? "s1" : "s2";
                            log.add("reassign " + id + " " + speaker);
                            session.perform(edits.reassign(session.getDocument(), id, speaker));
                        }
                    }
                    } catch (IllegalArgumentException alreadySo) {
                        log.add("(no change)");
                    }
                } else if (session.canUndoProperty().get()) {
                    log.add("undo");
                    session.undo();
                }
            }
            while (!background.queue.isEmpty() || !fx.queue.isEmpty()) {
                background.runAll();
                fx.runAll();
            }

            String text = list.searchTextProperty().get().strip().toLowerCase(Locale.ROOT);
            List<String> found = list.rows().stream().filter(row -> text.isEmpty() || TextSearch.contains(row.text(), text)
                    || TextSearch.contains(row.speakerName(), text) || TextSearch.contains(row.note(), text))
                    .map(QuoteRow::quoteId).toList();
            assertThat(list.visibleQuoteIds()).as("seed %d: %s", seed, log).isEqualTo(found);
            assertThat(list.appliedSearch()).as("seed %d", seed).isEqualTo(text);
            assertThat(list.isFiltering()).as("seed %d", seed).isEqualTo(!text.isEmpty());
        }
    }

    /** {@code count} quotes drawn from a few words and two speakers, so many are alike to a search. */
    private static AnnotatedArticle article(Random random, int count) {
        StringBuilder text = new StringBuilder();
        List<Quote> quotes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String quote = "\u201C" + WORDS[random.nextInt(WORDS.length)] + ",\u201D";
            int start = text.length();
            text.append(quote);
            String speaker = random.nextInt(4) == 0 ? null : random.nextBoolean() ? "s1" : "s2";
            text.append(speaker == null ? " someone said. " : " they said. ");
            quotes.add(new Quote("q" + (i + 1), new Span(start, start + quote.length()), QuoteType.DIRECT, speaker, null,
                    null, 0.9, "rule:test", QuoteStatus.SUGGESTED, null, List.of()));
        }
        List<Speaker> speakers = List.of(new Speaker("s1", "Ann Lee", SpeakerKind.PERSON, null, List.of()),
                new Speaker("s2", "Tom Ray", SpeakerKind.PERSON, null, List.of()));
        return new AnnotatedArticle(new Article("made-up", null, "made-up.txt", text.toString(), null, null), speakers, quotes);
    }
}
