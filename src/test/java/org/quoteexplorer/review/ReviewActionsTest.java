package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewActionsTest {

    @Test
    void noTwoActionsShareAKeyOrAnId() {
        Map<String, String> owner = new HashMap<>();
        Set<String> ids = new HashSet<>();
        for (ReviewAction action : ReviewActions.all()) {
            assertThat(ids.add(action.id())).as("id %s unique", action.id()).isTrue();
            for (String key : action.keys()) {
                String normal = normalise(key);
                String before = owner.putIfAbsent(normal, action.id());
                assertThat(before).as("key %s of %s already used by %s", key, action.id(), before).isNull();
            }
        }
    }

    /** Modifiers in a fixed order, so "Shift+Alt+X" and "Alt+Shift+X" count as one key. */
    private static String normalise(String key) {
        List<String> parts = new ArrayList<>(List.of(key.toLowerCase(Locale.ROOT).split("\\+")));
        String last = parts.remove(parts.size() - 1);
        parts.sort(null);
        parts.add(last);
        return String.join("+", parts);
    }

    @Test
    void everyKeyOfEveryActionIsOnTheShortcutSheet() {
        List<ReviewActions.SheetRow> sheet = ReviewActions.sheet();
        for (ReviewAction action : ReviewActions.all()) {
            if (action.hasKey()) {
                assertThat(sheet).as("sheet line for %s", action.id())
                        .anyMatch(row -> row.description().equals(action.help())
                                && (row.keys().contains(ReviewActions.keyText(action.keys().get(0)))
                                    || row.keys().contains("\u2013")));
            }
        }
        assertThat(sheet).endsWith(ReviewActions.MOUSE_NOTES.toArray(ReviewActions.SheetRow[]::new));
    }

    @Test
    void actionsOnTheSelectedQuoteApplyOnlyWithASelection() {
        ReviewState nothing = new ReviewState(true, false, false, false, false, false, 0);
        ReviewState selected = new ReviewState(true, true, false, true, false, false, 0);
        for (ReviewAction action : ReviewActions.contextActions()) {
            if (!action.id().equals("add-quote")) {
                assertThat(action.isEnabled(nothing)).as(action.id()).isFalse();
            }
        }
        assertThat(ReviewActions.byId("accept").orElseThrow().isEnabled(selected)).isTrue();
        assertThat(ReviewActions.byId("next-flagged").orElseThrow().isEnabled(selected)).isFalse();
        assertThat(ReviewActions.byId("next-flagged").orElseThrow()
                .isEnabled(new ReviewState(true, true, false, true, false, false, 3))).isTrue();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            next-article,     false, true
            previous-article, false, true
            open-folder,      true,  true
            """)
    void stepsBetweenArticlesApplyOnlyWithAFolderOpen(String id, boolean alone, boolean withFolder) {
        ReviewState oneArticle = new ReviewState(true, true, false, true, false, false, 0);
        ReviewState folder = new ReviewState(true, true, false, true, false, false, 0, true);
        ReviewAction action = ReviewActions.byId(id).orElseThrow();
        assertThat(action.isEnabled(oneArticle)).isEqualTo(alone);
        assertThat(action.isEnabled(folder)).isEqualTo(withFolder);
        assertThat(action.isEnabled(ReviewState.EMPTY)).isEqualTo(alone);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            Shortcut+Shift+N, Ctrl+Shift+N
            Shift+Right,      Shift+\u2192
            Alt+Shift+Left,   Alt+Shift+\u2190
            Backspace,        Backspace
            Down,             \u2193
            """)
    void keysReadAsTheAnalystTypesThem(String key, String shown) {
        assertThat(ReviewActions.keyText(key)).isEqualTo(shown);
    }

    @Test
    void theDigitsShareOneLineOfTheSheet() {
        assertThat(ReviewActions.sheet()).filteredOn(row -> row.keys().equals("1 \u2013 9")).hasSize(1);
        assertThat(ReviewActions.sheet()).noneMatch(row -> row.keys().equals("1"));
    }
}
