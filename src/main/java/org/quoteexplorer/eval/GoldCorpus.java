package org.quoteexplorer.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a gold corpus file: a JSON array of documents in the format of shared/corpus/README.md. */
public final class GoldCorpus {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldCorpus() {
    }

    public static List<GoldDocument> read(Path file) throws IOException {
        JsonNode root;
        try (var in = Files.newInputStream(file)) {
            root = MAPPER.readTree(in);
        }
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": expected a JSON array of gold documents");
        }
        List<GoldDocument> docs = new ArrayList<>();
        for (JsonNode d : root) {
            String id = required(d, "id", file).asText();
            String text = required(d, "text", file).asText();
            List<GoldQuote> quotes = new ArrayList<>();
            for (JsonNode q : d.path("quotes")) {
                quotes.add(new GoldQuote(required(q, "start", file).asInt(), required(q, "end", file).asInt(),
                        q.path("text").asText(null), q.path("kind").asText("direct"),
                        q.hasNonNull("speaker") ? q.get("speaker").asText() : null,
                        pairs(q.path("speaker_mentions")), q.path("speaker_is_pronoun").asBoolean(false),
                        strings(q.path("also_accepted")), q.path("cue").asText(null)));
            }
            List<int[]> others = new ArrayList<>();
            for (JsonNode o : d.path("other_quoted_spans")) {
                others.add(new int[] {o.path("start").asInt(), o.path("end").asInt()});
            }
            docs.add(new GoldDocument(id, d.path("title").asText(null), text, quotes, others));
        }
        return docs;
    }

    private static JsonNode required(JsonNode node, String field, Path file) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IOException(file + ": a gold entry lacks \"" + field + "\"");
        }
        return value;
    }

    private static List<int[]> pairs(JsonNode array) {
        List<int[]> pairs = new ArrayList<>();
        for (JsonNode p : array) {
            pairs.add(new int[] {p.get(0).asInt(), p.get(1).asInt()});
        }
        return pairs;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) {
            out.add(s.asText());
        }
        return out;
    }
}
