package org.quoteexplorer.io;

import java.util.List;

/**
 * The place an analyst left a workspace at, as saved in its folder: plain strings, so that the
 * file stays readable when the app's list of sort keys or states changes.
 *
 * @param current     the relative path of the open article, or {@code null}
 * @param sortKey     the list's sort key (lower case), or {@code null} for the default
 * @param descending  whether the list is sorted in reverse
 * @param states      the article states shown (lower case); empty shows every state
 * @param text        the filter text, or {@code ""}
 * @param flaggedOnly whether only articles with flags are shown
 */
public record WorkspaceSettings(String current, String sortKey, boolean descending, List<String> states, String text,
        boolean flaggedOnly) {

    public static final WorkspaceSettings DEFAULT = new WorkspaceSettings(null, null, false, List.of(), "", false);

    public WorkspaceSettings {
        states = states == null ? List.of() : List.copyOf(states);
        text = text == null ? "" : text;
    }
}
