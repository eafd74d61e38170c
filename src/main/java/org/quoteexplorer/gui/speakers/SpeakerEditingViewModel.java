package org.quoteexplorer.gui.speakers;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.quoteexplorer.gui.common.DialogService;
import org.quoteexplorer.gui.document.DocumentSession;
import org.quoteexplorer.gui.queue.ReviewViewModel;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.RegistryChange;
import org.quoteexplorer.review.RegistryEdits;
import org.quoteexplorer.review.RegistryHistory;
import org.quoteexplorer.review.SpeakerRegistry;
import org.quoteexplorer.review.Workspace;
import org.quoteexplorer.review.edit.Change;

/**
 * Edits of speakers, from the legend: rename, kind and title, merge two, split an alias off,
 * reassign all quotes, delete an unused one. Bulk changes are one undo step each.
 *
 * <p>In a workspace, confirming a speaker puts it in the folder's speaker registry, and renaming
 * or merging a speaker linked to the registry renames or merges the registry entry in every
 * article that has it ({@link RegistryEdits}); Undo Registry Change takes such a change back
 * everywhere at once. The open article's part is also an ordinary edit of the window.
 */
public final class SpeakerEditingViewModel {

    private final DocumentSession session;
    private final ReviewViewModel review;
    private final DialogService dialogs;
    private Workspace workspace;
    private RegistryHistory registryHistory;
    private String articlePath;

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

    /**
     * The workspace the open article belongs to, its registry's undo history (one per workspace
     * window) and the article's path in it; {@code null} workspace outside one.
     */
    public void useWorkspace(Workspace newWorkspace, RegistryHistory history, String path) {
        workspace = newWorkspace;
        registryHistory = history;
        articlePath = path;
        session.palette().useRegistry(newWorkspace == null ? null : newWorkspace::registry);
        session.palette().follow(document());
    }

    /** Whether the open article is edited as an article of {@code ws}, with its registry. */
    public boolean isIn(Workspace ws) {
        return ws != null && workspace == ws;
    }

    private SpeakerRegistry registry() {
        return workspace == null ? null : workspace.registry();
    }

    /** The registry entry a speaker of the open article is linked to, if in a workspace. */
    private Optional<String> linkedEntry(Speaker speaker) {
        SpeakerRegistry registry = registry();
        return registry == null || speaker.registryId() == null ? Optional.empty()
                : registry.byId(speaker.registryId()).map(e -> e.id());
    }

    /** Puts the speaker in the workspace's registry, linked, so other articles know them. */
    public void confirmInRegistry(String speakerId) {
        if (workspace == null) {
            review.say("A speaker registry belongs to a folder of articles: open the folder to confirm speakers in it");
            return;
        }
        performRegistry(() -> RegistryEdits.confirm(workspace.registry(), articlePath, document(), speakerId, Instant.now()));
    }

    /** Takes the last registry change back in every article it touched. */
    public void undoRegistryChange() {
        if (registryHistory == null || !registryHistory.canUndo()) {
            review.say("No registry change to undo");
            return;
        }
        try {
            RegistryHistory.Step step = registryHistory.undo(Set.of(articlePath));
            applyHere(step.change(), "Undo " + step.change().description());
            report("Undone: " + step.change().description(), step.applied());
        } catch (IOException e) {
            review.say("Could not save the speaker registry: " + e.getMessage());
        }
    }

    private void performRegistry(Supplier<RegistryChange> build) {
        RegistryChange change;
        try {
            change = build.get();
        } catch (IllegalArgumentException e) {
            review.say(e.getMessage());
            return;
        }
        try {
            Workspace.Applied applied = registryHistory.perform(change, Set.of(articlePath));
            applyHere(change, change.description());
            report(change.description(), applied);
        } catch (IOException e) {
            review.say("Could not save the speaker registry: " + e.getMessage());
        }
    }

    /**
     * The open article's part of a registry change, as one edit of the window; left when the
     * article changed since (an undo must not take the analyst's later edits with it).
     */
    private void applyHere(RegistryChange change, String description) {
        AnnotatedArticle now = document();
        change.articles().stream().filter(a -> a.path().equals(articlePath)).findFirst().ifPresent(part -> {
            if (sameContent(now, part.after())) {
                return;
            }
            if (!sameContent(now, part.before())) {
                review.say(description + ": this article changed since; its speakers were left as they are");
                return;
            }
            Map<String, Quote> was = new java.util.HashMap<>();
            now.quotes().forEach(q -> was.put(q.id(), q));
            List<Quote> before = new ArrayList<>();
            List<Quote> changed = new ArrayList<>();
            for (Quote q : part.after().quotes()) {
                Quote old = was.get(q.id());
                if (old != null && !old.equals(q)) {
                    before.add(old);
                    changed.add(q);
                }
            }
            review.perform(() -> new Change(description, before, changed, now.speakers(), part.after().speakers()));
        });
    }

    /** Speakers and quotes alike; the radar's assessments are worked out again anyway. */
    private static boolean sameContent(AnnotatedArticle a, AnnotatedArticle b) {
        return a.speakers().equals(b.speakers()) && a.quotes().equals(b.quotes());
    }

    private void report(String done, Workspace.Applied applied) {
        int others = applied.written().size();
        String text = done + (others == 0 ? "" : "; " + others + (others == 1 ? " other article" : " other articles") + " updated");
        if (!applied.left().isEmpty()) {
            text += "; left as they were: " + String.join("; ", applied.left());
        }
        review.say(text);
    }

    public void rename(String speakerId) {
        Speaker speaker = speaker(speakerId);
        Optional<String> entry = linkedEntry(speaker);
        dialogs.askText("Rename speaker", "Name", speaker.name())
                .filter(name -> !name.isBlank() && !name.strip().equals(speaker.name()))
                .ifPresent(name -> {
                    if (entry.isPresent()) {
                        performRegistry(() -> RegistryEdits.rename(workspace.registry(), entry.get(), name,
                                workspace.reviews(Map.of(articlePath, document())), Instant.now()));
                    } else {
                        review.perform(() -> review.edits().renameSpeaker(document(), speakerId, name));
                    }
                });
    }

    public void editDetails(String speakerId) {
        Speaker speaker = speaker(speakerId);
        DialogService.SpeakerForm initial = new DialogService.SpeakerForm(speaker.name(), speaker.kind(),
                speaker.title() == null ? "" : speaker.title());
        // the analyst deciding on a title should know the article never gave this one
        String heading = speaker.title() != null && speaker.titleSource() == org.quoteexplorer.model.TitleSource.SPEAKER_LIST
                ? "Edit speaker (title " + LegendEntry.FROM_LIST + ": the article gives none)" : "Edit speaker";
        dialogs.askSpeaker(heading, initial).ifPresent(form -> {
            boolean renamed = !form.name().isBlank() && !form.name().strip().equals(speaker.name());
            boolean described = form.kind() != speaker.kind() || !form.title().strip().equals(initial.title());
            if (!renamed && !described) {
                return;
            }
            // one dialog, one undo step: a new name and a new title are one edit of the speaker
            review.perform(() -> {
                AnnotatedArticle before = document();
                Change rename = renamed ? review.edits().renameSpeaker(before, speakerId, form.name()) : null;
                if (!described) {
                    return rename;
                }
                AnnotatedArticle named = rename == null ? before : rename.applyTo(before);
                Change details = review.edits().editSpeaker(named, speakerId, form.kind(), form.title());
                return rename == null ? details : rename.andThen(details, rename.description());
            });
        });
    }

    /** Another speaker is absorbed into this one: their quotes and aliases come along. */
    public void mergeInto(String keptId) {
        Speaker kept = speaker(keptId);
        dialogs.askChoice("Merge speakers", "Merge into " + kept.name(), others(keptId), Speaker::name)
                .ifPresent(absorbed -> {
                    Optional<String> keptEntry = linkedEntry(kept);
                    Optional<String> absorbedEntry = linkedEntry(absorbed);
                    if (keptEntry.isPresent() && absorbedEntry.isPresent() && !keptEntry.equals(absorbedEntry)) {
                        // Two registry speakers are one person: everywhere, not only here.
                        performRegistry(() -> RegistryEdits.merge(workspace.registry(), keptEntry.get(),
                                absorbedEntry.get(), workspace.reviews(Map.of(articlePath, document())), Instant.now()));
                    } else {
                        review.perform(() -> review.edits().mergeSpeakers(document(), keptId, absorbed.id()));
                    }
                });
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
