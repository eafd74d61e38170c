package org.quoteexplorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.io.FormatVersion.Part;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.model.TitleSource;

/**
 * The "quote-explorer/1.1" annotated JSON (which reads version 1 files too): the one place where Java's UTF-16 offsets become the
 * code points of the file and back.
 *
 * <p>Reading is strict: whatever {@link #write} would never produce (unknown fields, offsets out
 * of range, quote text that is not the text at its offsets, overlapping quotes, references to
 * unknown speakers, …) is refused with an {@link AnnotationFormatException} naming the field and
 * its line and column. Writing refuses a document that reading would refuse, so every file the app
 * writes can be opened again.
 */
public final class AnnotationJson {

    /** The format the app writes. */
    public static final String FORMAT = FormatVersion.CURRENT.format();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private AnnotationJson() {
    }

    // ------------------------------------------------------------------ writing

    /**
     * @throws IllegalArgumentException if the document breaks an invariant of the format (see
     *                                  {@link DocumentChecks}); such a file could not be read back
     */
    public static String write(AnnotatedArticle document) {
        StringWriter out = new StringWriter();
        try {
            write(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Streams the file to {@code out}, which is flushed but not closed.
     *
     * @throws IllegalArgumentException as {@link #write(AnnotatedArticle)}, or if the file would
     *                                  exceed a limit of reading; nothing is written then
     */
    public static void write(AnnotatedArticle document, Writer out) throws IOException {
        CodePointIndex index = DocumentChecks.requireValid(document);
        if (surelyReadable(document)) {
            // Streamed: building the tree first cost more than writing it, for every article of a batch.
            try (JsonGenerator json = JsonSupport.prettyGenerator(out)) {
                stream(document, index, json);
            }
            out.write('\n');
        } else {
            // Near a limit: the tree measures exactly what reading would count, and refuses before writing.
            JsonSupport.writePretty(toJson(document), out);
        }
        out.flush();
    }

    /**
     * Whether the file is certainly within every read limit, from bounds that cost one pass over
     * the quotes: at most 50 values a quote and 10 a history entry, no string longer than the
     * longest of the text and the other strings, and every char taking six bytes.
     */
    private static boolean surelyReadable(AnnotatedArticle document) {
        Article article = document.article();
        long tokens = 64;
        long chars = (long) article.text().length() + length(article.title()) + length(article.source()) + length(article.id())
                + length(article.publisher()) + length(article.url());
        int longest = Math.max(Math.max(article.text().length(), Math.max(length(article.title()), length(article.source()))),
                Math.max(length(article.publisher()), length(article.url())));
        for (Speaker speaker : document.speakers()) {
            tokens += 16 + speaker.aliases().size();
            int own = Math.max(length(speaker.name()), Math.max(length(speaker.title()), length(speaker.id())));
            chars += 64 + length(speaker.name()) + length(speaker.title()) + length(speaker.id());
            for (String alias : speaker.aliases()) {
                own = Math.max(own, alias.length());
                chars += 8 + alias.length();
            }
            longest = Math.max(longest, own);
        }
        for (Assessment assessment : document.assessments().values()) {
            tokens += 8 + 6L * assessment.flags().size();
            for (Flag flag : assessment.flags()) {
                chars += 64 + flag.reason().length();
                longest = Math.max(longest, flag.reason().length());
            }
        }
        for (Quote quote : document.quotes()) {
            tokens += 50 + 10L * quote.history().size();
            chars += 256 + length(quote.id()) + length(quote.note()) + length(quote.origin()) + length(quote.speakerId())
                    + quote.span().length() + (quote.mention() == null ? 0 : quote.mention().length())
                    + (quote.cue() == null ? 0 : quote.cue().length());
            longest = Math.max(longest, Math.max(Math.max(length(quote.id()), length(quote.note())),
                    Math.max(length(quote.origin()), length(quote.speakerId()))));
            for (HistoryEntry entry : quote.history()) {
                int own = Math.max(Math.max(length(entry.action()), length(entry.from())), length(entry.to()));
                longest = Math.max(longest, own);
                chars += 128 + length(entry.action()) + length(entry.from()) + length(entry.to());
            }
        }
        return tokens <= JsonSupport.MAX_TOKENS && longest <= JsonSupport.MAX_STRING_CHARS
                && 6 * chars <= JsonSupport.MAX_DOCUMENT_LENGTH;
    }

    static void putAssessment(ObjectNode q, String prefix, Assessment assessment) {
        if (assessment == null) {
            return;
        }
        q.put(prefix + "risk", roundedRisk(assessment));
        ArrayNode flags = q.putArray(prefix + "flags");
        for (Flag flag : assessment.flags()) {
            ObjectNode f = flags.addObject();
            f.put("code", flag.code().code());
            f.put("reason", flag.reason());
        }
    }

    /** Three decimals: enough to order a queue, and the same number on every platform. */
    static double roundedRisk(Assessment assessment) {
        return Math.round(assessment.risk() * 1000) / 1000.0;
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    /**
     * The same content as {@link #write}, on one line with no line end: a record of JSON Lines.
     * U+2028 and U+2029 are escaped as in {@link JsonLinesExport}, so no line reader splits it.
     *
     * @throws IllegalArgumentException as {@link #write(AnnotatedArticle)}
     */
    static String writeLine(AnnotatedArticle document) {
        CodePointIndex index = DocumentChecks.requireValid(document);
        StringWriter out = new StringWriter(document.text().length() * 2 + 256);
        try {
            if (surelyReadable(document)) {
                try (JsonGenerator json = JsonLinesExport.LINE_WRITER.createGenerator(out)) {
                    stream(document, index, json);
                }
            } else {
                ObjectNode tree = toJson(document);
                JsonSupport.requireReadable(tree);
                JsonLinesExport.LINE_WRITER.writeValue(out, tree);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The same fields as {@link #toJson}'s tree, in the same order, one by one. */
    private static void stream(AnnotatedArticle document, CodePointIndex index, JsonGenerator json) throws IOException {
        Article article = document.article();
        String text = article.text();
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeObjectFieldStart("document");
        json.writeStringField("id", article.id());
        json.writeStringField("title", article.title());
        stringIfPresent(json, "source", article.source());
        json.writeStringField("sha256", article.sha256());
        if (article.created() != null) {
            json.writeStringField("created", article.created().toString());
        }
        if (article.modified() != null) {
            json.writeStringField("modified", article.modified().toString());
        }
        if (article.published() != null) {
            json.writeStringField("published", article.published().toString());
        }
        stringIfPresent(json, "publisher", article.publisher());
        stringIfPresent(json, "url", article.url());
        json.writeStringField("text", text);
        json.writeEndObject();

        json.writeArrayFieldStart("speakers");
        for (Speaker speaker : document.speakers()) {
            json.writeStartObject();
            json.writeStringField("id", speaker.id());
            json.writeStringField("name", speaker.name());
            json.writeStringField("kind", speaker.kind().code());
            stringIfPresent(json, "title", speaker.title());
            if (speaker.titleSource() != null) {
                json.writeStringField("titleSource", speaker.titleSource().code());
            }
            stringIfPresent(json, "registryId", speaker.registryId());
            json.writeArrayFieldStart("aliases");
            for (String alias : speaker.aliases()) {
                json.writeString(alias);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();

        json.writeArrayFieldStart("quotes");
        for (Quote quote : document.quotes()) {
            json.writeStartObject();
            json.writeStringField("id", quote.id());
            spanFields(json, quote.span(), text, index);
            json.writeStringField("type", quote.type().code());
            stringIfPresent(json, "speaker", quote.speakerId());
            if (quote.mention() != null) {
                json.writeObjectFieldStart("mention");
                spanFields(json, quote.mention(), text, index);
                json.writeEndObject();
            }
            if (quote.cue() != null) {
                json.writeObjectFieldStart("cue");
                spanFields(json, quote.cue(), text, index);
                json.writeEndObject();
            }
            json.writeNumberField("confidence", quote.confidence());
            json.writeStringField("origin", quote.origin());
            json.writeStringField("status", quote.status().code());
            stringIfPresent(json, "note", quote.note());
            json.writeArrayFieldStart("history");
            for (HistoryEntry entry : quote.history()) {
                json.writeStartObject();
                json.writeStringField("time", entry.time().toString());
                json.writeStringField("action", entry.action());
                stringIfPresent(json, "from", entry.from());
                stringIfPresent(json, "to", entry.to());
                json.writeEndObject();
            }
            json.writeEndArray();
            Assessment assessment = document.assessments().get(quote.id());
            if (assessment != null) {
                json.writeNumberField("risk", roundedRisk(assessment));
                json.writeArrayFieldStart("flags");
                for (Flag flag : assessment.flags()) {
                    json.writeStartObject();
                    json.writeStringField("code", flag.code().code());
                    json.writeStringField("reason", flag.reason());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void spanFields(JsonGenerator json, Span span, String text, CodePointIndex index) throws IOException {
        json.writeNumberField("start", index.toCodePoints(span.start()));
        json.writeNumberField("end", index.toCodePoints(span.end()));
        json.writeStringField("text", span.of(text));
    }

    private static void stringIfPresent(JsonGenerator json, String name, String value) throws IOException {
        if (value != null) {
            json.writeStringField(name, value);
        }
    }

    /** Atomically: a kill at any moment leaves the old file or the new one, never a torn one. */
    public static void save(AnnotatedArticle document, Path file) throws IOException {
        AtomicFiles.writeText(file, out -> write(document, out), AtomicFiles.Durability.NOW);
    }

    static ObjectNode toJson(AnnotatedArticle document) {
        CodePointIndex index = DocumentChecks.requireValid(document);
        Article article = document.article();

        ObjectNode root = JsonSupport.object();
        root.put("format", FORMAT);
        JsonSupport.putDocument(root.putObject("document"), article);

        ArrayNode speakers = root.putArray("speakers");
        for (Speaker speaker : document.speakers()) {
            ObjectNode s = speakers.addObject();
            s.put("id", speaker.id());
            s.put("name", speaker.name());
            s.put("kind", speaker.kind().code());
            JsonSupport.putIfPresent(s, "title", speaker.title());
            if (speaker.titleSource() != null) {
                s.put("titleSource", speaker.titleSource().code());
            }
            JsonSupport.putIfPresent(s, "registryId", speaker.registryId());
            ArrayNode aliases = s.putArray("aliases");
            speaker.aliases().forEach(aliases::add);
        }

        ArrayNode quotes = root.putArray("quotes");
        for (Quote quote : document.quotes()) {
            ObjectNode q = quotes.addObject();
            q.put("id", quote.id());
            JsonSupport.putSpan(q, quote.span(), article.text(), index);
            q.put("type", quote.type().code());
            JsonSupport.putIfPresent(q, "speaker", quote.speakerId());
            if (quote.mention() != null) {
                JsonSupport.putSpan(q.putObject("mention"), quote.mention(), article.text(), index);
            }
            if (quote.cue() != null) {
                JsonSupport.putSpan(q.putObject("cue"), quote.cue(), article.text(), index);
            }
            q.put("confidence", quote.confidence());
            q.put("origin", quote.origin());
            q.put("status", quote.status().code());
            JsonSupport.putIfPresent(q, "note", quote.note());
            ArrayNode history = q.putArray("history");
            JsonSupport.putHistory(history, quote.history());
            putAssessment(q, "", document.assessments().get(quote.id()));
        }
        return root;
    }



    // ------------------------------------------------------------------ reading

    public static AnnotatedArticle read(String json) throws AnnotationFormatException {
        return fromJson(JsonSupport.parse(json));
    }

    public static AnnotatedArticle load(Path file) throws IOException {
        byte[] json = TextFiles.readBytes(file, JsonSupport.MAX_DOCUMENT_LENGTH, "an annotation file");
        try {
            return fromJson(JsonSupport.parse(json));
        } catch (AnnotationFormatException e) {
            throw e.in(file.toString());
        }
    }

    static AnnotatedArticle fromJson(StrictNode root) throws AnnotationFormatException {
        root.requireObject();
        StrictNode format = root.field("format");
        String declared = format.text();
        FormatVersion version = FormatVersion.of(declared).orElse(null);
        if (version == null) {
            throw format.error("unsupported format \"" + StrictNode.abbreviate(declared) + "\"; this version of the app reads "
                    + FormatVersion.readable());
        }
        allowOnly(root, Part.ROOT, version);

        Article article = readArticle(root.field("document"), version);
        String text = article.text();
        CodePointIndex index = CodePointIndex.of(text);

        List<Speaker> speakers = new ArrayList<>();
        Set<String> speakerIds = new HashSet<>();
        for (StrictNode s : root.field("speakers").elements()) {
            Speaker speaker = readSpeaker(s, version);
            if (!speakerIds.add(speaker.id())) {
                throw s.field("id").error("speaker id \"" + speaker.id() + "\" is used twice");
            }
            speakers.add(speaker);
        }

        List<Quote> quotes = new ArrayList<>();
        Map<String, StrictNode> sources = new HashMap<>();
        Set<String> quoteIds = new HashSet<>();
        Map<String, Assessment> assessments = new HashMap<>();
        for (StrictNode q : root.field("quotes").elements()) {
            Quote quote = readQuote(q, text, index, speakerIds, version);
            if (!quoteIds.add(quote.id())) {
                throw q.field("id").error("quote id \"" + quote.id() + "\" is used twice");
            }
            quotes.add(quote);
            sources.put(quote.id(), q);
            readAssessment(q, "").ifPresent(a -> assessments.put(quote.id(), a));
        }
        AnnotatedArticle document = new AnnotatedArticle(article, speakers, quotes, assessments);
        Quote previous = null;
        for (Quote quote : document.quotes()) {
            // Sorted by start, so any overlap shows against the quote reaching furthest so far.
            if (previous != null && quote.span().start() < previous.span().end()) {
                throw sources.get(quote.id()).error("quote \"" + quote.id() + "\" overlaps quote \"" + previous.id() + "\"");
            }
            if (previous == null || quote.span().end() > previous.span().end()) {
                previous = quote;
            }
        }
        return document;
    }

    /**
     * Refuses fields the file's version does not define; a field of a later version gets a message
     * saying so, since the fix is then to change "format", not to delete the field.
     */
    private static void allowOnly(StrictNode node, Part part, FormatVersion version) throws AnnotationFormatException {
        node.requireObject();
        for (java.util.Iterator<String> it = node.json().fieldNames(); it.hasNext(); ) {
            String name = it.next();
            Optional<FormatVersion> since = FormatVersion.introducing(part, name);
            if (since.isPresent() && since.get().compareTo(version) > 0) {
                throw node.field(name).error("field \"" + name + "\" needs format \"" + since.get().format()
                        + "\", but the file says \"" + version.format() + "\"");
            }
        }
        node.allowOnly(version.fields(part));
    }

    private static Article readArticle(StrictNode d, FormatVersion version) throws AnnotationFormatException {
        allowOnly(d, Part.DOCUMENT, version);
        String id = d.field("id").nonBlankText();
        StrictNode textNode = d.field("text");
        String text = textNode.text();
        int unpaired = DocumentChecks.unpairedSurrogate(text);
        if (unpaired >= 0) {
            throw textNode.error("contains an unpaired UTF-16 surrogate at code point "
                    + text.codePointCount(0, unpaired) + ": not valid Unicode text");
        }
        String title = d.optionalText("title");
        String source = d.optionalText("source");
        Instant created = d.optionalInstant("created");
        Instant modified = d.optionalInstant("modified");
        Article article = new Article(id, title, source, text, created, modified, d.optionalDay("published"),
                d.optionalText("publisher"), d.optionalText("url"));
        Optional<StrictNode> sha = d.optionalField("sha256");
        if (sha.isPresent()) {
            String declared = sha.get().text();
            if (!SHA256.matcher(declared).matches()) {
                throw sha.get().error("expected 64 lowercase hex digits of a SHA-256");
            }
            if (!declared.equals(article.sha256())) {
                throw sha.get().error("does not match document.text (the text was changed after export); "
                        + "fix the text or remove sha256");
            }
        }
        return article;
    }

    private static Speaker readSpeaker(StrictNode s, FormatVersion version) throws AnnotationFormatException {
        allowOnly(s, Part.SPEAKER, version);
        String id = s.field("id").nonBlankText();
        String name = s.field("name").nonBlankText();
        SpeakerKind kind = SpeakerKind.UNKNOWN;
        Optional<StrictNode> kindNode = s.optionalField("kind");
        if (kindNode.isPresent()) {
            kind = enumValue(kindNode.get(), SpeakerKind.class);
        }
        String title = s.optionalText("title");
        List<String> aliases = new ArrayList<>();
        Optional<StrictNode> aliasNode = s.optionalField("aliases");
        if (aliasNode.isPresent()) {
            for (StrictNode alias : aliasNode.get().elements()) {
                aliases.add(alias.nonBlankText());
            }
        }
        TitleSource titleSource = null;
        Optional<StrictNode> sourceNode = s.optionalField("titleSource");
        if (sourceNode.isPresent()) {
            if (title == null) {
                throw sourceNode.get().error("titleSource without a title: say where a title comes from only when there is one");
            }
            titleSource = enumValue(sourceNode.get(), TitleSource.class);
        }
        String registryId = null;
        Optional<StrictNode> registryNode = s.optionalField("registryId");
        if (registryNode.isPresent()) {
            registryId = registryNode.get().nonBlankText();
        }
        return new Speaker(id, name, kind, title, aliases, titleSource, registryId);
    }

    private static Quote readQuote(StrictNode q, String text, CodePointIndex index, Set<String> speakerIds,
            FormatVersion version) throws AnnotationFormatException {
        allowOnly(q, Part.QUOTE, version);
        String id = q.field("id").nonBlankText();
        Span span = readSpan(q, text, index);
        QuoteType type = q.has("type") ? enumValue(q.field("type"), QuoteType.class) : QuoteType.DIRECT;
        if (type == QuoteType.SCARE && version == FormatVersion.V1) {
            throw q.field("type").error("type \"scare\" needs format \"" + FormatVersion.V1_1.format()
                    + "\", but the file says \"" + version.format() + "\"");
        }
        String speakerId = null;
        Optional<StrictNode> speakerNode = q.optionalField("speaker");
        if (speakerNode.isPresent()) {
            speakerId = speakerNode.get().text();
            if (!speakerIds.contains(speakerId)) {
                throw speakerNode.get().error("unknown speaker id \"" + StrictNode.abbreviate(speakerId) + "\"; speakers has "
                        + (speakerIds.isEmpty() ? "none" : new TreeSet<>(speakerIds).toString()));
            }
        }
        Span mention = null;
        Optional<StrictNode> mentionNode = q.optionalField("mention");
        if (mentionNode.isPresent()) {
            mention = readSpan(spanNode(mentionNode.get(), version), text, index);
        }
        Span cue = null;
        Optional<StrictNode> cueNode = q.optionalField("cue");
        if (cueNode.isPresent()) {
            cue = readSpan(spanNode(cueNode.get(), version), text, index);
        }
        double confidence = 0;
        Optional<StrictNode> confidenceNode = q.optionalField("confidence");
        if (confidenceNode.isPresent()) {
            confidence = confidenceNode.get().number();
            if (confidence < 0 || confidence > 1) {
                throw confidenceNode.get().error("confidence " + confidence + " is not between 0 and 1");
            }
        }
        String origin = Quote.MANUAL;
        Optional<StrictNode> originNode = q.optionalField("origin");
        if (originNode.isPresent()) {
            origin = originNode.get().text();
            if (!DocumentChecks.isValidOrigin(origin)) {
                throw originNode.get().error("origin \"" + StrictNode.abbreviate(origin) + "\" is neither \"manual\" nor \"rule:<name>\"");
            }
        }
        QuoteStatus status = q.has("status") ? enumValue(q.field("status"), QuoteStatus.class) : QuoteStatus.SUGGESTED;
        String note = q.optionalText("note");
        List<HistoryEntry> history = new ArrayList<>();
        Optional<StrictNode> historyNode = q.optionalField("history");
        if (historyNode.isPresent()) {
            for (StrictNode h : historyNode.get().elements()) {
                allowOnly(h, Part.HISTORY, version);
                history.add(new HistoryEntry(h.field("time").instant(), h.field("action").nonBlankText(),
                        h.optionalText("from"), h.optionalText("to")));
            }
        }
        return new Quote(id, span, type, speakerId, mention, cue, confidence, origin, status, note, history);
    }

    /** "risk" and "flags" come together: the radar's view when the file was written. */
    static Optional<Assessment> readAssessment(StrictNode q, String prefix) throws AnnotationFormatException {
        Optional<StrictNode> riskNode = q.optionalField(prefix + "risk");
        Optional<StrictNode> flagsNode = q.optionalField(prefix + "flags");
        if (riskNode.isEmpty() && flagsNode.isEmpty()) {
            return Optional.empty();
        }
        if (riskNode.isEmpty() || flagsNode.isEmpty()) {
            throw (riskNode.isPresent() ? riskNode.get() : flagsNode.get())
                    .error("\"risk\" and \"flags\" go together: give both or neither");
        }
        double risk = riskNode.get().number();
        if (!(risk >= 0 && risk <= 1)) {
            throw riskNode.get().error("risk " + risk + " is not between 0 and 1");
        }
        List<Flag> flags = new ArrayList<>();
        for (StrictNode f : flagsNode.get().elements()) {
            f.allowOnly(FormatVersion.V1_1.fields(Part.FLAG));
            StrictNode codeNode = f.field("code");
            String code = codeNode.nonBlankText();
            FlagCode flagCode = FlagCode.fromCode(code).orElseThrow(() -> codeNode.error("unknown flag \""
                    + StrictNode.abbreviate(code) + "\"; known: " + java.util.Arrays.stream(FlagCode.values())
                            .map(FlagCode::code).toList()));
            flags.add(new Flag(flagCode, f.field("reason").nonBlankText()));
        }
        return Optional.of(new Assessment(risk, flags));
    }

    private static StrictNode spanNode(StrictNode node, FormatVersion version) throws AnnotationFormatException {
        allowOnly(node, Part.SPAN, version);
        return node;
    }

    /** Reads {start, end, text} in code points and checks that text is what the article says there. */
    private static Span readSpan(StrictNode owner, String text, CodePointIndex index) throws AnnotationFormatException {
        StrictNode startNode = owner.field("start");
        StrictNode endNode = owner.field("end");
        int start = startNode.integer();
        int end = endNode.integer();
        int length = index.codePointLength();
        if (start < 0 || start > length) {
            throw startNode.error("start " + start + " is outside document.text (0.." + length + " code points)");
        }
        if (end < 0 || end > length) {
            throw endNode.error("end " + end + " is outside document.text (0.." + length + " code points)");
        }
        if (end <= start) {
            throw endNode.error("end " + end + " must be greater than start " + start);
        }
        Span span = new Span(index.toUtf16(start), index.toUtf16(end));
        StrictNode textNode = owner.field("text");
        String declared = textNode.text();
        String actual = span.of(text);
        if (!declared.equals(actual)) {
            throw textNode.error("text \"" + StrictNode.abbreviate(declared) + "\" is not the document text at "
                    + start + ".." + end + " (\"" + StrictNode.abbreviate(actual) + "\")");
        }
        return span;
    }

    private static <E extends Enum<E>> E enumValue(StrictNode node, Class<E> type) throws AnnotationFormatException {
        String code = node.text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(code)) {
                return constant;
            }
        }
        List<String> codes = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            codes.add(constant.name().toLowerCase(Locale.ROOT));
        }
        throw node.error("\"" + StrictNode.abbreviate(code) + "\" is not one of " + String.join(" | ", codes));
    }

}
