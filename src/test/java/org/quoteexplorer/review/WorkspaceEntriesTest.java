package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkspaceEntriesTest {

    /** path, title, quotes, reviewed, flags, state, modified day, publication day (0 = unknown) */
    private static WorkspaceEntry entry(String path, String title, int quotes, int reviewed, int flags, ArticleState state,
            int modifiedDay, int dateDay) {
        return new WorkspaceEntry(path, title, quotes, reviewed, flags, state, 100, Instant.parse("2026-01-01T00:00:00Z")
                .plusSeconds(86_400L * modifiedDay), dateDay == 0 ? null : LocalDate.of(2026, 2, dateDay), null);
    }

    private static final List<WorkspaceEntry> ENTRIES = List.of(
            entry("a.txt", "Zebra crossing", 5, 5, 0, ArticleState.REVIEWED, 3, 0),
            entry("b.txt", "apple harvest", 0, 0, 0, ArticleState.NEW, 1, 10),
            entry("sub/c.txt", "Mango season", 8, 2, 3, ArticleState.IN_REVIEW, 2, 5),
            entry("sub/d.txt", "Berry news", 8, 0, 1, ArticleState.ATTRIBUTED, 4, 0));

    private static List<String> paths(List<WorkspaceEntry> view) {
        return view.stream().map(WorkspaceEntry::path).toList();
    }

    @ParameterizedTest(name = "{0} descending={1}: {2}")
    @CsvSource(textBlock = """
            PATH,     false, a.txt b.txt sub/c.txt sub/d.txt
            PATH,     true,  sub/d.txt sub/c.txt b.txt a.txt
            TITLE,    false, b.txt sub/d.txt sub/c.txt a.txt
            STATE,    false, b.txt sub/d.txt sub/c.txt a.txt
            QUOTES,   false, b.txt a.txt sub/c.txt sub/d.txt
            QUOTES,   true,  sub/c.txt sub/d.txt a.txt b.txt
            FLAGS,    true,  sub/c.txt sub/d.txt a.txt b.txt
            PROGRESS, true,  a.txt sub/c.txt b.txt sub/d.txt
            MODIFIED, false, b.txt sub/c.txt a.txt sub/d.txt
            DATE,     false, sub/c.txt b.txt a.txt sub/d.txt
            DATE,     true,  b.txt sub/c.txt a.txt sub/d.txt
            """)
    void sortsByEachKeyWithPathBreakingTiesAndUnknownDatesLast(EntryOrder.Key key, boolean descending, String expected) {
        List<WorkspaceEntry> view = WorkspaceEntries.view(ENTRIES, new EntryOrder(key, descending), EntryFilter.ALL);

        assertThat(paths(view)).containsExactly(expected.split(" "));
    }

    @ParameterizedTest(name = "states [{0}] text \"{1}\" flagged={2}: {3}")
    @CsvSource(textBlock = """
            '',                    '',          false, a.txt b.txt sub/c.txt sub/d.txt
            NEW,                   '',          false, b.txt
            IN_REVIEW ATTRIBUTED,  '',          false, sub/c.txt sub/d.txt
            '',                    '',          true,  sub/c.txt sub/d.txt
            '',                    SUB,         false, sub/c.txt sub/d.txt
            '',                    'berry sub', false, sub/d.txt
            '',                    'berry a.',  false, ''
            REVIEWED,              zebra,       true,  ''
            """)
    void filtersByStateTextAndFlags(String states, String text, boolean flaggedOnly, String expected) {
        Set<ArticleState> wanted = states.isBlank() ? Set.of() : EnumSet.copyOf(Arrays.stream(states.split(" "))
                .map(ArticleState::valueOf).toList());

        List<WorkspaceEntry> view = WorkspaceEntries.view(ENTRIES, EntryOrder.DEFAULT,
                new EntryFilter(wanted, text, flaggedOnly));

        assertThat(paths(view)).containsExactly(expected.isEmpty() ? new String[0] : expected.split(" "));
    }

    @ParameterizedTest(name = "from {0}: next {1}, previous {2}")
    @CsvSource(textBlock = """
            a.txt,     b.txt,     ''
            b.txt,     sub/c.txt, a.txt
            sub/d.txt, '',        sub/c.txt
            '',        a.txt,     sub/d.txt
            gone.txt,  a.txt,     sub/d.txt
            """)
    void nextAndPreviousFollowTheListAndStopAtItsEnds(String current, String next, String previous) {
        String from = current.isEmpty() ? null : current;

        assertThat(WorkspaceEntries.next(ENTRIES, from).map(WorkspaceEntry::path).orElse("")).isEqualTo(next);
        assertThat(WorkspaceEntries.previous(ENTRIES, from).map(WorkspaceEntry::path).orElse("")).isEqualTo(previous);
    }

    @Test
    void nextIsTakenInTheOrderShownNotTheOrderOnDisk() {
        List<WorkspaceEntry> view = WorkspaceEntries.view(ENTRIES, new EntryOrder(EntryOrder.Key.QUOTES, true),
                new EntryFilter(Set.of(), "", true));

        assertThat(WorkspaceEntries.next(view, "sub/c.txt").map(WorkspaceEntry::path)).contains("sub/d.txt");
        assertThat(WorkspaceEntries.next(view, "sub/d.txt")).isEmpty();
    }

    @Test
    void nothingComesNextInAnEmptyList() {
        assertThat(WorkspaceEntries.next(List.of(), null)).isEmpty();
        assertThat(WorkspaceEntries.previous(List.of(), "a.txt")).isEmpty();
    }
}
