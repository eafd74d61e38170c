package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.RegistryEntry;

/**
 * One change of the speaker registry together with what it did to every article it touched: a
 * rename, merge or confirmation, undone as one step. Immutable; {@link #inverse()} undoes it.
 *
 * <p>Each part records the state before and after, and is applied only where the registry entry
 * or the saved review is still as it was before (see {@link Workspace#apply}): an undo never
 * overwrites what an analyst did meanwhile, it leaves that part and says so.
 *
 * @param description what the analyst did, for the Undo menu ("Rename Jane Smith to Jane Smyth")
 * @param entries     the registry entries changed; {@code before} null for an added one, {@code after}
 *                    null for a removed one
 * @param articles    the reviews changed, by workspace path
 */
public record RegistryChange(String description, List<EntryChange> entries, List<ArticleChange> articles) {

    /** One registry entry, by id. */
    public record EntryChange(String id, RegistryEntry before, RegistryEntry after) {

        public EntryChange {
            Objects.requireNonNull(id, "id");
            if (before == null && after == null) {
                throw new IllegalArgumentException("an entry change needs a before or an after: " + id);
            }
        }

        EntryChange inverse() {
            return new EntryChange(id, after, before);
        }
    }

    /** One article's review. */
    public record ArticleChange(String path, AnnotatedArticle before, AnnotatedArticle after) {

        public ArticleChange {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        ArticleChange inverse() {
            return new ArticleChange(path, after, before);
        }
    }

    public RegistryChange {
        Objects.requireNonNull(description, "description");
        entries = List.copyOf(entries);
        articles = List.copyOf(articles);
    }

    /** The change that undoes this one; its inverse is this one again. */
    public RegistryChange inverse() {
        List<EntryChange> e = new ArrayList<>(entries.stream().map(EntryChange::inverse).toList());
        List<ArticleChange> a = new ArrayList<>(articles.stream().map(ArticleChange::inverse).toList());
        Collections.reverse(e);
        Collections.reverse(a);
        return new RegistryChange(description, e, a);
    }

    /** The paths of the articles it touches. */
    public List<String> paths() {
        return articles.stream().map(ArticleChange::path).toList();
    }

    /** The review of {@code path} after the change, if it touches that article. */
    public Optional<AnnotatedArticle> after(String path) {
        return articles.stream().filter(a -> a.path().equals(path)).map(ArticleChange::after).findFirst();
    }

    /**
     * The registry with the change applied, leaving every entry that is no longer as the change
     * found it (another analyst changed it since).
     *
     * @param skipped receives the ids of the entries left
     */
    public SpeakerRegistry applyTo(SpeakerRegistry registry, List<String> skipped) {
        SpeakerRegistry result = registry;
        for (EntryChange c : entries) {
            RegistryEntry now = result.byId(c.id()).orElse(null);
            if (Objects.equals(now, c.after())) {
                continue;
            }
            if (!Objects.equals(now, c.before())) {
                skipped.add(c.id());
                continue;
            }
            result = c.after() == null ? result.remove(c.id()) : result.put(c.after());
        }
        return result;
    }
}
