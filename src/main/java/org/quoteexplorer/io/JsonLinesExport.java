package org.quoteexplorer.io;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.Map;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.RegistryEntry;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;

/**
 * JSON Lines for pandas and jq: one flat object per quote, the same keys on every line (absent
 * values are {@code null}) so that each key becomes one column. Offsets are code points.
 */
public final class JsonLinesExport {

    /**
     * U+2028 and U+2029 are line ends to some line readers (JavaScript's, Python's
     * {@code str.splitlines}); raw in a string they would cut a record in two. Escaped, every
     * record is one line to every reader.
     */
    static final ObjectWriter LINE_WRITER = JsonSupport.COMPACT_WRITER.with(new LineSafeEscapes());

    private JsonLinesExport() {
    }

    /** Streams the lines to {@code out}, which is flushed but not closed. */
    public static void write(AnnotatedArticle document, Writer out) throws IOException {
        write(document, out, null, quote -> true);
    }

    /**
     * The lines of one article in a corpus export: with a registry, {@code speaker_id} and
     * {@code speaker} are the registry's id and name, the same in every article, and
     * {@code external_id} its external id. A speaker the registry does not know has no
     * {@code speaker_id} there: the article's own "s3" would name another person in the next
     * article.
     *
     * @param registry the registry entry of an article's speaker or {@code null}; {@code null}
     *                 for no registry, and then the ids are the article's own, as in a single export
     * @param include  which quotes to write
     */
    public static void write(AnnotatedArticle document, Writer out, Function<Speaker, RegistryEntry> registry,
            Predicate<Quote> include) throws IOException {
        DocumentChecks.requireValid(document);
        Article article = document.article();
        CodePointIndex index = CodePointIndex.of(article.text());
        Map<String, Speaker> speakers = document.speakersById();
        for (Quote quote : document.quotes()) {
            if (!include.test(quote)) {
                continue;
            }
            ObjectNode line = JsonSupport.object();
            line.put("document", article.id());
            line.put("quote", quote.id());
            line.put("start", index.toCodePoints(quote.span().start()));
            line.put("end", index.toCodePoints(quote.span().end()));
            line.put("text", document.textOf(quote));
            line.put("type", quote.type().code());
            Speaker speaker = speakers.get(quote.speakerId());
            RegistryEntry linked = speaker == null || registry == null ? null : registry.apply(speaker);
            String speakerId = null;
            if (speaker != null) {
                speakerId = registry == null ? speaker.id() : linked == null ? null : linked.id();
            }
            line.put("speaker_id", speakerId);
            line.put("speaker", speaker == null ? null : linked == null ? speaker.name() : linked.name());
            line.put("speaker_kind", speaker == null ? null : speaker.kind().code());
            line.put("speaker_title", speaker == null ? null : speaker.title());
            line.put("speaker_title_source", speaker == null || speaker.titleSource() == null ? null : speaker.titleSource().code());
            putSpan(line, "mention", quote.mention(), article.text(), index);
            putSpan(line, "cue", quote.cue(), article.text(), index);
            line.put("confidence", quote.confidence());
            line.put("origin", quote.origin());
            line.put("status", quote.status().code());
            line.put("note", quote.note());
            Assessment assessment = document.assessments().get(quote.id());
            line.put("risk", assessment == null ? null : AnnotationJson.roundedRisk(assessment));
            line.put("flags", assessment == null ? null : FlagText.codes(assessment));
            line.put("flag_reasons", assessment == null ? null : FlagText.reasons(assessment));
            line.put("external_id", linked == null ? null : linked.externalId());
            LINE_WRITER.writeValue(out, line);
            out.write('\n');
        }
        out.flush();
    }

    private static final class LineSafeEscapes extends CharacterEscapes {
        private static final long serialVersionUID = 1L;
        private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii = standardAsciiEscapesForJSON();

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch == '\u2028' ? LINE_SEPARATOR : ch == '\u2029' ? PARAGRAPH_SEPARATOR : null;
        }
    }

    private static void putSpan(ObjectNode line, String name, Span span, String text, CodePointIndex index) {
        if (span == null) {
            line.putNull(name + "_start");
            line.putNull(name + "_end");
            line.putNull(name + "_text");
        } else {
            line.put(name + "_start", index.toCodePoints(span.start()));
            line.put(name + "_end", index.toCodePoints(span.end()));
            line.put(name + "_text", span.of(text));
        }
    }
}
