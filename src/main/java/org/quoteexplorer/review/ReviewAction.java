package org.quoteexplorer.review;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One thing the analyst can do, described once: every front end turns the same entry into a
 * menu item, a context-menu item, a key binding and a line of the shortcut sheet.
 *
 * @param id          stable identifier, kebab-case ("accept-next"); front ends derive their ids from it
 * @param label       the menu wording ("Accept and Next Unreviewed")
 * @param keys        key combinations as text ("A", "Shift+F", "Shortcut+Shift+N"; "Shortcut" is Ctrl,
 *                    or Cmd on a Mac), the first one shown in menus; empty when the action has no key
 * @param menu        the menu it sits in ("Review"), or {@code null} for an action reached by key only
 * @param section     actions of one menu with different sections are parted by a separator
 * @param inContext   whether it is offered when right-clicking a quote
 * @param toggle      whether it switches something on and off (shown with a check mark)
 * @param help        the shortcut sheet's description
 * @param enabledWhen whether it applies in the given state
 * @param perform     what it does
 */
public record ReviewAction(String id, String label, List<String> keys, String menu, String section, boolean inContext,
                           boolean toggle, String help, Predicate<ReviewState> enabledWhen,
                           Consumer<ReviewCommands> perform) {

    public ReviewAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        keys = List.copyOf(keys);
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(enabledWhen, "enabledWhen");
        Objects.requireNonNull(perform, "perform");
    }

    public boolean isEnabled(ReviewState state) {
        return enabledWhen.test(state);
    }

    public void run(ReviewCommands commands) {
        perform.accept(commands);
    }

    public boolean hasKey() {
        return !keys.isEmpty();
    }
}
