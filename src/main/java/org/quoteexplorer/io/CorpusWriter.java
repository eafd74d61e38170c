package org.quoteexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Speaker;

/**
 * Writes the reviews of many articles as one corpus file, one article at a time. JSON Lines and
 * CSV share one flat schema: a CSV row has exactly the fields of a JSON Lines row, in the same
 * order, so a corpus read from either has the same columns. W3C puts every article's annotations
 * in one collection, each article's text and speakers beside them in {@code qe:documents}; being
 * one JSON document, it is held in memory until the last article is added.
 */
public final class CorpusWriter {

    /** The corpus file formats. */
    public enum Kind {
        JSONL("jsonl"), CSV("csv"), W3C("jsonld");

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The kind a file name asks for by its extension: .csv, .jsonld or .json (W3C), anything else JSON Lines. */
        public static Kind ofFileName(String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".csv")) {
                return CSV;
            }
            return lower.endsWith(".jsonld") || lower.endsWith(".json") ? W3C : JSONL;
        }

        /** {@code jsonl}, {@code csv} or {@code w3c}. */
        public static Kind fromCode(String code) {
            return switch (code.toLowerCase(Locale.ROOT)) {
                case "jsonl" -> JSONL;
                case "csv" -> CSV;
                case "w3c" -> W3C;
                default -> throw new IllegalArgumentException("unknown corpus format \"" + code + "\": use jsonl, csv or w3c");
            };
        }
    }

    /** The fields of a flat row, JSON Lines and CSV alike. */
    /** How a corpus collection's id begins: it tells a corpus export from one article's annotations. */
    static final String COLLECTION_ID_PREFIX = "urn:quote-explorer:corpus:";

    public static final List<String> FLAT_FIELDS = List.of("document", "quote", "start", "end", "text", "type",
            "speaker_id", "speaker", "speaker_kind", "speaker_title", "speaker_title_source", "mention_start",
            "mention_end", "mention_text", "cue_start", "cue_end", "cue_text", "confidence", "origin", "status", "note",
            "risk", "flags", "flag_reasons", "external_id");

    private final Kind kind;
    private final Writer out;
    private final String name;
    private boolean started;
    private final ArrayNode items = JsonSupport.MAPPER.createArrayNode();
    private final ArrayNode documents = JsonSupport.MAPPER.createArrayNode();
    private long quotes;

    /** @param name the corpus's name, the W3C collection's label (e.g. the folder's name) */
    public CorpusWriter(Kind kind, Writer out, String name) {
        this.kind = kind;
        this.out = out;
        this.name = name;
    }

    /**
     * Adds one article's quotes.
     *
     * @param registry as for {@link JsonLinesExport#write(AnnotatedArticle, Writer, Function, Predicate)}
     * @return the quotes written
     */
    public long add(AnnotatedArticle document, Function<Speaker, RegistryEntry> registry, Predicate<Quote> include)
            throws IOException {
        if (!started && kind == Kind.CSV) {
            out.write(TextFiles.BOM);
            CsvExport.row(out, FLAT_FIELDS);
        }
        started = true;
        long count = document.quotes().stream().filter(include).count();
        quotes += count;
        switch (kind) {
            case JSONL -> JsonLinesExport.write(document, out, registry, include);
            case CSV -> {
                StringWriter lines = new StringWriter();
                JsonLinesExport.write(document, lines, registry, include);
                for (String line : lines.toString().split("\n")) {
                    if (!line.isEmpty()) {
                        CsvExport.row(out, cells(JsonSupport.MAPPER.readTree(line)));
                    }
                }
            }
            case W3C -> {
                List<Quote> kept = document.quotes().stream().filter(include).toList();
                ObjectNode one = W3cAnnotations.toJson(new AnnotatedArticle(document.article(), linked(document, kept, registry),
                        kept, document.assessments()));
                one.path("first").path("items").forEach(items::add);
                ObjectNode doc = documents.addObject();
                doc.put("id", W3cAnnotations.documentIri(document.article().id()));
                doc.set("qe:document", one.get("qe:document"));
                doc.set("qe:speakers", one.get("qe:speakers"));
            }
        }
        return count;
    }

    /**
     * The article's speakers, each quoted one the registry knows carrying that entry's id (its
     * {@code registryId}, which the W3C annotations keep): the same person is then one id across
     * the collection, as {@code speaker_id} is in JSON Lines and CSV.
     */
    private static List<Speaker> linked(AnnotatedArticle document, List<Quote> kept, Function<Speaker, RegistryEntry> registry) {
        if (registry == null) {
            return document.speakers();
        }
        Map<String, Speaker> byId = document.speakersById();
        Map<String, String> entries = new java.util.HashMap<>();
        for (Quote quote : kept) {
            Speaker speaker = quote.speakerId() == null ? null : byId.get(quote.speakerId());
            RegistryEntry entry = speaker == null ? null : registry.apply(speaker);
            if (entry != null) {
                entries.put(speaker.id(), entry.id());
            }
        }
        return document.speakers().stream()
                .map(s -> entries.containsKey(s.id()) ? s.withRegistryId(entries.get(s.id())) : s).toList();
    }

    private static List<String> cells(JsonNode line) {
        List<String> cells = new ArrayList<>(FLAT_FIELDS.size());
        for (String field : FLAT_FIELDS) {
            JsonNode value = line.get(field);
            cells.add(value == null || value.isNull() ? "" : value.asText());
        }
        Iterator<String> names = line.fieldNames();
        while (names.hasNext()) {
            String field = names.next();
            if (!FLAT_FIELDS.contains(field)) {
                throw new IllegalStateException("JSON Lines field " + field + " has no CSV column");
            }
        }
        return cells;
    }

    /** Ends the file: the CSV header of an empty corpus, or the W3C collection around its items. */
    public void finish() throws IOException {
        if (kind == Kind.CSV && !started) {
            out.write(TextFiles.BOM);
            CsvExport.row(out, FLAT_FIELDS);
        }
        if (kind == Kind.W3C) {
            ObjectNode root = JsonSupport.object();
            ArrayNode context = root.putArray("@context");
            context.add(W3cAnnotations.ANNO_CONTEXT);
            context.addObject().put("qe", W3cAnnotations.NAMESPACE);
            root.put("id", COLLECTION_ID_PREFIX + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
            root.put("type", "AnnotationCollection");
            root.put("label", name);
            root.put("total", items.size());
            root.set("qe:documents", documents);
            ObjectNode page = root.putObject("first");
            page.put("type", "AnnotationPage");
            page.set("items", items);
            JsonSupport.writePretty(root, out);
        }
        out.flush();
    }

    /**
     * Writes the reviews in {@code reviewFiles} (native or W3C files) to {@code target}, which is
     * replaced only once the corpus is complete.
     *
     * @param registry {@code null} for none: speaker ids are then each article's own
     * @return the quotes written
     * @throws IOException naming the file that could not be read, or two files of one article
     */
    public static long write(List<java.nio.file.Path> reviewFiles, java.nio.file.Path target, Kind kind, String name,
            Function<Speaker, RegistryEntry> registry, Predicate<Quote> include) throws IOException {
        java.util.Map<String, java.nio.file.Path> seen = new java.util.HashMap<>();
        long[] quotes = {0};
        AtomicFiles.write(target, stream -> {
            Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(stream, java.nio.charset.StandardCharsets.UTF_8));
            CorpusWriter corpus = new CorpusWriter(kind, writer, name);
            for (java.nio.file.Path file : reviewFiles) {
                // One article at a time: for JSON Lines and CSV a corpus of thousands never sits in memory at once.
                AnnotatedArticle doc = AnnotationFiles.load(file);
                java.nio.file.Path before = seen.putIfAbsent(doc.article().id(), file);
                if (before != null) {
                    throw new IOException(before + " and " + file + " both hold article " + doc.article().id()
                            + "; its quotes would be in the corpus twice");
                }
                corpus.add(doc, registry, include);
            }
            corpus.finish();
            quotes[0] = corpus.quotes();
        });
        return quotes[0];
    }

    /** Quotes written so far. */
    public long quotes() {
        return quotes;
    }
}
