package org.quoteexplorer.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.model.TitleSource;

/**
 * The user-editable list of well-known speakers the engine may use to recognise people and
 * institutions: a JSON array of {@code {"name", "kind", "title", "aliases"}}. The app works
 * without it; it only helps.
 */
public final class KnownSpeakers {

    /** Where the default list lives on the class path (copied from {@code assets/speakers.json}). */
    public static final String DEFAULT_RESOURCE = "/assets/speakers.json";

    private static final Set<String> FIELDS = Set.of("name", "kind", "title", "aliases");

    private KnownSpeakers() {
    }

    /**
     * The bundled list, or an empty one if it is not on the class path.
     *
     * @throws IllegalStateException if the bundled list is broken: a packaging bug, not a user error
     */
    public static List<Speaker> loadDefault() {
        try (InputStream in = KnownSpeakers.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("the bundled speaker list " + DEFAULT_RESOURCE + " is unusable: " + e.getMessage(), e);
        }
    }

    public static List<Speaker> load(Path file) throws IOException {
        String json = TextFiles.readJson(file);
        try {
            return read(json);
        } catch (AnnotationFormatException e) {
            throw e.in(file.toString());
        }
    }

    /** Speakers get ids {@code k1, k2, …} in list order; the engine assigns its own in each document. */
    public static List<Speaker> read(String json) throws AnnotationFormatException {
        StrictNode root = JsonSupport.parse(json);
        List<Speaker> speakers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (StrictNode entry : root.elements()) {
            entry.allowOnly(FIELDS);
            String name = entry.field("name").nonBlankText().strip();
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw entry.field("name").error("\"" + name + "\" is listed twice");
            }
            SpeakerKind kind = SpeakerKind.UNKNOWN;
            Optional<StrictNode> kindNode = entry.optionalField("kind");
            if (kindNode.isPresent()) {
                String code = kindNode.get().text();
                try {
                    kind = SpeakerKind.fromCode(code);
                } catch (IllegalArgumentException e) {
                    throw kindNode.get().error("\"" + StrictNode.abbreviate(code) + "\" is not one of person | organization | group | unknown");
                }
            }
            Optional<StrictNode> titleNode = entry.optionalField("title");
            String title = titleNode.isPresent() ? titleNode.get().text() : null;
            List<String> aliases = new ArrayList<>();
            Optional<StrictNode> aliasNode = entry.optionalField("aliases");
            if (aliasNode.isPresent()) {
                for (StrictNode alias : aliasNode.get().elements()) {
                    aliases.add(alias.nonBlankText().strip());
                }
            }
            speakers.add(new Speaker("k" + (speakers.size() + 1), name, kind, title, aliases, TitleSource.SPEAKER_LIST));
        }
        return List.copyOf(speakers);
    }
}
