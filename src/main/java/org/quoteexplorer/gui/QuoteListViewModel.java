package org.quoteexplorer.gui;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;

/**
 * The quote list beside the article: one row per quote, in text order, narrowed by the filters
 * (speaker, status, type, text). Navigation visits the rows it shows.
 */
public final class QuoteListViewModel {

    private final DocumentSession session;
    private final ObservableList<QuoteRow> rows = FXCollections.observableArrayList();
    private final ObservableList<QuoteRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final FilteredList<QuoteRow> visibleRows = new FilteredList<>(readOnlyRows);
    private final ObservableList<QuoteRow> readOnlyVisibleRows = FXCollections.unmodifiableObservableList(visibleRows);
    private final ObjectProperty<String> speakerFilter = new SimpleObjectProperty<>(this, "speakerFilter");
    private final ObjectProperty<QuoteStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final BooleanProperty hideRejected = new SimpleBooleanProperty(this, "hideRejected");
    private final ObjectProperty<QuoteType> typeFilter = new SimpleObjectProperty<>(this, "typeFilter");
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectBinding<QuoteFilter> filter;

    public QuoteListViewModel(DocumentSession session) {
        this.session = session;
        filter = Bindings.createObjectBinding(() -> new QuoteFilter(speakerFilter.get(), statusFilter.get(),
                hideRejected.get(), typeFilter.get(), searchText.get()),
                speakerFilter, statusFilter, hideRejected, typeFilter, searchText);
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(() -> {
            QuoteFilter now = filter.get();
            return now.isAll() ? null : now::accepts;
        }, filter));
        session.lastUpdateProperty().addListener((obs, old, update) -> refresh(update));
        if (session.getDocument() != null) {
            refresh(DocumentUpdate.opened(session.getDocument()));
        }
    }

    /** Every quote, filtered or not. */
    public ObservableList<QuoteRow> rows() {
        return readOnlyRows;
    }

    /** The quotes the filters let through: what the list shows. */
    public ObservableList<QuoteRow> visibleRows() {
        return readOnlyVisibleRows;
    }

    public ObjectBinding<QuoteFilter> filterBinding() {
        return filter;
    }

    /** Speaker id to show only, {@link QuoteFilter#UNATTRIBUTED}, or null for everyone. */
    public ObjectProperty<String> speakerFilterProperty() {
        return speakerFilter;
    }

    public ObjectProperty<QuoteStatus> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty hideRejectedProperty() {
        return hideRejected;
    }

    public ObjectProperty<QuoteType> typeFilterProperty() {
        return typeFilter;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public void clearFilters() {
        speakerFilter.set(null);
        statusFilter.set(null);
        hideRejected.set(false);
        typeFilter.set(null);
        searchText.set("");
    }

    /** Ids of the quotes shown, in text order. */
    public List<String> visibleQuoteIds() {
        return visibleRows.stream().map(QuoteRow::quoteId).toList();
    }

    public Set<String> hiddenQuoteIds() {
        Set<String> visible = Set.copyOf(visibleQuoteIds());
        return rows.stream().map(QuoteRow::quoteId).filter(id -> !visible.contains(id)).collect(Collectors.toSet());
    }

    public void select(QuoteRow row) {
        session.select(row == null ? null : row.quoteId());
    }

    /** Index of the selected quote among the visible rows, or -1. */
    public int selectedIndex() {
        String id = session.getSelectedQuoteId();
        for (int i = 0; i < visibleRows.size(); i++) {
            if (visibleRows.get(i).quoteId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void refresh(DocumentUpdate update) {
        if (update == null) {
            return;
        }
        if (update.isNewDocument()) {
            clearFilters();
        }
        AnnotatedArticle document = update.document();
        List<QuoteRow> fresh = document.quotes().stream().map(q -> QuoteRow.of(document, q, session.palette())).toList();
        boolean sameQuotes = fresh.size() == rows.size();
        for (int i = 0; sameQuotes && i < fresh.size(); i++) {
            sameQuotes = fresh.get(i).quoteId().equals(rows.get(i).quoteId());
        }
        if (!sameQuotes) {
            rows.setAll(fresh);
            return;
        }
        // replacing only the rows that differ keeps the list's selection and scroll position
        for (int i = 0; i < fresh.size(); i++) {
            if (!fresh.get(i).equals(rows.get(i))) {
                rows.set(i, fresh.get(i));
            }
        }
    }
}
