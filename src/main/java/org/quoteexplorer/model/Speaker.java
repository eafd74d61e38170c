package org.quoteexplorer.model;

import java.util.List;
import java.util.Objects;

/**
 * Someone quoted in an article: a person, an organisation or a group.
 *
 * @param id      unique within the document ("s1", "s2", …)
 * @param name    canonical name ("Jane Smith"), never a title
 * @param kind    person, organization, group or unknown
 * @param title   role kept apart from the name ("Foreign Minister"), or {@code null}
 * @param aliases other ways the article refers to the speaker ("Smith", "Minister Smith")
 */
public record Speaker(String id, String name, SpeakerKind kind, String title, List<String> aliases) {

    public Speaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        kind = kind == null ? SpeakerKind.UNKNOWN : kind;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Speaker withName(String newName) {
        return new Speaker(id, newName, kind, title, aliases);
    }

    public Speaker withKind(SpeakerKind newKind) {
        return new Speaker(id, name, newKind, title, aliases);
    }

    public Speaker withTitle(String newTitle) {
        return new Speaker(id, name, kind, newTitle, aliases);
    }

    public Speaker withAliases(List<String> newAliases) {
        return new Speaker(id, name, kind, title, newAliases);
    }
}
