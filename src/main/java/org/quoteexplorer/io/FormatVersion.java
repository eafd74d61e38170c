package org.quoteexplorer.io;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The versions of the native format the app reads, and the fields each version allows in each
 * kind of object. The format grows only by optional fields, so every version reads the files of
 * the versions before it; the app writes only the newest.
 *
 * <p>A new optional field is added to {@link #ADDED_IN_1_1} (while 1.1 is the newest), to the
 * schema {@code assets/schema/quote-explorer-1.1.schema.json} and to the {@code qe:} terms of
 * {@link W3cAnnotations}, so that all three keep describing the same files.
 */
enum FormatVersion {
    V1("quote-explorer/1"),
    V1_1("quote-explorer/1.1");

    /** The kinds of object in a file, each with its own set of fields. */
    enum Part { ROOT, DOCUMENT, SPEAKER, QUOTE, SPAN, HISTORY, FLAG }

    static final FormatVersion CURRENT = V1_1;

    private static final Map<Part, Set<String>> V1_FIELDS = new EnumMap<>(Map.of(
            Part.ROOT, Set.of("format", "document", "speakers", "quotes"),
            Part.DOCUMENT, Set.of("id", "title", "source", "sha256", "created", "modified", "text"),
            Part.SPEAKER, Set.of("id", "name", "kind", "title", "aliases"),
            Part.QUOTE, Set.of("id", "start", "end", "text", "type", "speaker", "mention", "cue",
                    "confidence", "origin", "status", "note", "history"),
            Part.SPAN, Set.of("start", "end", "text"),
            Part.HISTORY, Set.of("time", "action", "from", "to")));

    private static final Map<Part, Set<String>> ADDED_IN_1_1 = new EnumMap<>(Map.of(
            Part.DOCUMENT, Set.of("published", "publisher", "url"),
            Part.SPEAKER, Set.of("titleSource", "registryId"),
            Part.QUOTE, Set.of("risk", "flags"),
            Part.FLAG, Set.of("code", "reason")));

    /** Per version and part, computed once: the reader asks for every speaker and quote. */
    private static final Map<FormatVersion, Map<Part, Set<String>>> FIELDS = new EnumMap<>(FormatVersion.class);

    static {
        for (FormatVersion version : values()) {
            Map<Part, Set<String>> byPart = new EnumMap<>(Part.class);
            for (Part part : Part.values()) {
                Set<String> fields = new HashSet<>(V1_FIELDS.getOrDefault(part, Set.of()));
                if (version.compareTo(V1_1) >= 0) {
                    fields.addAll(ADDED_IN_1_1.getOrDefault(part, Set.of()));
                }
                byPart.put(part, Set.copyOf(fields));
            }
            FIELDS.put(version, byPart);
        }
    }

    private final String format;

    FormatVersion(String format) {
        this.format = format;
    }

    /** The value of the file's {@code format} field. */
    String format() {
        return format;
    }

    static Optional<FormatVersion> of(String format) {
        for (FormatVersion version : values()) {
            if (version.format.equals(format)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /** All fields an object of {@code part} may have in a file of this version. */
    Set<String> fields(Part part) {
        return FIELDS.get(this).get(part);
    }

    /** The first version that has {@code field} in {@code part}, if any does. */
    static Optional<FormatVersion> introducing(Part part, String field) {
        for (FormatVersion version : values()) {
            if (version.fields(part).contains(field)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /** The versions as a reader lists them in a message: "quote-explorer/1" or "quote-explorer/1.1". */
    static String readable() {
        StringBuilder list = new StringBuilder();
        for (FormatVersion version : values()) {
            if (list.length() > 0) {
                list.append(" or ");
            }
            list.append('"').append(version.format).append('"');
        }
        return list.toString();
    }
}
