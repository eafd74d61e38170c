package org.quoteexplorer.gui.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.review.CorpusFigures.QuoteRef;
import org.quoteexplorer.review.CorpusFigures.SpeakerFigures;
import org.quoteexplorer.review.CorpusFigures;
import org.quoteexplorer.review.CrossArticleConflicts.Conflict;
import org.quoteexplorer.review.CrossArticleConflicts.Side;
import org.quoteexplorer.review.CrossArticleConflicts;
import org.quoteexplorer.review.SpeakerRegistry;
import org.quoteexplorer.review.Workspace;

/**
 * What the Corpus window shows of a workspace: who is quoted how much, when, all quotes of one
 * speaker, a search through every article and the quotes credited to different speakers in two
 * articles. Reading the saved reviews is slow for a large folder, so every read runs on the
 * background runner and only its results are set here, on the caller's (FX) thread.
 */
public final class CorpusViewModel {

    /** Opens an article of the workspace at a quote, or at its start when {@code quoteId} is null. */
    @FunctionalInterface
    public interface Navigator {
        void open(String path, String quoteId);
    }

    /**
     * A place in an article where the searched words occur.
     *
     * @param quoteId the quote the words are in, or {@code null} when they are outside any quote
     */
    public record SearchHit(String path, String title, int offset, String snippet, String quoteId) {
    }

    /** Hits beyond this many are not listed: a common word would otherwise list the whole corpus. */
    static final int MAX_HITS = 500;
    private static final int SNIPPET_SIDE = 40;

    private final Workspace workspace;
    private final SpeakerRegistry registry;
    private final BackgroundRunner runner;
    private final Navigator navigator;
    private final ObservableList<SpeakerFigures> speakers = FXCollections.observableArrayList();
    private final ObservableList<QuoteRef> speakerQuotes = FXCollections.observableArrayList();
    private final ObservableList<Conflict> conflicts = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper exportStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper searchStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasDates = new ReadOnlyBooleanWrapper(false);
    /** Each search gets a number: a slow search that finishes after a newer one must not show. */
    private final AtomicInteger searches = new AtomicInteger();
    private CorpusFigures figures;
    private String selected;

    public CorpusViewModel(Workspace workspace, SpeakerRegistry registry, BackgroundRunner runner, Navigator navigator) {
        this.workspace = workspace;
        this.registry = registry;
        this.runner = runner;
        this.navigator = navigator;
    }

    private record Results(CorpusFigures figures, List<Conflict> conflicts, List<String> problems) {
    }

    /** Reads every saved review once, for both the figures and the conflicts. */
    public void refresh() {
        status.set("Reading the reviews of " + workspace.name() + "\u2026");
        runner.run("Reading the reviews of " + workspace.name(), () -> {
            CorpusFigures.Builder builder = CorpusFigures.builder(registry);
            CrossArticleConflicts.Finder finder = CrossArticleConflicts.finder(registry);
            List<String> problems = workspace.forEachReview((path, review) -> {
                builder.add(path, review, review.article().published());
                finder.add(path, review);
            });
            CorpusFigures built = builder.build();
            return new Results(built, finder.conflicts(), problems);
        }, this::show, failure -> status.set("The reviews could not be read: " + failure.getMessage()));
    }

    private void show(Results results) {
        figures = results.figures();
        speakers.setAll(figures.speakers());
        conflicts.setAll(results.conflicts());
        hasDates.set(!figures.quotesPerDate().isEmpty());
        status.set(figures.quotes() + (figures.quotes() == 1 ? " quote" : " quotes") + " by " + figures.speakers().size()
                + (figures.speakers().size() == 1 ? " speaker" : " speakers") + " in " + figures.articles()
                + (figures.articles() == 1 ? " reviewed article" : " reviewed articles") + "; " + conflicts.size()
                + (conflicts.size() == 1 ? " conflict" : " conflicts") + " between articles"
                + (results.problems().isEmpty() ? "" : "; left out, unreadable: " + String.join("; ", results.problems())));
        if (selected != null) {
            select(selected);
        }
    }

    /** Lists the quotes of the speaker with this {@link SpeakerFigures#key()}. */
    public void select(String key) {
        selected = key;
        speakerQuotes.setAll(figures == null || key == null ? List.of() : figures.quotesOf(key));
    }

    /** The {@code max} most quoted speakers, by name, for the bar chart; the rest would not fit. */
    public List<Map.Entry<String, Integer>> quotesPerSpeaker(int max) {
        if (figures == null) {
            return List.of();
        }
        List<Map.Entry<String, Integer>> all = figures.quotesPerSpeaker();
        return all.subList(0, Math.min(max, all.size()));
    }

    /** Quotes per publication day, oldest first; empty when no reviewed article has a date. */
    public Map<LocalDate, Integer> quotesPerDate() {
        return figures == null ? Map.of() : new LinkedHashMap<>(figures.quotesPerDate());
    }

    /** Searches the text of every reviewed article for {@code words}, case and accents aside. */
    public void search(String words) {
        int number = searches.incrementAndGet();
        String needle = fold(words == null ? "" : words.strip());
        if (needle.isEmpty()) {
            hits.clear();
            searchStatus.set("");
            return;
        }
        searchStatus.set("Searching\u2026");
        runner.run("Searching the workspace", () -> {
            List<SearchHit> found = new ArrayList<>();
            boolean[] more = {false};
            workspace.forEachReview((path, review) -> {
                if (searches.get() != number || found.size() >= MAX_HITS) {
                    more[0] |= found.size() >= MAX_HITS;
                    return;
                }
                findIn(path, review, needle, found);
            });
            return new SearchResult(found, more[0] || found.size() > MAX_HITS);
        }, result -> {
            if (searches.get() != number) {
                return;
            }
            List<SearchHit> shown = result.hits().subList(0, Math.min(MAX_HITS, result.hits().size()));
            hits.setAll(shown);
            searchStatus.set(shown.isEmpty() ? "Not found in any reviewed article"
                    : shown.size() + (shown.size() == 1 ? " place" : " places") + (result.more() ? " (the first "
                            + MAX_HITS + " shown)" : ""));
        }, failure -> {
            if (searches.get() == number) {
                searchStatus.set("The search stopped: " + failure.getMessage());
            }
        });
    }

    private record SearchResult(List<SearchHit> hits, boolean more) {
    }

    /**
     * Case and accents are folded char by char, so that an offset in the folded text is the
     * same offset in the article; a letter whose folded form has another length stays as it is.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String plain = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
            out.append(plain.length() == 1 ? plain.charAt(0) : Character.toLowerCase(c));
        }
        return out.toString();
    }

    private static void findIn(String path, AnnotatedArticle review, String needle, List<SearchHit> found) {
        String text = review.text();
        String folded = fold(text);
        for (int at = folded.indexOf(needle); at >= 0 && found.size() <= MAX_HITS; at = folded.indexOf(needle, at + 1)) {
            String quoteId = null;
            for (Quote q : review.quotes()) {
                if (q.span().start() <= at && at < q.span().end()) {
                    quoteId = q.id();
                    break;
                }
            }
            int from = Math.max(0, at - SNIPPET_SIDE);
            int to = Math.min(text.length(), at + needle.length() + SNIPPET_SIDE);
            String snippet = (from > 0 ? "\u2026" : "") + text.substring(from, to).replace('\n', ' ')
                    + (to < text.length() ? "\u2026" : "");
            found.add(new SearchHit(path, review.article().title(), at, snippet, quoteId));
        }
    }

    /**
     * Writes the reviewed articles to one corpus file, its format by the file's extension
     * ({@code .csv}, {@code .jsonld}, else JSON Lines), speakers named by the registry when the
     * workspace has saved one: what {@code export --corpus} writes for the same folder.
     */
    public void exportTo(java.nio.file.Path target, boolean reviewedOnly) {
        org.quoteexplorer.io.CorpusWriter.Kind kind = org.quoteexplorer.io.CorpusWriter.Kind.ofFileName(target.getFileName().toString());
        // A registry only seeded in this window, not yet saved, has ids no file holds: the command
        // line finds no registry in such a folder, and the export must not point to one either.
        org.quoteexplorer.review.CorpusExport.Linker link = registry.size() == 0
                || !org.quoteexplorer.io.SpeakerRegistryFile.exists(workspace.folder()) ? null
                : new org.quoteexplorer.review.CorpusExport.Linker(registry);
        java.nio.file.Path root = workspace.folder().root();
        exportStatus.set("Writing " + target.getFileName() + "\u2026");
        // The review files as export --corpus finds them in the folder, in its order: the same
        // file, byte for byte, whichever way it was written.
        runner.run("Exporting the corpus", () -> {
            List<java.nio.file.Path> files = org.quoteexplorer.io.AnnotationFiles.reviewsIn(root);
            long quotes = org.quoteexplorer.io.CorpusWriter.write(files, target, kind, workspace.name(), link,
                    reviewedOnly ? org.quoteexplorer.review.CorpusExport::isConfirmed : q -> true);
            return new long[] {quotes, files.size()};
        }, written -> exportStatus.set("Wrote " + written[0] + (written[0] == 1 ? " quote" : " quotes") + " of " + written[1]
                        + (written[1] == 1 ? " article" : " articles") + " to " + target
                        + (link == null ? "" : " (" + link.unlinked() + " with a speaker not in the registry)")),
                failure -> exportStatus.set("The corpus was not written to " + target + ": " + failure.getMessage()));
    }

    public ReadOnlyStringProperty exportStatusProperty() {
        return exportStatus.getReadOnlyProperty();
    }

    /** Opens the article of a speaker's quote at that quote. */
    public void open(QuoteRef quote) {
        navigator.open(quote.path(), quote.quoteId());
    }

    /** Opens one of the two articles of a conflict at its quote. */
    public void open(Side side) {
        navigator.open(side.path(), side.quoteId());
    }

    public void open(SearchHit hit) {
        navigator.open(hit.path(), hit.quoteId());
    }

    /**
     * Conflict flags for the quotes of one article, by quote id, from the last refresh: what the
     * article's review queue adds to the radar's flags.
     */
    public Map<String, List<Flag>> flagsFor(String path) {
        return CrossArticleConflicts.flagsFor(path, conflicts);
    }

    public ObservableList<SpeakerFigures> speakers() {
        return speakers;
    }

    public ObservableList<QuoteRef> speakerQuotes() {
        return speakerQuotes;
    }

    public ObservableList<Conflict> conflicts() {
        return conflicts;
    }

    public ObservableList<SearchHit> hits() {
        return hits;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty searchStatusProperty() {
        return searchStatus.getReadOnlyProperty();
    }

    /** Whether any reviewed article has a publication date, so that the chart per date means something. */
    public ReadOnlyBooleanProperty hasDatesProperty() {
        return hasDates.getReadOnlyProperty();
    }

    /** A share 0..1 as the table shows it. */
    public static String percent(double share) {
        return Math.round(share * 100) + " %";
    }
}
