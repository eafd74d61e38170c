package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The one table of what the analyst can do: menus, context menus, key handling and the shortcut
 * sheet are all generated from it, so a new action, or a new key for an old one, is added in one
 * place and cannot be offered in one of them and forgotten in another.
 */
public final class ReviewActions {

    /** A line of the shortcut sheet. */
    public record SheetRow(String keys, String description) {
    }

    /** Lines of the sheet about the mouse: no action of the table stands behind them. */
    public static final List<SheetRow> MOUSE_NOTES = List.of(
            new SheetRow("Right click", "All quote operations (article and list); speaker operations (speaker list)"));

    private static final Predicate<ReviewState> ALWAYS = s -> true;
    private static final Predicate<ReviewState> DOCUMENT = ReviewState::hasDocument;
    private static final Predicate<ReviewState> SELECTION = ReviewState::hasSelection;
    private static final Predicate<ReviewState> SELECTION_AND_TEXT = s -> s.hasSelection() && s.hasTextSelection();
    private static final Predicate<ReviewState> ATTRIBUTED = ReviewState::selectionAttributed;
    private static final Predicate<ReviewState> FLAGS = s -> s.flagCount() > 0;
    private static final Predicate<ReviewState> WORKSPACE = ReviewState::hasWorkspace;

    private static final List<ReviewAction> ALL = build();

    private ReviewActions() {
    }

    /** Every action, in menu order. */
    public static List<ReviewAction> all() {
        return ALL;
    }

    public static Optional<ReviewAction> byId(String id) {
        return ALL.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The menus in the order of the menu bar, each with its actions in order. */
    public static Map<String, List<ReviewAction>> menus() {
        Map<String, List<ReviewAction>> menus = new LinkedHashMap<>();
        for (ReviewAction action : ALL) {
            if (action.menu() != null) {
                menus.computeIfAbsent(action.menu(), m -> new ArrayList<>()).add(action);
            }
        }
        return menus;
    }

    /** What a right click on a quote offers, in order. */
    public static List<ReviewAction> contextActions() {
        return ALL.stream().filter(ReviewAction::inContext).toList();
    }

    /**
     * The shortcut sheet: one line per action with a key, in table order; neighbouring actions with
     * the same description (the digits) share a line. The mouse notes come last.
     */
    public static List<SheetRow> sheet() {
        List<SheetRow> rows = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        String description = null;
        for (ReviewAction action : ALL) {
            if (!action.hasKey()) {
                continue;
            }
            if (!action.help().equals(description) && description != null) {
                rows.add(new SheetRow(keysText(pending), description));
                pending.clear();
            }
            description = action.help();
            pending.addAll(action.keys());
        }
        if (description != null) {
            rows.add(new SheetRow(keysText(pending), description));
        }
        rows.addAll(MOUSE_NOTES);
        return rows;
    }

    /** Keys as the analyst reads them: "Ctrl+Shift+N", "Shift+→", a run of digits as "1 – 9". */
    static String keysText(List<String> keys) {
        if (keys.size() > 2 && keys.stream().allMatch(k -> k.length() == 1 && Character.isDigit(k.charAt(0)))) {
            return keys.get(0) + " \u2013 " + keys.get(keys.size() - 1);
        }
        return String.join(" / ", keys.stream().map(ReviewActions::keyText).toList());
    }

    /** One key combination as the analyst reads it. */
    public static String keyText(String key) {
        return key.replace("Shortcut+", "Ctrl+")
                .replace("Right", "\u2192").replace("Left", "\u2190")
                .replace("Down", "\u2193").replace("Up", "\u2191");
    }

    private static List<ReviewAction> build() {
        Table t = new Table();
        t.menu("File", "document");
        t.add("open", "Open\u2026", "Open an article or annotation file", ALWAYS, ReviewCommands::open, "Shortcut+O");
        t.add("open-folder", "Open Folder\u2026", "Open a folder of articles: the list of its articles, to review one after another",
                ALWAYS, ReviewCommands::openFolder, "Shortcut+Shift+O");
        t.add("save", "Save", "Save the annotations next to the article", DOCUMENT, ReviewCommands::save, "Shortcut+S");
        t.add("save-as", "Save As\u2026", "Save the annotations as\u2026", DOCUMENT, ReviewCommands::saveAs, "Shortcut+Shift+S");
        t.add("export", "Export JSON\u2026", "Export annotated JSON", DOCUMENT, ReviewCommands::exportJson, "Shortcut+E");
        t.section("quit");
        t.add("quit", "Quit", "Quit", ALWAYS, ReviewCommands::quit, "Shortcut+Q");

        t.menu("Edit", "history");
        t.add("undo", "Undo", "Undo", s -> s.canUndo(), ReviewCommands::undo, "Shortcut+Z");
        t.add("redo", "Redo", "Redo", s -> s.canRedo(), ReviewCommands::redo, "Shortcut+Shift+Z", "Shortcut+Y");
        t.add("undo-registry", "Undo Registry Change",
                "Undo the last speaker registry change (confirm, rename, merge) in every article it touched",
                DOCUMENT, ReviewCommands::undoRegistryChange);

        t.menu("Review", "decide");
        t.context(true);
        t.add("accept", "Accept", "Accept the suggested speaker (clears the quote's flags; the history keeps them)",
                SELECTION, ReviewCommands::accept, "A");
        t.add("accept-next", "Accept and Next Unreviewed", "Accept and go to the next unreviewed quote",
                SELECTION, ReviewCommands::acceptAndNext, "Enter");
        t.add("reject", "Reject", "Reject: not a quotation (stays visible, struck through)",
                SELECTION, ReviewCommands::reject, "R", "Delete", "Backspace");
        t.add("unsure", "Mark Unsure", "Mark unsure", SELECTION, ReviewCommands::markUnsure, "U");
        t.context(false);
        t.add("bulk-accept", "Accept All Unflagged Above a Confidence\u2026",
                "Accept every unflagged suggestion with confidence \u2265 a value you pick (one undo step)",
                DOCUMENT, ReviewCommands::bulkAccept, "Shortcut+Shift+A");
        t.section("speaker");
        t.menu(null, "speaker");
        for (int digit = 1; digit <= 9; digit++) {
            int d = digit;
            t.add("assign-speaker-" + d, "Assign Speaker " + d, "Assign the speaker with that number in the speaker list",
                    SELECTION, c -> c.assignListedSpeaker(d), Integer.toString(d));
        }
        t.menu("Review", "speaker");
        t.add("choose-speaker", "Choose Speaker\u2026", "Focus the speaker chooser (type a name, Enter)",
                SELECTION, ReviewCommands::chooseSpeaker, "S");
        t.context(true);
        t.add("new-speaker", "New Speaker\u2026", "New speaker\u2026 (name, kind, title) for the selected quote",
                SELECTION, ReviewCommands::newSpeaker, "Shortcut+Shift+N");
        t.add("mention", "Use Selection as Speaker Mention", "Use the text selection as the speaker mention",
                SELECTION_AND_TEXT, ReviewCommands::useSelectionAsMention, "M");
        t.section("extent");
        t.add("add-quote", "Add Quote from Selection", "Add a quote from the text selection",
                ReviewState::hasTextSelection, ReviewCommands::addQuoteFromSelection, "N", "Shortcut+Enter");
        t.add("resize", "Set Extent to Selection", "Set the quote's extent to the text selection",
                SELECTION_AND_TEXT, ReviewCommands::resizeToSelection, "B");
        t.add("extend-end", "Extend End", "Extend the end of the quote", SELECTION, c -> c.moveEnd(+1), "Shift+Right");
        t.add("shrink-end", "Shrink End", "Shrink the end of the quote", SELECTION, c -> c.moveEnd(-1), "Shift+Left");
        t.add("extend-start", "Extend Start", "Extend the start of the quote", SELECTION, c -> c.moveStart(-1), "Alt+Shift+Left");
        t.add("shrink-start", "Shrink Start", "Shrink the start of the quote", SELECTION, c -> c.moveStart(+1), "Alt+Shift+Right");
        t.add("split", "Split at Caret", "Split the quote at the caret", SELECTION, ReviewCommands::splitAtCaret, "X");
        t.add("merge", "Merge with Next Quote", "Merge the quote with the next one", SELECTION, ReviewCommands::mergeWithNext, "G");
        t.add("note", "Note\u2026", "Edit the quote's note", SELECTION, ReviewCommands::editNote, "E");
        t.context(false);
        t.section("go");
        t.add("next", "Next Quote", "Next quote", DOCUMENT, ReviewCommands::nextQuote, "J", "Down");
        t.add("previous", "Previous Quote", "Previous quote", DOCUMENT, ReviewCommands::previousQuote, "K", "Up");
        t.add("next-unreviewed", "Next Unreviewed Quote", "Next unreviewed quote", DOCUMENT, ReviewCommands::nextUnreviewed, "Tab");
        t.add("next-flagged", "Next Flagged Quote", "Next flagged quote in the review queue (riskiest first)",
                FLAGS, ReviewCommands::nextFlagged, "F");
        t.add("previous-flagged", "Previous Flagged Quote", "Previous flagged quote in the review queue",
                FLAGS, ReviewCommands::previousFlagged, "Shift+F");
        t.section("articles");
        t.add("next-article", "Next Article", "Next article of the folder's list (the open one is saved first)",
                WORKSPACE, ReviewCommands::nextArticle, "Alt+Page Down");
        t.add("previous-article", "Previous Article", "Previous article of the folder's list (the open one is saved first)",
                WORKSPACE, ReviewCommands::previousArticle, "Alt+Page Up");

        t.section("compare");
        t.add("compare", "Compare with Another Review\u2026",
                "Compare with another reviewer's file (or folder) of this article: differences, same speaker, kappa",
                DOCUMENT, ReviewCommands::compareReviews, "Shortcut+Shift+C");
        t.add("compare-folder", "Compare with Another Reviewer's Folder\u2026",
                "Compare with the review of this article in another reviewer's folder (matched by document id)",
                DOCUMENT, ReviewCommands::compareReviewFolder);
        t.add("take-mine", "Take Mine", "Compare pane: keep my side of the selected difference (again: reopen it)",
                DOCUMENT, ReviewCommands::takeMine, "Alt+M");
        t.add("take-theirs", "Take Theirs", "Compare pane: take the other reviewer's side of the selected difference",
                DOCUMENT, ReviewCommands::takeTheirs, "Alt+T");
        t.add("take-theirs-all", "Take Theirs for All",
                "Compare pane: take their side of every difference not kept as mine (one undo step)",
                DOCUMENT, ReviewCommands::takeTheirsForAll, "Alt+Shift+T");

        t.menu("Speakers", "speaker");
        t.add("rename-speaker", "Rename Speaker of Quote\u2026", "Rename the selected quote's speaker",
                ATTRIBUTED, ReviewCommands::renameSpeaker, "F2");
        t.add("edit-speaker", "Edit Kind and Title\u2026", "Edit the kind and title of the quote's speaker",
                ATTRIBUTED, ReviewCommands::editSpeaker);
        t.add("merge-speaker", "Merge Another Speaker into This\u2026", "Merge another speaker into the quote's speaker",
                ATTRIBUTED, ReviewCommands::mergeSpeaker);
        t.add("split-alias", "Split Alias Off\u2026", "Split an alias off the quote's speaker",
                ATTRIBUTED, ReviewCommands::splitAlias);
        t.add("reassign-all", "Reassign All Their Quotes to\u2026", "Reassign all the speaker's quotes",
                ATTRIBUTED, ReviewCommands::reassignAll);
        t.section("registry");
        t.add("confirm-speaker", "Confirm Speaker in Registry",
                "Put the quote's speaker in the folder's speaker registry, the same person in every article",
                ATTRIBUTED, ReviewCommands::confirmSpeakerInRegistry);
        t.section("add");
        t.add("add-speaker", "Add Speaker\u2026", "Add a speaker", DOCUMENT, ReviewCommands::addSpeaker);

        t.menu("View", "filter");
        t.add("find", "Find\u2026", "Search quotes and article (Enter: next match in the text, Esc: clear)",
                ALWAYS, ReviewCommands::find, "Shortcut+F");
        t.add("hide-rejected", "Hide Rejected Quotes", "Hide rejected quotes", ALWAYS, ReviewCommands::toggleHideRejected);
        t.add("flagged-only", "Show Flagged Quotes Only", "Show only the quotes the radar flags",
                ALWAYS, ReviewCommands::toggleFlaggedOnly);
        t.add("clear-filters", "Clear Filters", "Clear the filters", ALWAYS, ReviewCommands::clearFilters);
        t.section("panes");
        t.add("review-queue", "Review Queue", "Review queue: the flagged quotes, riskiest first, with their reasons",
                DOCUMENT, ReviewCommands::showReviewQueue, "F7");
        t.add("engine-notes", "Engine Notes\u2026", "Engine notes (an unclosed quotation mark\u2026): choose one to see its place",
                DOCUMENT, ReviewCommands::showEngineNotes, "F8");
        t.section("theme");
        t.toggle(true);
        t.add("dark-theme", "Dark Theme", "Dark theme on or off", ALWAYS, ReviewCommands::toggleDarkTheme, "Shortcut+Shift+D");
        t.toggle(false);

        t.menu("Help", "help");
        t.add("shortcuts", "Keyboard Shortcuts", "This sheet", ALWAYS, ReviewCommands::showShortcuts, "F1");
        return List.copyOf(t.actions);
    }

    /** Fills the table: menu, section and context flag carry over to the actions that follow. */
    private static final class Table {
        final List<ReviewAction> actions = new ArrayList<>();
        String menu;
        String section;
        boolean context;
        boolean toggle;

        void menu(String name, String firstSection) {
            menu = name;
            section = firstSection;
        }

        void section(String name) {
            section = name;
        }

        void context(boolean on) {
            context = on;
        }

        void toggle(boolean on) {
            toggle = on;
        }

        void add(String id, String label, String help, Predicate<ReviewState> enabled, Consumer<ReviewCommands> run,
                 String... keys) {
            actions.add(new ReviewAction(id, label, List.of(keys), menu, section, context, toggle, help, enabled, run));
        }
    }
}
