package org.quoteexplorer.gui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quoteexplorer.model.AnnotatedArticle;

/** The quote list beside the article: one row per quote, in text order. */
public final class QuoteListViewModel {

    private final DocumentSession session;
    private final ObservableList<QuoteRow> rows = FXCollections.observableArrayList();
    private final ObservableList<QuoteRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    public QuoteListViewModel(DocumentSession session) {
        this.session = session;
        session.lastUpdateProperty().addListener((obs, old, update) -> refresh(update));
        if (session.getDocument() != null) {
            refresh(DocumentUpdate.opened(session.getDocument()));
        }
    }

    public ObservableList<QuoteRow> rows() {
        return readOnlyRows;
    }

    public void select(QuoteRow row) {
        session.select(row == null ? null : row.quoteId());
    }

    /** Index of the selected quote's row, or -1. */
    public int selectedIndex() {
        String id = session.getSelectedQuoteId();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).quoteId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void refresh(DocumentUpdate update) {
        if (update == null) {
            return;
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
