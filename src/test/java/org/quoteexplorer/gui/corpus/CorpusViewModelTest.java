package org.quoteexplorer.gui.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quoteexplorer.gui.common.BackgroundRunner;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.io.WorkspaceFolder;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.review.CorpusFigures.SpeakerFigures;
import org.quoteexplorer.review.SpeakerRegistry;
import org.quoteexplorer.review.Workspace;

class CorpusViewModelTest {

    @TempDir
    Path folder;
    private final List<String> opened = new ArrayList<>();
    private CorpusViewModel viewModel;

    @BeforeEach
    void twoArticlesCreditTheSameWordsToDifferentPeople() throws IOException {
        save("monday.txt", LocalDate.of(2025, 3, 3), new String[][] {
                {"the harbour will reopen in spring", "Ann Field", "accepted"},
                {"we have the money", "Tom Brook", "suggested"}});
        save("tuesday.txt", LocalDate.of(2025, 3, 4), new String[][] {
                {"the harbour will reopen in spring", "Tom Brook", "suggested"},
                {"Ségolène knows the budget", "Ann Field", "corrected"}});
        Files.writeString(folder.resolve("unopened.txt"), "Nothing reviewed here about the harbour.");
        Workspace workspace = Workspace.open(WorkspaceFolder.at(folder));
        viewModel = new CorpusViewModel(workspace, SpeakerRegistry.empty(), BackgroundRunner.inPlace(),
                (path, quoteId) -> opened.add(path + "#" + quoteId));
        viewModel.refresh();
    }

    @Test
    void speakersTableCountsQuotesArticlesAcceptedShareAndDates() {
        assertThat(viewModel.speakers()).extracting(SpeakerFigures::name).containsExactly("Ann Field", "Tom Brook");
        SpeakerFigures ann = viewModel.speakers().get(0);
        assertThat(List.of(ann.quotes(), ann.articles())).containsExactly(2, 2);
        assertThat(CorpusViewModel.percent(ann.acceptedShare())).isEqualTo("100 %");
        assertThat(ann.first()).contains(LocalDate.of(2025, 3, 3));
        assertThat(ann.last()).contains(LocalDate.of(2025, 3, 4));
        assertThat(viewModel.hasDatesProperty().get()).isTrue();
        assertThat(viewModel.quotesPerDate()).containsExactly(Map.entry(LocalDate.of(2025, 3, 3), 2),
                Map.entry(LocalDate.of(2025, 3, 4), 2));
        assertThat(viewModel.quotesPerSpeaker(1)).containsExactly(Map.entry("Ann Field", 2));
        assertThat(viewModel.statusProperty().get()).contains("4 quotes by 2 speakers in 2 reviewed articles");
    }

    @Test
    void aSpeakersQuotesAcrossArticlesOpenTheirArticleAtTheQuote() {
        viewModel.select(viewModel.speakers().get(1).key());

        assertThat(viewModel.speakerQuotes()).extracting(q -> q.path() + ":" + q.text())
                .containsExactly("monday.txt:we have the money", "tuesday.txt:the harbour will reopen in spring");
        viewModel.open(viewModel.speakerQuotes().get(1));
        assertThat(opened).containsExactly("tuesday.txt#q1");
    }

    @Test
    void searchFindsWordsInEveryReviewedArticleIgnoringCaseAndAccents() {
        viewModel.search("SEGOLENE");

        assertThat(viewModel.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.path()).isEqualTo("tuesday.txt");
            assertThat(hit.quoteId()).isEqualTo("q2");
            assertThat(hit.snippet()).contains("Ségolène knows");
        });

        viewModel.search("harbour will");
        assertThat(viewModel.hits()).extracting(CorpusViewModel.SearchHit::path).containsExactly("monday.txt", "tuesday.txt");
        viewModel.open(viewModel.hits().get(0));
        assertThat(opened).containsExactly("monday.txt#q1");

        viewModel.search("nowhere to be found");
        assertThat(viewModel.hits()).isEmpty();
        assertThat(viewModel.searchStatusProperty().get()).isEqualTo("Not found in any reviewed article");
    }

    @Test
    void aNewerSearchHidesTheResultOfAnOlderOneThatFinishesLater() {
        List<Runnable> pending = new ArrayList<>();
        BackgroundRunner later = new BackgroundRunner() {
            @Override
            public <T> void run(String message, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> ok,
                    java.util.function.Consumer<Throwable> failed) {
                pending.add(() -> BackgroundRunner.inPlace().run(message, work, ok, failed));
            }
        };
        CorpusViewModel slow;
        try {
            slow = new CorpusViewModel(Workspace.open(WorkspaceFolder.at(folder)), SpeakerRegistry.empty(), later, (p, q) -> { });
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        slow.search("money");
        slow.search("spring");

        pending.get(1).run();
        pending.get(0).run();

        assertThat(slow.hits()).extracting(CorpusViewModel.SearchHit::snippet).allMatch(s -> s.contains("spring"));
    }

    @Test
    void conflictsNameBothArticlesOpenEitherAndFlagTheQuoteInEach() {
        assertThat(viewModel.conflicts()).singleElement().satisfies(c -> {
            assertThat(List.of(c.first().path(), c.second().path())).containsExactly("monday.txt", "tuesday.txt");
            assertThat(c.sameWords()).isTrue();
        });

        viewModel.open(viewModel.conflicts().get(0).second());
        assertThat(opened).containsExactly("tuesday.txt#q1");
        Map<String, List<Flag>> monday = viewModel.flagsFor("monday.txt");
        assertThat(monday).containsOnlyKeys("q1");
        assertThat(monday.get("q1")).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FlagCode.CONFLICT);
            assertThat(f.reason()).contains("tuesday.txt").contains("Tom Brook");
        });
        assertThat(viewModel.flagsFor("tuesday.txt")).containsOnlyKeys("q1");
        assertThat(viewModel.flagsFor("unopened.txt")).isEmpty();
    }

    private void save(String name, LocalDate day, String[][] quotes) throws IOException {
        CorpusFixtures.save(folder, name, day, quotes);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} reviewed only: {1}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            corpus.jsonl,  false
            corpus.csv,    false
            corpus.jsonld, false
            corpus.csv,    true
            """)
    void exportFromTheWindowWritesTheSameFileAsTheCommandLine(String name, boolean reviewedOnly, @TempDir Path out)
            throws Exception {
        // Outside the workspace: the command line would take a W3C corpus there for a review.
        Path fromWindow = out.resolve("window-" + name);
        Path fromCli = out.resolve("cli-" + name);

        viewModel.exportTo(fromWindow, reviewedOnly);
        List<String> args = new ArrayList<>(List.of("export", "--corpus", fromCli.toString()));
        if (reviewedOnly) {
            args.add("--reviewed");
        }
        args.add(folder.toString());
        int exit = org.quoteexplorer.cli.QuoteExplorerCommand.commandLine()
                .setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                .execute(args.toArray(String[]::new));

        assertThat(exit).isZero();
        assertThat(Files.readString(fromWindow)).isEqualTo(Files.readString(fromCli));
        long rows = reviewedOnly ? 2 : 4;
        assertThat(viewModel.exportStatusProperty().get()).startsWith("Wrote " + rows + " quotes of 2 articles to ");
        if (!name.endsWith(".jsonld")) {
            assertThat(Files.readAllLines(fromWindow)).hasSize((int) rows + (name.endsWith(".csv") ? 1 : 0));
        }
    }

    @Test
    void aRegistryOnlySeededInTheWindowLinksNoSpeakerAndASavedOneLinksThemAsTheCommandLineDoes(@TempDir Path out)
            throws Exception {
        SpeakerRegistry seeded = SpeakerRegistry.seeded(List.of(new org.quoteexplorer.model.Speaker("s1", "Ann Field",
                org.quoteexplorer.model.SpeakerKind.PERSON, null, List.of())), java.time.Instant.parse("2025-03-07T10:00:00Z"));
        CorpusViewModel window = new CorpusViewModel(Workspace.open(WorkspaceFolder.at(folder)), seeded,
                BackgroundRunner.inPlace(), (path, quoteId) -> { });

        window.exportTo(out.resolve("unsaved.jsonl"), false);
        org.quoteexplorer.io.SpeakerRegistryFile.update(WorkspaceFolder.at(folder), entries -> seeded.entries());
        window.exportTo(out.resolve("saved.jsonl"), false);
        int exit = org.quoteexplorer.cli.QuoteExplorerCommand.commandLine()
                .setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                .execute("export", "--corpus", out.resolve("cli.jsonl").toString(), folder.toString());

        assertThat(exit).isZero();
        assertThat(Files.readString(out.resolve("unsaved.jsonl"))).doesNotContain(seeded.entries().get(0).id());
        assertThat(Files.readString(out.resolve("saved.jsonl"))).contains(seeded.entries().get(0).id())
                .isEqualTo(Files.readString(out.resolve("cli.jsonl")));
    }

    @Test
    void dottedNamesAndAReviewWhoseArticleWasDeletedExportAsTheCommandLineDoes(@TempDir Path out) throws Exception {
        // the article path orders "monday.part2.txt" after "monday.txt"; the review files the other way
        save("monday.part2.txt", LocalDate.of(2025, 3, 5), new String[][] {{"the quay stays shut", "Ann Field", "accepted"}});
        save("gone.txt", LocalDate.of(2025, 3, 6), new String[][] {{"we never met", "Tom Brook", "accepted"}});
        Files.delete(folder.resolve("gone.txt"));
        Path fromWindow = out.resolve("window.jsonl");
        Path fromCli = out.resolve("cli.jsonl");

        viewModel.exportTo(fromWindow, false);
        int exit = org.quoteexplorer.cli.QuoteExplorerCommand.commandLine()
                .setOut(new java.io.PrintWriter(java.io.Writer.nullWriter()))
                .execute("export", "--corpus", fromCli.toString(), folder.toString());

        assertThat(exit).isZero();
        assertThat(Files.readString(fromWindow)).isEqualTo(Files.readString(fromCli)).contains("the quay stays shut", "we never met");
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhereInTheStatus() throws Exception {
        Path target = folder.resolve("no-such-folder").resolve("corpus.jsonl");

        viewModel.exportTo(target, false);

        assertThat(viewModel.exportStatusProperty().get()).startsWith("The corpus was not written to " + target);
    }
}
