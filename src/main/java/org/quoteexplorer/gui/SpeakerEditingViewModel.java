package org.quoteexplorer.gui;

import java.util.List;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Speaker;

/**
 * Edits of speakers, from the legend: rename, kind and title, merge two, split an alias off,
 * reassign all quotes, delete an unused one. Bulk changes are one undo step each.
 */
public final class SpeakerEditingViewModel {

    private final DocumentSession session;
    private final ReviewViewModel review;
    private final DialogService dialogs;

    public SpeakerEditingViewModel(DocumentSession session, ReviewViewModel review, DialogService dialogs) {
        this.session = session;
        this.review = review;
        this.dialogs = dialogs;
    }

    private AnnotatedArticle document() {
        return session.getDocument();
    }

    private Speaker speaker(String speakerId) {
        return document().speaker(speakerId).orElseThrow(() -> new IllegalArgumentException("no speaker " + speakerId));
    }

    public void rename(String speakerId) {
        Speaker speaker = speaker(speakerId);
        dialogs.askText("Rename speaker", "Name", speaker.name())
                .filter(name -> !name.isBlank() && !name.strip().equals(speaker.name()))
                .ifPresent(name -> review.perform(() -> review.edits().renameSpeaker(document(), speakerId, name)));
    }

    public void editDetails(String speakerId) {
        Speaker speaker = speaker(speakerId);
        DialogService.SpeakerForm initial = new DialogService.SpeakerForm(speaker.name(), speaker.kind(),
                speaker.title() == null ? "" : speaker.title());
        // the analyst deciding on a title should know the article never gave this one
        String heading = speaker.title() != null && speaker.titleSource() == org.quoteexplorer.model.TitleSource.SPEAKER_LIST
                ? "Edit speaker (title " + LegendEntry.FROM_LIST + ": the article gives none)" : "Edit speaker";
        dialogs.askSpeaker(heading, initial).ifPresent(form -> {
            if (!form.name().isBlank() && !form.name().strip().equals(speaker.name())) {
                review.perform(() -> review.edits().renameSpeaker(document(), speakerId, form.name()));
            }
            if (form.kind() != speaker.kind() || !form.title().strip().equals(initial.title())) {
                review.perform(() -> review.edits().editSpeaker(document(), speakerId, form.kind(), form.title()));
            }
        });
    }

    /** Another speaker is absorbed into this one: their quotes and aliases come along. */
    public void mergeInto(String keptId) {
        dialogs.askChoice("Merge speakers", "Merge into " + speaker(keptId).name(), others(keptId), Speaker::name)
                .ifPresent(absorbed -> review.perform(() -> review.edits().mergeSpeakers(document(), keptId, absorbed.id())));
    }

    public void splitAlias(String speakerId) {
        Speaker speaker = speaker(speakerId);
        if (speaker.aliases().isEmpty()) {
            review.say(speaker.name() + " has no aliases to split off");
            return;
        }
        dialogs.askChoice("Split alias", "Alias of " + speaker.name() + " that is someone else", speaker.aliases(), alias -> alias)
                .ifPresent(alias -> review.perform(() -> review.edits().splitAlias(document(), speakerId, alias)));
    }

    public void reassignAll(String fromId) {
        dialogs.askChoice("Reassign all quotes", "All quotes of " + speaker(fromId).name() + " go to", others(fromId), Speaker::name)
                .ifPresent(to -> review.perform(() -> review.edits().reassignAll(document(), fromId, to.id())));
    }

    public void delete(String speakerId) {
        review.perform(() -> review.edits().deleteSpeaker(document(), speakerId));
    }

    /** Adds a speaker nobody is quoted as yet, e.g. to assign with a digit key next. */
    public void addSpeaker() {
        dialogs.askSpeaker("New speaker", new DialogService.SpeakerForm("", org.quoteexplorer.model.SpeakerKind.PERSON, ""))
                .ifPresent(form -> review.perform(() -> review.edits().addSpeaker(document(), form.name(), form.kind(), form.title())));
    }

    private List<Speaker> others(String speakerId) {
        return document().speakers().stream().filter(s -> !s.id().equals(speakerId)).toList();
    }
}
