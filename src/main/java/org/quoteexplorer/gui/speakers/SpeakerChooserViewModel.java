package org.quoteexplorer.gui.speakers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/**
 * The searchable speaker chooser of the selected quote. Its entries are the document's speakers
 * plus, while the analyst types a name no speaker has, a "New speaker: …" entry for it.
 */
public final class SpeakerChooserViewModel {

    private final DocumentSession session;
    private final ReviewViewModel review;
    private final ReadOnlyObjectWrapper<ObservableList<SpeakerChoice>> choices =
            new ReadOnlyObjectWrapper<>(this, "choices", FXCollections.emptyObservableList());
    private final ReadOnlyObjectWrapper<SpeakerChoice> current = new ReadOnlyObjectWrapper<>(this, "current");
    private String typed = "";

    public SpeakerChooserViewModel(DocumentSession session, ReviewViewModel review) {
        this.session = session;
        this.review = review;
        session.documentProperty().addListener((obs, old, now) -> refresh());
        session.selectedQuoteIdProperty().addListener((obs, old, now) -> refresh());
        refresh();
    }

    /**
     * The entries, as a new unmodifiable list on every change: ControlsFX's chooser filters its
     * items through a FilteredList that breaks when the list under it shrinks in place.
     */
    public ReadOnlyObjectProperty<ObservableList<SpeakerChoice>> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public List<SpeakerChoice> getChoices() {
        return choices.get();
    }

    /** The speaker of the selected quote, as a choice; null when nothing is selected or unattributed. */
    public ReadOnlyObjectProperty<SpeakerChoice> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The analyst's search text: offers a new speaker of that name unless one exists. */
    public void setTypedName(String text) {
        typed = text == null ? "" : text.strip();
        refreshChoices();
    }

    public void choose(SpeakerChoice choice) {
        if (choice == null || choice.equals(current.get())) {
            return;
        }
        if (choice.isNew()) {
            review.reassignSelectedToNewSpeaker(choice.name(), SpeakerKind.PERSON, null);
        } else {
            review.reassignSelected(choice.speakerId());
        }
    }

    private void refresh() {
        // the current speaker first: a combo box whose value leaves its item list trips over it
        AnnotatedArticle document = session.getDocument();
        Optional<Quote> selected = session.selectedQuote();
        current.set(selected.flatMap(q -> document.speaker(q.speakerId())).map(this::choiceOf).orElse(null));
        refreshChoices();
    }

    private void refreshChoices() {
        AnnotatedArticle document = session.getDocument();
        List<SpeakerChoice> fresh = new ArrayList<>();
        if (document != null) {
            document.speakers().forEach(s -> fresh.add(choiceOf(s)));
            boolean known = document.speakers().stream().anyMatch(s -> s.name().equalsIgnoreCase(typed)
                    || s.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(typed)));
            if (!typed.isEmpty() && !known) {
                fresh.add(SpeakerChoice.newSpeaker(typed));
            }
        }
        if (!fresh.equals(choices.get())) {
            choices.set(FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(fresh)));
        }
    }

    private SpeakerChoice choiceOf(Speaker speaker) {
        return new SpeakerChoice(speaker.id(), speaker.name(), speaker.title() == null ? "" : speaker.title(),
                session.palette().styleClassOf(speaker.id()),
                speaker.title() != null && speaker.titleSource() == org.quoteexplorer.model.TitleSource.SPEAKER_LIST);
    }
}
