package org.quoteexplorer.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.quoteexplorer.review.ReviewAction;
import org.quoteexplorer.review.ReviewActions;
import org.quoteexplorer.review.ReviewCommands;
import org.quoteexplorer.review.ReviewState;

/**
 * Turns the table of {@link ReviewActions} into JavaFX: menu items, context-menu items and the
 * window's key handling. Nothing here names an action by hand, so what the menus offer, what
 * the keys do and what the shortcut sheet says cannot drift apart.
 *
 * <p>A key with Ctrl (or an F key) that is an action's first key is the accelerator of its menu
 * item; every other key is handled by the window's key filter, and only while nobody is typing,
 * so single letters never fire in a text field.
 */
final class ActionAdapter {

    /** Menu items the table cannot hold because they list what the document has now (speakers, recent files). */
    record Extras(Map<String, Supplier<List<MenuItem>>> before, Map<String, Supplier<List<MenuItem>>> after) {
        static Extras none() {
            return new Extras(Map.of(), Map.of());
        }
    }

    private final ReviewCommands commands;
    private final ObservableValue<ReviewState> state;
    private final Map<KeyCombination, ReviewAction> filterKeys = new LinkedHashMap<>();
    private final Map<KeyCombination, ReviewAction> acceleratorKeys = new LinkedHashMap<>();

    ActionAdapter(ReviewCommands commands, ObservableValue<ReviewState> state) {
        this.commands = commands;
        this.state = state;
        for (ReviewAction action : ReviewActions.all()) {
            for (int i = 0; i < action.keys().size(); i++) {
                KeyCombination combination = KeyCombination.keyCombination(action.keys().get(i));
                if (i == 0 && action.menu() != null && isAccelerator(action.keys().get(0))) {
                    acceleratorKeys.put(combination, action);
                } else {
                    filterKeys.put(combination, action);
                }
            }
        }
    }

    /** Ctrl combinations and F keys work from anywhere, also from a text field. */
    static boolean isAccelerator(String key) {
        return key.startsWith("Shortcut+") || key.matches("F\\d+");
    }

    /** "menu" + "accept-next" → "menuAcceptNext": the ids tests and the probe look items up by. */
    static String nodeId(String prefix, ReviewAction action) {
        StringBuilder id = new StringBuilder(prefix);
        for (String part : action.id().split("-")) {
            id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return id.toString();
    }

    /** Every key of every action, as the window handles it. */
    Map<KeyCombination, ReviewAction> keyMap() {
        Map<KeyCombination, ReviewAction> all = new LinkedHashMap<>(acceleratorKeys);
        all.putAll(filterKeys);
        return all;
    }

    /** The menus of the menu bar, in table order. */
    List<Menu> menus(Extras extras) {
        List<Menu> menus = new ArrayList<>();
        ReviewActions.menus().forEach((name, actions) -> {
            Menu menu = new Menu(name);
            menu.setId("menu" + name);
            menu.getItems().setAll(items("menu", actions, extras));
            menus.add(menu);
        });
        return menus;
    }

    /** The context menu of a quote. */
    List<MenuItem> contextItems(Extras extras) {
        return items("ctx", ReviewActions.contextActions(), extras);
    }

    List<MenuItem> items(String prefix, List<ReviewAction> actions, Extras extras) {
        List<MenuItem> items = new ArrayList<>();
        String section = null;
        for (ReviewAction action : actions) {
            if (section != null && !section.equals(action.section())) {
                items.add(new SeparatorMenuItem());
            }
            section = action.section();
            items.addAll(extras.before().getOrDefault(action.id(), List::of).get());
            items.add(item(prefix, action));
            items.addAll(extras.after().getOrDefault(action.id(), List::of).get());
        }
        return items;
    }

    MenuItem item(String prefix, ReviewAction action) {
        MenuItem item = action.toggle() ? new CheckMenuItem(action.label()) : new MenuItem(action.label());
        item.setId(nodeId(prefix, action));
        item.setMnemonicParsing(false);
        if (action.hasKey() && action.menu() != null && isAccelerator(action.keys().get(0)) && prefix.equals("menu")) {
            item.setAccelerator(KeyCombination.keyCombination(action.keys().get(0)));
        } else if (action.hasKey()) {
            item.setText(action.label() + "    (" + String.join(", ", action.keys().stream().map(ReviewActions::keyText).toList()) + ")");
        }
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> !action.isEnabled(current()), state));
        if (item instanceof CheckMenuItem check) {
            // a switch acts on its state, however it changes: a click, its key, or the window restoring it
            check.selectedProperty().addListener((obs, was, now) -> action.run(commands));
        } else {
            item.setOnAction(e -> action.run(commands));
        }
        return item;
    }

    private ReviewState current() {
        ReviewState now = state.getValue();
        return now == null ? ReviewState.EMPTY : now;
    }

    /**
     * The window's key filter: runs the action of a key that is not a menu accelerator. A key whose
     * action does not apply now is left to the focused control when that control has a use for
     * it (arrows, Tab, Enter); a letter runs anyway, so the status bar says why nothing happened.
     *
     * @return whether the key was used
     */
    boolean handle(KeyEvent event) {
        for (Map.Entry<KeyCombination, ReviewAction> entry : filterKeys.entrySet()) {
            if (entry.getKey().match(event) || matchesKeypadDigit(entry.getKey(), event)) {
                ReviewAction action = entry.getValue();
                if (!action.isEnabled(current()) && controlsUse(event)) {
                    return false;
                }
                action.run(commands);
                return true;
            }
        }
        return false;
    }

    /**
     * A menu accelerator that the focused control takes for itself before the menu sees it,
     * although it has no use for it: F2 in a list that cannot be edited (the list would edit a
     * cell), Ctrl+Z and the redo keys in a text field with nothing of its own to undo or redo.
     * Runs the action, as the menu would have.
     *
     * @return whether the key was used
     */
    boolean handleTakenAccelerator(KeyEvent event) {
        Object target = event.getTarget();
        if (!(target instanceof javafx.scene.control.ListView<?>) && !(target instanceof javafx.scene.control.TextInputControl)) {
            return false;
        }
        for (Map.Entry<KeyCombination, ReviewAction> entry : keyMap().entrySet()) {
            ReviewAction action = entry.getValue();
            if (!entry.getKey().match(event)) {
                continue;
            }
            boolean taken = target instanceof javafx.scene.control.ListView<?> list && !list.isEditable()
                    && event.getCode() == KeyCode.F2
                    || target instanceof javafx.scene.control.TextInputControl field
                    && (action.id().equals("undo") && !field.isUndoable() || action.id().equals("redo") && !field.isRedoable());
            if (!taken || !action.isEnabled(current())) {
                return false;
            }
            action.run(commands);
            return true;
        }
        return false;
    }

    private static boolean controlsUse(KeyEvent event) {
        KeyCode code = event.getCode();
        return code.isArrowKey() || code.isNavigationKey() || code == KeyCode.TAB || code == KeyCode.ENTER
                || event.isShortcutDown() || event.isAltDown();
    }

    /** The digits of the number pad assign speakers as the top row does. */
    private static boolean matchesKeypadDigit(KeyCombination combination, KeyEvent event) {
        KeyCode code = event.getCode();
        if (!code.isKeypadKey() || !code.isDigitKey() || event.isShortcutDown() || event.isAltDown() || event.isShiftDown()) {
            return false;
        }
        String digit = code.getName().substring(code.getName().length() - 1);
        return combination.getName().equals(digit);
    }
}
