package org.quoteexplorer.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.quoteexplorer.model.QuoteType;

/**
 * The review operations on a quote, defined once and turned into the Review menu and the context
 * menus of the article and the quote list, so all three offer the same things under the same keys.
 */
final class QuoteActions {

    /** One operation; {@code key} is shown, single keys are handled by the window's key filter. */
    record Action(String id, String text, String key, Runnable run, ObservableBooleanValue enabled) {
    }

    private final MainViewModel viewModel;

    QuoteActions(MainViewModel viewModel) {
        this.viewModel = viewModel;
    }

    List<Object> review() {
        ReviewViewModel review = viewModel.review();
        QuoteEditingViewModel editing = viewModel.quoteEditing();
        ObservableBooleanValue selected = review.hasSelectionBinding();
        ObservableBooleanValue selectedAndText = Bindings.and(review.hasSelectionBinding(), editing.hasTextSelectionBinding());
        List<Object> items = new ArrayList<>();
        items.add(new Action("Accept", "Accept", "A", review::accept, selected));
        items.add(new Action("AcceptNext", "Accept and Next Unreviewed", "Enter", review::acceptAndMoveOn, selected));
        items.add(new Action("Reject", "Reject", "R, Delete", review::reject, selected));
        items.add(new Action("Unsure", "Mark Unsure", "U", review::markUnsure, selected));
        items.add(null);
        items.add(speakerMenu());
        items.add(new Action("NewSpeaker", "New Speaker\u2026", "Shortcut+Shift+N", editing::newSpeakerForSelected, selected));
        items.add(new Action("Mention", "Use Selection as Speaker Mention", "M", editing::useSelectionAsMention, selectedAndText));
        items.add(null);
        items.add(new Action("AddQuote", "Add Quote from Selection", "N, Ctrl+Enter", editing::addQuoteFromSelection,
                editing.hasTextSelectionBinding()));
        items.add(new Action("Resize", "Set Extent to Selection", "B", editing::resizeToSelection, selectedAndText));
        items.add(new Action("ExtendEnd", "Extend End", "Shift+\u2192", () -> editing.moveEnd(+1), selected));
        items.add(new Action("ShrinkEnd", "Shrink End", "Shift+\u2190", () -> editing.moveEnd(-1), selected));
        items.add(new Action("ExtendStart", "Extend Start", "Alt+Shift+\u2190", () -> editing.moveStart(-1), selected));
        items.add(new Action("ShrinkStart", "Shrink Start", "Alt+Shift+\u2192", () -> editing.moveStart(+1), selected));
        items.add(new Action("Split", "Split at Caret", "X", editing::splitAtCaret, selected));
        items.add(new Action("Merge", "Merge with Next Quote", "G", editing::mergeWithNext, selected));
        items.add(typeMenu());
        items.add(new Action("Note", "Note\u2026", "E", editing::editNote, selected));
        return items;
    }

    List<Object> navigation() {
        ReviewViewModel review = viewModel.review();
        ObservableBooleanValue open = viewModel.session().documentProperty().isNotNull();
        return List.of(
                new Action("Next", "Next Quote", "J, \u2193", review::selectNext, open),
                new Action("Previous", "Previous Quote", "K, \u2191", review::selectPrevious, open),
                new Action("NextUnreviewed", "Next Unreviewed Quote", "Tab", review::selectNextUnreviewed, open));
    }

    /** Menu items for {@code actions}, ids prefixed (e.g. "menu", "ctx"). */
    static List<MenuItem> items(String prefix, List<Object> actions) {
        List<MenuItem> items = new ArrayList<>();
        for (Object entry : actions) {
            if (entry == null) {
                items.add(new SeparatorMenuItem());
            } else if (entry instanceof Action action) {
                items.add(item(prefix, action));
            } else if (entry instanceof SubMenu sub) {
                Menu menu = new Menu(sub.text());
                menu.setId(prefix + sub.id());
                for (Action action : sub.actions()) {
                    menu.getItems().add(item(prefix, action));
                }
                items.add(menu);
            }
        }
        return items;
    }

    record SubMenu(String id, String text, List<Action> actions) {
    }

    private static MenuItem item(String prefix, Action action) {
        MenuItem item = new MenuItem(action.text());
        item.setId(prefix + action.id());
        item.setMnemonicParsing(false);
        if (action.key() != null && action.key().startsWith("Shortcut+")) {
            item.setAccelerator(KeyCombination.keyCombination(action.key()));
        } else if (action.key() != null) {
            // single keys live in the window's key filter, so they never fire while typing in a field
            item.setText(action.text() + "    (" + action.key() + ")");
        }
        item.disableProperty().bind(Bindings.createBooleanBinding(() -> !action.enabled().get(), action.enabled()));
        item.setOnAction(e -> action.run().run());
        return item;
    }

    private SubMenu typeMenu() {
        List<Action> actions = new ArrayList<>();
        for (QuoteType type : QuoteType.values()) {
            String name = type.code().substring(0, 1).toUpperCase(java.util.Locale.ROOT) + type.code().substring(1);
            actions.add(new Action("Type" + name, name, null, () -> viewModel.quoteEditing().setType(type),
                    viewModel.review().hasSelectionBinding()));
        }
        return new SubMenu("Type", "Quote Type", actions);
    }

    /** Assign to one of the legend's speakers; rebuilt when shown since speakers change. */
    private SubMenu speakerMenu() {
        List<Action> actions = new ArrayList<>();
        for (LegendEntry entry : viewModel.legend().entries()) {
            if (entry.speakerId() != null) {
                String key = entry.shortcut() > 0 ? Integer.toString(entry.shortcut()) : null;
                actions.add(new Action("Assign" + entry.speakerId(), entry.name(), key,
                        () -> viewModel.review().reassignSelected(entry.speakerId()), viewModel.review().hasSelectionBinding()));
            }
        }
        return new SubMenu("Assign", "Assign Speaker", actions);
    }
}
