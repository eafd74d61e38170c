package org.quoteexplorer.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.HistoryEntry;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.model.TitleSource;

/**
 * W3C Web Annotation (JSON-LD) export and import: an {@code AnnotationCollection} with one
 * {@code Annotation} per quote.
 *
 * <ul>
 *   <li>target: the document, with a {@code TextQuoteSelector} (exact + prefix + suffix) and a
 *       {@code TextPositionSelector} (code points, as the W3C model counts);</li>
 *   <li>body: the speaker, with {@code purpose: identifying}; the analyst's note as a
 *       {@code TextualBody} with {@code purpose: commenting}; an unattributed quote has no speaker body;</li>
 *   <li>what the W3C vocabulary has no term for (type, status, confidence, origin, mention, cue,
 *       history, and the article text itself) goes in extension properties under the {@code qe:}
 *       prefix, so that the file converts back to the native format with nothing lost; each
 *       optional field of the native format has its {@code qe:} term here (the speaker's
 *       {@code titleSource} is {@code qe:titleSource}, its {@code registryId} {@code qe:registryId}).</li>
 * </ul>
 */
public final class W3cAnnotations {

    public static final String ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    /** Namespace of the extension properties. A URN: it names, it does not promise a web page. */
    public static final String NAMESPACE = "urn:quote-explorer:ns:";
    /** Code points of context kept on each side of the exact text, as annotation tools commonly do. */
    static final int CONTEXT_CODE_POINTS = 32;

    private W3cAnnotations() {
    }

    // ------------------------------------------------------------------ export

    public static String write(AnnotatedArticle document) {
        return JsonSupport.pretty(toJson(document));
    }

    /**
     * Streams the collection to {@code out}, which is flushed but not closed.
     *
     * @throws IllegalArgumentException if the document breaks an invariant of the format or the
     *                                  file would exceed a limit of reading; nothing is written then
     */
    public static void write(AnnotatedArticle document, Writer out) throws IOException {
        JsonSupport.writePretty(toJson(document), out);
        out.flush();
    }

    static ObjectNode toJson(AnnotatedArticle document) {
        DocumentChecks.requireValid(document);
        Article article = document.article();
        String text = article.text();
        CodePointIndex index = CodePointIndex.of(text);
        String documentIri = documentIri(article.id());

        ObjectNode root = JsonSupport.object();
        ArrayNode context = root.putArray("@context");
        context.add(ANNO_CONTEXT);
        context.addObject().put("qe", NAMESPACE);
        root.put("id", documentIri + ":annotations");
        root.put("type", "AnnotationCollection");
        root.put("label", article.title());
        root.put("total", document.quotes().size());

        JsonSupport.putDocument(root.putObject("qe:document"), article);

        ArrayNode speakers = root.putArray("qe:speakers");
        for (Speaker speaker : document.speakers()) {
            speakers.add(speakerBody(speaker, documentIri, false));
        }

        ObjectNode page = root.putObject("first");
        page.put("type", "AnnotationPage");
        ArrayNode items = page.putArray("items");
        Map<String, Speaker> speakersById = document.speakersById();
        for (Quote quote : document.quotes()) {
            items.add(annotation(document, speakersById, quote, documentIri, index));
        }
        return root;
    }

    private static ObjectNode annotation(AnnotatedArticle document, Map<String, Speaker> speakers, Quote quote,
                                         String documentIri, CodePointIndex index) {
        String text = document.text();
        ObjectNode a = JsonSupport.object();
        a.put("id", documentIri + ":" + encode(quote.id()));
        a.put("type", "Annotation");
        a.put("motivation", "identifying");
        ArrayNode bodies = JsonSupport.array();
        Speaker speaker = speakers.get(quote.speakerId());
        if (speaker != null) {
            bodies.add(speakerBody(speaker, documentIri, true));
        }
        if (quote.note() != null) {
            ObjectNode note = bodies.addObject();
            note.put("type", "TextualBody");
            note.put("purpose", "commenting");
            note.put("value", quote.note());
            note.put("format", "text/plain");
        }
        if (!bodies.isEmpty()) {
            a.set("body", bodies);
        }

        ObjectNode target = a.putObject("target");
        target.put("source", documentIri);
        ArrayNode selectors = target.putArray("selector");
        int start = index.toCodePoints(quote.span().start());
        int end = index.toCodePoints(quote.span().end());
        ObjectNode quoteSelector = selectors.addObject();
        quoteSelector.put("type", "TextQuoteSelector");
        quoteSelector.put("exact", document.textOf(quote));
        quoteSelector.put("prefix", codePointSlice(text, index, Math.max(0, start - CONTEXT_CODE_POINTS), start));
        quoteSelector.put("suffix", codePointSlice(text, index, end, Math.min(index.codePointLength(), end + CONTEXT_CODE_POINTS)));
        ObjectNode positionSelector = selectors.addObject();
        positionSelector.put("type", "TextPositionSelector");
        positionSelector.put("start", start);
        positionSelector.put("end", end);

        a.put("qe:quoteId", quote.id());
        a.put("qe:quoteType", quote.type().code());
        a.put("qe:status", quote.status().code());
        a.put("qe:confidence", quote.confidence());
        a.put("qe:origin", quote.origin());
        if (quote.mention() != null) {
            JsonSupport.putSpan(a.putObject("qe:mention"), quote.mention(), text, index);
        }
        if (quote.cue() != null) {
            JsonSupport.putSpan(a.putObject("qe:cue"), quote.cue(), text, index);
        }
        if (!quote.history().isEmpty()) {
            ArrayNode history = a.putArray("qe:history");
            JsonSupport.putHistory(history, quote.history());
        }
        AnnotationJson.putAssessment(a, "qe:", document.assessments().get(quote.id()));
        return a;
    }

    private static ObjectNode speakerBody(Speaker speaker, String documentIri, boolean asBody) {
        ObjectNode s = JsonSupport.object();
        s.put("id", documentIri + ":speaker:" + encode(speaker.id()));
        if (speaker.kind() == SpeakerKind.PERSON) {
            s.put("type", "Person");
        } else if (speaker.kind() == SpeakerKind.ORGANIZATION) {
            s.put("type", "Organization");
        }
        if (asBody) {
            s.put("purpose", "identifying");
        }
        s.put("name", speaker.name());
        s.put("qe:speakerId", speaker.id());
        s.put("qe:kind", speaker.kind().code());
        JsonSupport.putIfPresent(s, "qe:title", speaker.title());
        if (speaker.titleSource() != null) {
            s.put("qe:titleSource", speaker.titleSource().code());
        }
        JsonSupport.putIfPresent(s, "qe:registryId", speaker.registryId());
        ArrayNode aliases = s.putArray("qe:aliases");
        speaker.aliases().forEach(aliases::add);
        return s;
    }


    private static String codePointSlice(String text, CodePointIndex index, int start, int end) {
        return text.substring(index.toUtf16(start), index.toUtf16(end));
    }

    static String documentIri(String id) {
        return "urn:quote-explorer:document:" + encode(id);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }


    // ------------------------------------------------------------------ import

    /** True if the JSON looks like W3C Web Annotation rather than the native format. */
    static boolean looksLikeW3c(StrictNode root) {
        return root.isObject() && (root.has("@context") || root.has("type") && !root.has("format"));
    }

    /**
     * Reads a collection this class wrote. Unknown properties are ignored (JSON-LD is open-world);
     * offsets, selectors and references are checked as strictly as in the native format.
     */
    public static AnnotatedArticle read(String json) throws AnnotationFormatException {
        return fromJson(JsonSupport.parse(json));
    }

    static AnnotatedArticle fromJson(StrictNode root) throws AnnotationFormatException {
        root.requireObject();
        String type = root.field("type").text();
        if (!"AnnotationCollection".equals(type)) {
            throw root.field("type").error("expected an AnnotationCollection written by Quote Explorer, found \"" + StrictNode.abbreviate(type) + "\"");
        }
        if (!root.has("qe:document")) {
            throw root.error("missing \"qe:document\": the collection does not carry the article text, so it cannot be opened");
        }
        Article article = readDocument(root.field("qe:document"));
        String text = article.text();
        CodePointIndex index = CodePointIndex.of(text);

        List<Speaker> speakers = new ArrayList<>();
        Map<String, Speaker> byId = new HashMap<>();
        if (root.has("qe:speakers")) {
            for (StrictNode s : root.field("qe:speakers").elements()) {
                Speaker speaker = readSpeaker(s);
                if (byId.putIfAbsent(speaker.id(), speaker) != null) {
                    throw s.field("qe:speakerId").error("speaker id \"" + speaker.id() + "\" is used twice");
                }
                speakers.add(speaker);
            }
        }

        List<Quote> quotes = new ArrayList<>();
        Map<String, StrictNode> sources = new HashMap<>();
        Map<String, Assessment> assessments = new HashMap<>();
        StrictNode first = root.field("first").requireObject();
        for (StrictNode a : first.field("items").elements()) {
            Quote quote = readAnnotation(a, text, index, byId, speakers);
            if (sources.putIfAbsent(quote.id(), a) != null) {
                throw a.field("qe:quoteId").error("quote id \"" + quote.id() + "\" is used twice");
            }
            quotes.add(quote);
            AnnotationJson.readAssessment(a, "qe:").ifPresent(found -> assessments.put(quote.id(), found));
        }
        AnnotatedArticle document = new AnnotatedArticle(article, speakers, quotes, assessments);
        try {
            DocumentChecks.requireValid(document);
        } catch (IllegalArgumentException e) {
            String problem = e.getMessage().replaceFirst("^cannot export: ", "");
            throw annotationNamedIn(problem, sources).orElse(root).error(problem);
        }
        return document;
    }

    /**
     * The annotation a whole-document check's message names ("quote q6 has origin …", "quotes q6
     * and q7 overlap": the last named), so that the error points at its line rather than at the
     * collection's first.
     */
    private static Optional<StrictNode> annotationNamedIn(String problem, Map<String, StrictNode> sources) {
        StrictNode named = null;
        for (String word : problem.split("[\\s,:;()\"]+")) {
            StrictNode source = sources.get(word);
            if (source != null) {
                named = source;
            }
        }
        return Optional.ofNullable(named);
    }

    private static Article readDocument(StrictNode d) throws AnnotationFormatException {
        String id = d.field("id").nonBlankText();
        String text = d.field("text").text();
        if (DocumentChecks.unpairedSurrogate(text) >= 0) {
            throw d.field("text").error("contains an unpaired UTF-16 surrogate: not valid Unicode text");
        }
        Article article = new Article(id, d.optionalText("title"), d.optionalText("source"), text,
                d.optionalInstant("created"), d.optionalInstant("modified"), d.optionalDay("published"),
                d.optionalText("publisher"), d.optionalText("url"));
        Optional<StrictNode> sha = d.optionalField("sha256");
        if (sha.isPresent() && !sha.get().text().equals(article.sha256())) {
            throw sha.get().error("does not match qe:document.text (the text was changed after export)");
        }
        return article;
    }

    private static Speaker readSpeaker(StrictNode s) throws AnnotationFormatException {
        String id = s.field("qe:speakerId").nonBlankText();
        String name = s.field("name").nonBlankText();
        SpeakerKind kind = SpeakerKind.UNKNOWN;
        if (s.has("qe:kind")) {
            kind = code(s.field("qe:kind"), SpeakerKind.class);
        } else if (s.has("type")) {
            String type = s.field("type").text();
            kind = type.equals("Person") ? SpeakerKind.PERSON : type.equals("Organization") ? SpeakerKind.ORGANIZATION : SpeakerKind.UNKNOWN;
        }
        List<String> aliases = new ArrayList<>();
        Optional<StrictNode> aliasNode = s.optionalField("qe:aliases");
        if (aliasNode.isPresent()) {
            for (StrictNode alias : aliasNode.get().elements()) {
                aliases.add(alias.nonBlankText());
            }
        }
        String title = s.optionalText("qe:title");
        TitleSource titleSource = null;
        if (title != null && s.has("qe:titleSource")) {
            titleSource = code(s.field("qe:titleSource"), TitleSource.class);
        }
        String registryId = s.has("qe:registryId") ? s.field("qe:registryId").nonBlankText() : null;
        return new Speaker(id, name, kind, title, aliases, titleSource, registryId);
    }

    private static Quote readAnnotation(StrictNode a, String text, CodePointIndex index, Map<String, Speaker> byId,
            List<Speaker> speakers) throws AnnotationFormatException {
        a.requireObject();
        String id = a.field("qe:quoteId").nonBlankText();
        Span span = readTarget(a.field("target"), text, index);

        String speakerId = null;
        String note = null;
        Optional<StrictNode> bodyNode = a.optionalField("body");
        if (bodyNode.isPresent()) {
            List<StrictNode> bodies = bodyNode.get().isArray() ? bodyNode.get().elements() : List.of(bodyNode.get());
            for (StrictNode body : bodies) {
                body.requireObject();
                String purpose = body.has("purpose") ? body.field("purpose").text() : "";
                if (purpose.equals("commenting")) {
                    note = body.field("value").text();
                } else if (purpose.equals("identifying")) {
                    Speaker speaker = readSpeaker(body);
                    Speaker listed = byId.get(speaker.id());
                    if (listed == null) {
                        // A collection without qe:speakers: the bodies are the speaker list.
                        byId.put(speaker.id(), speaker);
                        speakers.add(speaker);
                    } else if (!listed.name().equals(speaker.name())) {
                        throw body.field("name").error("speaker \"" + speaker.id() + "\" is named \"" + listed.name()
                                + "\" in qe:speakers but \"" + speaker.name() + "\" here");
                    }
                    speakerId = speaker.id();
                }
            }
        }
        QuoteType type = a.has("qe:quoteType") ? code(a.field("qe:quoteType"), QuoteType.class) : QuoteType.DIRECT;
        QuoteStatus status = a.has("qe:status") ? code(a.field("qe:status"), QuoteStatus.class) : QuoteStatus.SUGGESTED;
        double confidence = 0;
        if (a.has("qe:confidence")) {
            StrictNode c = a.field("qe:confidence");
            confidence = c.number();
            if (confidence < 0 || confidence > 1) {
                throw c.error("confidence " + confidence + " is not between 0 and 1");
            }
        }
        String origin = a.has("qe:origin") ? a.field("qe:origin").text() : Quote.MANUAL;
        Span mention = a.has("qe:mention") ? readSpan(a.field("qe:mention"), text, index) : null;
        Span cue = a.has("qe:cue") ? readSpan(a.field("qe:cue"), text, index) : null;
        List<HistoryEntry> history = new ArrayList<>();
        Optional<StrictNode> historyNode = a.optionalField("qe:history");
        if (historyNode.isPresent()) {
            for (StrictNode h : historyNode.get().elements()) {
                history.add(new HistoryEntry(h.field("time").instant(), h.field("action").nonBlankText(),
                        h.optionalText("from"), h.optionalText("to")));
            }
        }
        return new Quote(id, span, type, speakerId, mention, cue, confidence, origin, status, note, history);
    }

    /**
     * The position selector is authoritative when it agrees with the quote selector; otherwise the
     * exact text is searched for, with prefix and suffix breaking ties, as the W3C model intends.
     */
    private static Span readTarget(StrictNode target, String text, CodePointIndex index) throws AnnotationFormatException {
        target.requireObject();
        StrictNode selectorNode = target.field("selector");
        List<StrictNode> selectors = selectorNode.isArray() ? selectorNode.elements() : List.of(selectorNode);
        String exact = null;
        String prefix = "";
        String suffix = "";
        Integer start = null;
        Integer end = null;
        StrictNode positionNode = null;
        for (StrictNode selector : selectors) {
            String type = selector.field("type").text();
            if (type.equals("TextQuoteSelector")) {
                exact = selector.field("exact").text();
                prefix = selector.has("prefix") ? selector.field("prefix").text() : "";
                suffix = selector.has("suffix") ? selector.field("suffix").text() : "";
            } else if (type.equals("TextPositionSelector")) {
                positionNode = selector;
                start = selector.field("start").integer();
                end = selector.field("end").integer();
            }
        }
        if (start != null) {
            int length = index.codePointLength();
            if (start < 0 || end > length || end <= start) {
                throw positionNode.error("TextPositionSelector " + start + ".." + end + " is not a range inside the text (0.."
                        + length + " code points)");
            }
            Span span = new Span(index.toUtf16(start), index.toUtf16(end));
            if (exact == null || exact.equals(span.of(text))) {
                return span;
            }
        }
        if (exact == null) {
            throw selectorNode.error("neither a TextPositionSelector nor a TextQuoteSelector");
        }
        Optional<Span> found = TextQuoteSelector.of(exact, prefix, suffix).locate(text, null);
        if (found.isEmpty()) {
            throw selectorNode.error("the quote \"" + StrictNode.abbreviate(exact) + "\" is not in the text");
        }
        return found.get();
    }

    private static Span readSpan(StrictNode node, String text, CodePointIndex index) throws AnnotationFormatException {
        int start = node.field("start").integer();
        int end = node.field("end").integer();
        if (start < 0 || end > index.codePointLength() || end <= start) {
            throw node.error(start + ".." + end + " is not a range inside the text (0.." + index.codePointLength() + " code points)");
        }
        Span span = new Span(index.toUtf16(start), index.toUtf16(end));
        if (node.has("text") && !node.field("text").text().equals(span.of(text))) {
            throw node.field("text").error("is not the text at " + start + ".." + end);
        }
        return span;
    }

    private static <E extends Enum<E>> E code(StrictNode node, Class<E> type) throws AnnotationFormatException {
        String value = node.text();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        throw node.error("\"" + StrictNode.abbreviate(value) + "\" is not a known " + type.getSimpleName());
    }

}
