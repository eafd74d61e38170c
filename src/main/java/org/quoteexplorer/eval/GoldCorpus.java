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
        java.util.Set<String> ids = new java.util.HashSet<>();
        int index = 0;
        for (JsonNode d : root) {
            index++;
            String id = required(d, "id", file).asText();
            String text = required(d, "text", file).asText();
            String where = file + ": gold document " + index + " (\"" + id + "\")";
            if (!ids.add(id)) {
                throw new IOException(where + ": another gold document has the same id");
            }
            JsonNode quoteArray = d.get("quotes");
            if (quoteArray == null || !quoteArray.isArray()) {
                throw new IOException(where + ": \"quotes\" must be an array (empty for an article without quotes)");
            }
            int length = text.codePointCount(0, text.length());
            List<GoldQuote> quotes = new ArrayList<>();
            int q = 0;
            for (JsonNode quote : quoteArray) {
                q++;
                String quoteWhere = where + ", quote " + q;
                int start = offset(required(quote, "start", file), "start", quoteWhere);
                int end = offset(required(quote, "end", file), "end", quoteWhere);
                requireSpan(start, end, length, quoteWhere);
                List<int[]> mentions = pairs(quote.path("speaker_mentions"), quoteWhere + ", speaker_mentions");
                for (int[] m : mentions) {
                    requireSpan(m[0], m[1], length, quoteWhere + ", speaker mention");
                }
                quotes.add(new GoldQuote(start, end,
                        quote.path("text").asText(null), quote.path("kind").asText("direct"),
                        quote.hasNonNull("speaker") ? quote.get("speaker").asText() : null,
                        mentions, quote.path("speaker_is_pronoun").asBoolean(false),
                        strings(quote.path("also_accepted")), quote.path("cue").asText(null)));
            }
            List<int[]> others = new ArrayList<>();
            for (JsonNode o : d.path("other_quoted_spans")) {
                int start = offset(o.path("start"), "start", where + ", other quoted span");
                int end = offset(o.path("end"), "end", where + ", other quoted span");
                requireSpan(start, end, length, where + ", other quoted span");
                others.add(new int[] {start, end});
            }
            docs.add(new GoldDocument(id, d.path("title").asText(null), text, quotes, others));
        }
        return docs;
    }

    /** An offset in code points, as the scorer counts them: a whole number, not a string. */
    private static int offset(JsonNode value, String field, String where) throws IOException {
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IOException(where + ": \"" + field + "\" must be a whole number, not " + value);
        }
        return value.intValue();
    }

    private static void requireSpan(int start, int end, int length, String where) throws IOException {
        if (start < 0 || end > length || start > end) {
            throw new IOException(where + ": the span " + start + "-" + end + " is outside the text (0-" + length
                    + " code points) or ends before it starts");
        }
    }

    private static JsonNode required(JsonNode node, String field, Path file) throws IOException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IOException(file + ": a gold entry lacks \"" + field + "\"");
        }
        return value;
    }

    private static List<int[]> pairs(JsonNode array, String where) throws IOException {
        List<int[]> pairs = new ArrayList<>();
        for (JsonNode p : array) {
            if (!p.isArray() || p.size() != 2) {
                throw new IOException(where + ": each entry must be a [start, end] pair, not " + p);
            }
            pairs.add(new int[] {offset(p.get(0), "start", where), offset(p.get(1), "end", where)});
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
