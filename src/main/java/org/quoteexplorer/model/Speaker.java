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
 * @param titleSource where the title comes from; {@code null} when there is no title, or when it
 *                    was not recorded (files of format version 1)
 * @param registryId  the workspace speaker registry's entry this speaker is (the same person, with
 *                    the same id, in every article of the folder), or {@code null} when not linked
 */
public record Speaker(String id, String name, SpeakerKind kind, String title, List<String> aliases,
        TitleSource titleSource, String registryId) {

    public Speaker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        kind = kind == null ? SpeakerKind.UNKNOWN : kind;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        // A source without a title would claim provenance for nothing.
        titleSource = title == null ? null : titleSource;
        registryId = registryId == null || registryId.isBlank() ? null : registryId;
    }

    /** A speaker linked to no registry entry. */
    public Speaker(String id, String name, SpeakerKind kind, String title, List<String> aliases,
            TitleSource titleSource) {
        this(id, name, kind, title, aliases, titleSource, null);
    }

    /** A speaker whose title, if any, has no recorded source. */
    public Speaker(String id, String name, SpeakerKind kind, String title, List<String> aliases) {
        this(id, name, kind, title, aliases, null, null);
    }

    public Speaker withName(String newName) {
        return new Speaker(id, newName, kind, title, aliases, titleSource, registryId);
    }

    public Speaker withKind(SpeakerKind newKind) {
        return new Speaker(id, name, newKind, title, aliases, titleSource, registryId);
    }

    /** The title and where it comes from. */
    public Speaker withTitle(String newTitle, TitleSource newSource) {
        return new Speaker(id, name, kind, newTitle, aliases, newSource, registryId);
    }

    /** Linked to a registry entry, or unlinked with {@code null}. */
    public Speaker withRegistryId(String newRegistryId) {
        return new Speaker(id, name, kind, title, aliases, titleSource, newRegistryId);
    }

    public boolean isLinked() {
        return registryId != null;
    }

    public Speaker withAliases(List<String> newAliases) {
        return new Speaker(id, name, kind, title, newAliases, titleSource, registryId);
    }
}
