package org.quoteexplorer.gui.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.quoteexplorer.review.CorpusFigures.QuoteRef;
import org.quoteexplorer.review.CorpusFigures.SpeakerFigures;
import org.quoteexplorer.review.CrossArticleConflicts.Conflict;

/** The Corpus window: speakers table, charts, search and cross-article conflicts of a workspace. */
public final class CorpusView {

    /** Bars beyond this many make the chart unreadable; the table lists every speaker. */
    private static final int MAX_BARS = 25;

    private final CorpusViewModel viewModel;
    private final Stage stage = new Stage();
    private final BarChart<String, Number> perSpeaker = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final BarChart<String, Number> perDate = new BarChart<>(new CategoryAxis(), new NumberAxis());

    public CorpusView(CorpusViewModel viewModel, Window owner, String workspaceName) {
        this.viewModel = viewModel;
        stage.initOwner(owner);
        stage.setTitle("Corpus \u2014 " + workspaceName);
        TabPane tabs = new TabPane(new Tab("Speakers", speakersTab()), new Tab("Charts", chartsTab()),
                new Tab("Search", searchTab()), new Tab("Conflicts", conflictsTab()));
        tabs.setId("corpusTabs");
        tabs.getTabs().forEach(t -> t.setClosable(false));
        Button export = new Button("Export Corpus\u2026");
        export.setId("corpusExport");
        export.setOnAction(e -> chooseExport(false));
        Button exportReviewed = new Button("Export Reviewed Quotes Only\u2026");
        exportReviewed.setOnAction(e -> chooseExport(true));
        Label exported = new Label();
        exported.setId("corpusExportStatus");
        exported.textProperty().bind(viewModel.exportStatusProperty());
        HBox top = new HBox(6, export, exportReviewed, exported);
        top.setPadding(new Insets(6));
        Label status = new Label();
        status.setId("corpusStatus");
        status.textProperty().bind(viewModel.statusProperty());
        status.setPadding(new Insets(4, 8, 4, 8));
        BorderPane root = new BorderPane(tabs);
        root.setBottom(status);
        root.setTop(top);
        stage.setScene(new Scene(root, 900, 620));
        viewModel.speakers().addListener((ListChangeListener<SpeakerFigures>) c -> fillCharts());
    }

    public void show() {
        stage.show();
        viewModel.refresh();
    }

    private Node speakersTab() {
        TableView<SpeakerFigures> table = new TableView<>(viewModel.speakers());
        table.setId("corpusSpeakers");
        table.getColumns().add(column("Speaker", SpeakerFigures::name));
        table.getColumns().add(column("Quotes", SpeakerFigures::quotes));
        table.getColumns().add(column("Articles", SpeakerFigures::articles));
        table.getColumns().add(column("Accepted", s -> CorpusViewModel.percent(s.acceptedShare())));
        table.getColumns().add(column("First date", s -> s.first().map(LocalDate::toString).orElse("")));
        table.getColumns().add(column("Last date", s -> s.last().map(LocalDate::toString).orElse("")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> viewModel.select(now == null ? null : now.key()));
        ListView<QuoteRef> quotes = new ListView<>(viewModel.speakerQuotes());
        quotes.setId("corpusSpeakerQuotes");
        quotes.setCellFactory(list -> cell(q -> q.path() + "  \u2014  \u201C" + q.text() + "\u201D  (" + q.status().code() + ")"));
        quotes.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && quotes.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(quotes.getSelectionModel().getSelectedItem());
            }
        });
        Button open = new Button("Open Article at Quote");
        open.setId("corpusOpenQuote");
        open.disableProperty().bind(quotes.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> viewModel.open(quotes.getSelectionModel().getSelectedItem()));
        VBox lower = new VBox(4, new Label("Quotes of the selected speaker, across articles (double-click to open)"), quotes, open);
        lower.setPadding(new Insets(6));
        SplitPane split = new SplitPane(table, lower);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        return split;
    }

    private Node chartsTab() {
        perSpeaker.setTitle("Quotes per speaker");
        perSpeaker.setLegendVisible(false);
        perSpeaker.setAnimated(false);
        perSpeaker.setId("corpusChartSpeakers");
        perDate.setTitle("Quotes per publication date");
        perDate.setLegendVisible(false);
        perDate.setAnimated(false);
        perDate.setId("corpusChartDates");
        perDate.visibleProperty().bind(viewModel.hasDatesProperty());
        perDate.managedProperty().bind(viewModel.hasDatesProperty());
        Button saveSpeakers = new Button("Save Chart of Speakers as PNG\u2026");
        saveSpeakers.setOnAction(e -> savePng(perSpeaker, "quotes-per-speaker.png"));
        Button saveDates = new Button("Save Chart of Dates as PNG\u2026");
        saveDates.disableProperty().bind(viewModel.hasDatesProperty().not());
        saveDates.setOnAction(e -> savePng(perDate, "quotes-per-date.png"));
        Label noDates = new Label("No reviewed article states its publication date (HTML metadata or Markdown front matter), "
                + "so there is no chart per date.");
        noDates.visibleProperty().bind(viewModel.hasDatesProperty().not());
        noDates.managedProperty().bind(viewModel.hasDatesProperty().not());
        VBox box = new VBox(6, new HBox(6, saveSpeakers, saveDates), perSpeaker, perDate, noDates);
        box.setPadding(new Insets(6));
        return box;
    }

    private void fillCharts() {
        XYChart.Series<String, Number> speakers = new XYChart.Series<>();
        for (Map.Entry<String, Integer> e : viewModel.quotesPerSpeaker(MAX_BARS)) {
            // Two speakers of one name would share a category and hide one bar.
            String name = e.getKey();
            while (containsCategory(speakers, name)) {
                name = name + " ";
            }
            speakers.getData().add(new XYChart.Data<>(name, e.getValue()));
        }
        perSpeaker.getData().setAll(java.util.List.of(speakers));
        XYChart.Series<String, Number> dates = new XYChart.Series<>();
        viewModel.quotesPerDate().forEach((day, n) -> dates.getData().add(new XYChart.Data<>(day.toString(), n)));
        perDate.getData().setAll(java.util.List.of(dates));
    }

    private static boolean containsCategory(XYChart.Series<String, Number> series, String name) {
        return series.getData().stream().anyMatch(d -> d.getXValue().equals(name));
    }

    private void savePng(Node chart, String suggested) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save Chart as PNG");
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path target = file.toPath();
        try {
            Files.write(target, png(chart));
        } catch (IOException e) {
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    "The chart could not be saved to " + target + ": " + e.getMessage()).showAndWait();
        }
    }

    /** The node as it is shown, as PNG bytes. */
    public static byte[] png(Node node) {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] pixels = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels, 0, w);
        return PngEncoder.encode(w, h, pixels);
    }

    private void chooseExport(boolean reviewedOnly) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(reviewedOnly ? "Export Reviewed Quotes of the Corpus" : "Export Corpus");
        chooser.setInitialFileName("corpus.jsonl");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("JSON Lines (one quote per line)", "*.jsonl"),
                new FileChooser.ExtensionFilter("CSV (spreadsheet, the same fields)", "*.csv"),
                new FileChooser.ExtensionFilter("W3C Web Annotation collection (JSON-LD)", "*.jsonld"));
        java.io.File file = chooser.showSaveDialog(stage);
        if (file != null) {
            Path target = file.toPath();
            String name = target.getFileName().toString();
            // The chosen filter decides when the name has no extension of its own.
            if (!name.contains(".") && chooser.getSelectedExtensionFilter() != null) {
                target = target.resolveSibling(name + chooser.getSelectedExtensionFilter().getExtensions().get(0).substring(1));
            }
            viewModel.exportTo(target, reviewedOnly);
        }
    }

    private Node searchTab() {
        TextField query = new TextField();
        query.setId("corpusSearchField");
        query.setPromptText("Words to find in every reviewed article");
        query.setOnAction(e -> viewModel.search(query.getText()));
        Button go = new Button("Search");
        go.setOnAction(e -> viewModel.search(query.getText()));
        Label found = new Label();
        found.textProperty().bind(viewModel.searchStatusProperty());
        ListView<CorpusViewModel.SearchHit> hits = new ListView<>(viewModel.hits());
        hits.setId("corpusSearchHits");
        hits.setCellFactory(list -> cell(h -> h.path() + (h.quoteId() == null ? "" : " (in a quote)") + ":  " + h.snippet()));
        hits.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && hits.getSelectionModel().getSelectedItem() != null) {
                viewModel.open(hits.getSelectionModel().getSelectedItem());
            }
        });
        HBox bar = new HBox(6, query, go, found);
        HBox.setHgrow(query, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(6, bar, hits);
        VBox.setVgrow(hits, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private Node conflictsTab() {
        ListView<Conflict> list = new ListView<>(viewModel.conflicts());
        list.setId("corpusConflicts");
        list.setCellFactory(l -> cell(c -> (c.sameWords() ? "Same words: " : "Nearly the same words: ")
                + c.first().path() + " credits " + c.first().speakerName() + ", " + c.second().path() + " credits "
                + c.second().speakerName() + "  \u2014  " + c.first().text()));
        Button first = new Button("Open First Article");
        first.setId("corpusOpenFirst");
        Button second = new Button("Open Second Article");
        second.setId("corpusOpenSecond");
        first.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        second.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        first.setOnAction(e -> viewModel.open(list.getSelectionModel().getSelectedItem().first()));
        second.setOnAction(e -> viewModel.open(list.getSelectionModel().getSelectedItem().second()));
        VBox box = new VBox(6, new Label("The same words credited to different speakers in two articles"), list,
                new HBox(6, first, second));
        VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        box.setPadding(new Insets(6));
        return box;
    }

    private static <S, T> TableColumn<S, T> column(String title, Function<S, T> value) {
        TableColumn<S, T> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
