package org.quoteexplorer.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.SpeakerKind;

/**
 * A workspace's speaker registry on disk: {@value #FILE_NAME} in the workspace folder, format
 * {@value #FORMAT} (assets/schema/quote-explorer-registry-1.schema.json).
 *
 * <p>Several analysts may share the folder, so a save never writes what one program holds
 * blindly: {@link #update} takes a lock, reads the file as it is now, lets the caller merge its
 * changes into that, and replaces the file atomically.
 */
public final class SpeakerRegistryFile {

    public static final String FILE_NAME = "quote-explorer-speakers.json";
    public static final String FORMAT = "quote-explorer-registry/1";

    private static final Set<String> ROOT_FIELDS = Set.of("format", "speakers");
    private static final Set<String> ENTRY_FIELDS = Set.of("id", "name", "aliases", "kind", "title", "colour",
            "externalId", "updated");
    /** A lock file next to the registry, so the registry itself is only ever replaced, never held open. */
    private static final String LOCK_SUFFIX = ".lock";
    /** File locks are per process; threads of this one wait on a monitor per file first. */
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    private SpeakerRegistryFile() {
    }

    /** Where the registry of a workspace folder lives. */
    public static Path in(Path workspace) {
        return workspace.resolve(FILE_NAME);
    }

    /** The registry of a workspace folder, or none if the folder has none yet. */
    public static List<RegistryEntry> loadIfPresent(WorkspaceFolder workspace) throws IOException {
        return loadIfPresent(in(workspace.root()));
    }

    /** Whether the folder has a registry file yet. */
    public static boolean exists(WorkspaceFolder workspace) {
        return Files.exists(in(workspace.root()));
    }

    /** {@link #update(Path, UnaryOperator)} of the registry in a workspace folder. */
    public static List<RegistryEntry> update(WorkspaceFolder workspace, UnaryOperator<List<RegistryEntry>> merge)
            throws IOException {
        return update(in(workspace.root()), merge);
    }

    /** True for the registry file, which sits among annotation files but is not one. */
    public static boolean isRegistryFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(FILE_NAME);
    }

    /** The entries of the file, or none if there is no file yet. */
    public static List<RegistryEntry> loadIfPresent(Path file) throws IOException {
        return Files.exists(file) ? load(file) : List.of();
    }

    public static List<RegistryEntry> load(Path file) throws IOException {
        String json = TextFiles.readJson(file);
        try {
            return read(json);
        } catch (AnnotationFormatException e) {
            throw e.in(file.toString());
        }
    }

    public static List<RegistryEntry> read(String json) throws AnnotationFormatException {
        StrictNode root = JsonSupport.parse(json).allowOnly(ROOT_FIELDS);
        StrictNode format = root.field("format");
        if (!FORMAT.equals(format.text())) {
            throw format.error("\"" + StrictNode.abbreviate(format.text()) + "\" is not a speaker registry this "
                    + "version reads (expected \"" + FORMAT + "\")");
        }
        List<RegistryEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (StrictNode node : root.field("speakers").elements()) {
            node.allowOnly(ENTRY_FIELDS);
            StrictNode idNode = node.field("id");
            String id = idNode.nonBlankText();
            if (!ids.add(id)) {
                throw idNode.error("the id \"" + StrictNode.abbreviate(id) + "\" is used by two speakers");
            }
            String name = node.field("name").nonBlankText().strip();
            List<String> aliases = new ArrayList<>();
            Optional<StrictNode> aliasNode = node.optionalField("aliases");
            if (aliasNode.isPresent()) {
                for (StrictNode alias : aliasNode.get().elements()) {
                    aliases.add(alias.nonBlankText().strip());
                }
            }
            SpeakerKind kind = SpeakerKind.UNKNOWN;
            Optional<StrictNode> kindNode = node.optionalField("kind");
            if (kindNode.isPresent()) {
                String code = kindNode.get().text();
                try {
                    kind = SpeakerKind.fromCode(code);
                } catch (IllegalArgumentException e) {
                    throw kindNode.get().error("\"" + StrictNode.abbreviate(code)
                            + "\" is not one of person | organization | group | unknown");
                }
            }
            String title = node.optionalText("title");
            String colour = node.optionalText("colour");
            if (colour != null && !RegistryEntry.COLOUR.matcher(colour).matches()) {
                throw node.field("colour").error("\"" + StrictNode.abbreviate(colour)
                        + "\" is not a colour as #rrggbb (six hexadecimal digits, e.g. #1f77b4)");
            }
            String externalId = node.optionalText("externalId");
            Instant updated = node.field("updated").instant();
            entries.add(new RegistryEntry(id, name, aliases, kind, title, colour, externalId, updated));
        }
        return List.copyOf(entries);
    }

    public static String write(List<RegistryEntry> entries) {
        ObjectNode root = JsonSupport.object();
        root.put("format", FORMAT);
        ArrayNode speakers = root.putArray("speakers");
        for (RegistryEntry e : entries) {
            ObjectNode node = speakers.addObject();
            node.put("id", e.id());
            node.put("name", e.name());
            ArrayNode aliases = node.putArray("aliases");
            e.aliases().forEach(aliases::add);
            node.put("kind", e.kind().code());
            JsonSupport.putIfPresent(node, "title", e.title());
            JsonSupport.putIfPresent(node, "colour", e.colour());
            JsonSupport.putIfPresent(node, "externalId", e.externalId());
            node.put("updated", e.updated().toString());
        }
        return JsonSupport.pretty(root);
    }

    /**
     * Replaces the file with {@code merge} applied to what it holds now (nothing if it does not
     * exist yet), while no other writer of this file, in this program or another that uses this
     * method, can save in between.
     *
     * @return what was written
     */
    public static List<RegistryEntry> update(Path file, UnaryOperator<List<RegistryEntry>> merge) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path lockFile = target.resolveSibling("." + target.getFileName() + LOCK_SUFFIX);
        synchronized (MONITORS.computeIfAbsent(target, t -> new Object())) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                List<RegistryEntry> merged = List.copyOf(merge.apply(loadIfPresent(target)));
                AtomicFiles.write(target, write(merged).getBytes(StandardCharsets.UTF_8));
                return merged;
            }
        }
    }
}
