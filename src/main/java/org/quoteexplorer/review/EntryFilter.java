package org.quoteexplorer.review;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which articles a workspace list shows.
 *
 * @param states      the states shown; empty shows every state
 * @param text        words every one of which must be in the title or path, ignoring case; blank shows all
 * @param flaggedOnly only articles with at least one undecided flagged quote
 */
public record EntryFilter(Set<ArticleState> states, String text, boolean flaggedOnly) implements Predicate<WorkspaceEntry> {

    public static final EntryFilter ALL = new EntryFilter(Set.of(), "", false);

    public EntryFilter {
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
        text = text == null ? "" : text.strip();
    }

    public EntryFilter withStates(Set<ArticleState> newStates) {
        return new EntryFilter(newStates, text, flaggedOnly);
    }

    public EntryFilter withText(String newText) {
        return new EntryFilter(states, newText, flaggedOnly);
    }

    public EntryFilter withFlaggedOnly(boolean newFlaggedOnly) {
        return new EntryFilter(states, text, newFlaggedOnly);
    }

    public boolean showsAll() {
        return states.isEmpty() && text.isEmpty() && !flaggedOnly;
    }

    @Override
    public boolean test(WorkspaceEntry entry) {
        if (!states.isEmpty() && !states.contains(entry.state())) {
            return false;
        }
        if (flaggedOnly && entry.flags() == 0) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String haystack = (entry.title() + "\n" + entry.path()).toLowerCase(Locale.ROOT);
        for (String word : text.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
