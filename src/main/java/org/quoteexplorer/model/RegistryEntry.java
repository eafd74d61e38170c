package org.quoteexplorer.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A confirmed speaker in a workspace's speaker registry: the same person in every article of the
 * folder, with one colour everywhere.
 *
 * @param id         stable across articles and analysts; made from the name when the entry is
 *                   created, so two analysts who add the same person independently get one id
 * @param name       canonical name, never a title
 * @param aliases    other ways articles refer to the speaker
 * @param kind       person, organization, group or unknown
 * @param title      role ("Foreign Minister"), or {@code null}
 * @param colour     {@code #rrggbb}, or {@code null} to let the app choose
 * @param externalId an identifier in another knowledge base, such as a Wikidata QID, or {@code null}
 * @param updated    when the entry last changed: when two analysts change one entry, the later wins
 */
public record RegistryEntry(String id, String name, List<String> aliases, SpeakerKind kind, String title,
        String colour, String externalId, Instant updated) {

    public static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public RegistryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(updated, "updated");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        kind = kind == null ? SpeakerKind.UNKNOWN : kind;
        if (colour != null && !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("colour must be #rrggbb: " + colour);
        }
    }

    public RegistryEntry withName(String newName, Instant when) {
        return new RegistryEntry(id, newName, aliases, kind, title, colour, externalId, when);
    }

    public RegistryEntry withAliases(List<String> newAliases, Instant when) {
        return new RegistryEntry(id, name, newAliases, kind, title, colour, externalId, when);
    }

    public RegistryEntry withColour(String newColour, Instant when) {
        return new RegistryEntry(id, name, aliases, kind, title, newColour, externalId, when);
    }

    public RegistryEntry withExternalId(String newExternalId, Instant when) {
        return new RegistryEntry(id, name, aliases, kind, title, colour, newExternalId, when);
    }

    /**
     * As a speaker of an article, which numbers its speakers on its own ({@code speakerId}); the
     * registry id goes along, so that whatever the article calls the speaker stays linked.
     */
    public Speaker asSpeaker(String speakerId) {
        return new Speaker(speakerId, name, kind, title, aliases, title == null ? null : TitleSource.SPEAKER_LIST, id);
    }
}
