package org.quoteexplorer.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;

/**
 * JSON Lines for pandas and jq: one flat object per quote, the same keys on every line (absent
 * values are {@code null}) so that each key becomes one column. Offsets are code points.
 */
public final class JsonLinesExport {

    private JsonLinesExport() {
    }

    public static String write(AnnotatedArticle document) {
        DocumentChecks.requireValid(document);
        Article article = document.article();
        CodePointIndex index = CodePointIndex.of(article.text());
        StringBuilder out = new StringBuilder();
        for (Quote quote : document.quotes()) {
            ObjectNode line = JsonSupport.object();
            line.put("document", article.id());
            line.put("quote", quote.id());
            line.put("start", index.toCodePoints(quote.span().start()));
            line.put("end", index.toCodePoints(quote.span().end()));
            line.put("text", document.textOf(quote));
            line.put("type", quote.type().code());
            Speaker speaker = document.speaker(quote.speakerId()).orElse(null);
            line.put("speaker_id", speaker == null ? null : speaker.id());
            line.put("speaker", speaker == null ? null : speaker.name());
            line.put("speaker_kind", speaker == null ? null : speaker.kind().code());
            line.put("speaker_title", speaker == null ? null : speaker.title());
            putSpan(line, "mention", quote.mention(), article.text(), index);
            putSpan(line, "cue", quote.cue(), article.text(), index);
            line.put("confidence", quote.confidence());
            line.put("origin", quote.origin());
            line.put("status", quote.status().code());
            line.put("note", quote.note());
            out.append(JsonSupport.compact(line)).append('\n');
        }
        return out.toString();
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
