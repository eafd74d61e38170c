package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.article.ArticleViewModel;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.quotes.QuoteListViewModel;
import org.quoteexplorer.gui.quotes.QuoteRow;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.review.edit.Edits;
import org.quoteexplorer.review.edit.QuoteFilter;

/**
 * The article dims exactly the quotes the list leaves out, and tells its view which quotes flipped,
 * in text order, whatever order fast typing's search results come back in.
 */
class HiddenQuotesFollowTheFiltersTest {

    /** Runs what it was given only when told: oldest first, or newest first. */
    private static final class Held implements Executor {
        final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public void execute(Runnable work) {
            queue.add(work);
        }

        void runAll(boolean newestFirst) {
            while (!queue.isEmpty()) {
                (newestFirst ? queue.pollLast() : queue.pollFirst()).run();
            }
        }
    }

    private static final List<String> TEXTS = List.of("", "pier", "waste", "NOBODY", "tom ray", "a", "zzz");
    private static final List<String> SPEAKERS = java.util.Arrays.asList(null, "s1", "s2", QuoteFilter.UNATTRIBUTED);

    /** One window's worth of view models, with a record of what the article told its view. */
    private static final class Window {
        final DocumentSession session = Fixtures.openSession();
        final QuoteListViewModel list = new QuoteListViewModel(session);
        final ArticleViewModel article = new ArticleViewModel(session, list);
        final Held background = new Held();
        final Held fx = new Held();
        final List<String> problems = new ArrayList<>();

        Window() {
            list.searchOn(background, fx);
            article.hiddenQuoteIdsProperty().addListener((obs, old, now) -> {
                List<String> flipped = new ArrayList<>();
                for (QuoteRow row : list.rows()) {
                    if (old.contains(row.quoteId()) != now.contains(row.quoteId())) {
                        flipped.add(row.quoteId());
                    }
                }
                if (!flipped.equals(article.hiddenChanged())) {
                    problems.add("told " + article.hiddenChanged() + " but " + flipped + " flipped");
                }
            });
        }

        Set<String> expectedHidden() {
            Set<String> hidden = new HashSet<>();
            list.rows().forEach(r -> hidden.add(r.quoteId()));
            hidden.removeAll(list.visibleQuoteIds());
            return hidden;
        }
    }

    @Test
    void fastTypingWithResultsComingBackNewestFirstDimsOnlyWhatTheLastTextLeavesOut() {
        Window w = new Window();
        for (String text : List.of("n", "no", "nob", "nobo", "nobody")) {
            w.list.searchTextProperty().set(text);
            w.background.runAll(false);
        }
        w.fx.runAll(true);

        assertThat(w.list.appliedSearch()).isEqualTo("nobody");
        assertThat(w.article.hiddenQuoteIdsProperty().get()).containsExactlyInAnyOrder("q1", "q2");
        assertThat(w.article.styler().classesOf(w.session.getDocument().quote("q1").orElseThrow(), false))
                .contains("filtered-out");
        assertThat(w.article.styler().classesOf(w.session.getDocument().quote("q3").orElseThrow(), false))
                .doesNotContain("filtered-out");
        assertThat(w.problems).isEmpty();
    }

    @Test
    void aQuoteAddedWhileFilteringIsDimmedOrNotByTheFiltersAndTheOthersKeepTheirLook() {
        Window w = new Window();
        w.list.speakerFilterProperty().set("s1");
        assertThat(w.article.hiddenQuoteIdsProperty().get()).containsExactlyInAnyOrder("q2", "q3");

        w.session.perform(Edits.withSystemClock().addQuote(w.session.getDocument(), Fixtures.spanOf("Next Steps")));

        assertThat(w.list.rows()).hasSize(4);
        assertThat(w.article.hiddenQuoteIdsProperty().get()).isEqualTo(w.expectedHidden()).hasSize(3)
                .contains("q2", "q3").doesNotContain("q1");
        assertThat(w.problems).isEmpty();
    }

    @Property(tries = 200)
    void theArticleDimsExactlyTheQuotesTheListLeavesOut(
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 9) Integer> actions,
            @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 6) Integer> choices) {
        Window w = new Window();
        String typed = "";
        for (int i = 0; i < actions.size(); i++) {
            int choice = i < choices.size() ? choices.get(i) : 0;
            switch (actions.get(i)) {
                case 0, 1, 2 -> {
                    typed = TEXTS.get(choice);
                    w.list.searchTextProperty().set(typed);
                }
                case 3 -> w.list.speakerFilterProperty().set(SPEAKERS.get(choice % SPEAKERS.size()));
                case 4 -> w.list.hideRejectedProperty().set(choice % 2 == 0);
                case 5 -> {
                    String id = w.list.rows().get(choice % w.list.rows().size()).quoteId();
                    boolean rejected = w.session.getDocument().quote(id).orElseThrow().status() == QuoteStatus.REJECTED;
                    w.session.perform(rejected ? Edits.withSystemClock().accept(w.session.getDocument(), id)
                            : Edits.withSystemClock().reject(w.session.getDocument(), id));
                }
                case 6 -> w.background.runAll(choice % 2 == 0);
                case 7 -> w.fx.runAll(choice % 2 == 0);
                case 8 -> {
                    if (w.list.rows().size() == 3) {
                        w.session.perform(Edits.withSystemClock().addQuote(w.session.getDocument(), Fixtures.spanOf("Next Steps")));
                    }
                }
                default -> w.list.clearFilters();
            }
            assertThat(w.article.hiddenQuoteIdsProperty().get()).as("after step %d", i).isEqualTo(w.expectedHidden());
        }
        w.background.runAll(false);
        w.fx.runAll(true);

        String shownText = w.list.searchTextProperty().get().strip().toLowerCase(java.util.Locale.ROOT);
        assertThat(w.list.appliedSearch()).as("the last text's result is the one shown").isEqualTo(shownText);
        assertThat(w.article.hiddenQuoteIdsProperty().get()).isEqualTo(w.expectedHidden());
        assertThat(w.problems).isEmpty();
    }
}
