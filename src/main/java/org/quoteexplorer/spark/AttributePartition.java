package org.quoteexplorer.spark;

import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.quoteexplorer.io.AnnotationFormatException;
import org.quoteexplorer.io.ArticleLineException;
import org.quoteexplorer.io.KnownSpeakers;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.LineAttribution;

/**
 * Attributes the lines of one partition with one engine: building an engine costs a good part of
 * a second, an article a few milliseconds. Rows stream through; the partition is never held whole.
 */
final class AttributePartition implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /**
     * The messages of {@link LineAttribution} name a line of the CLI's input file; a row of a
     * cluster input has no such number, and a column only means something in a JSON Lines line.
     */
    private static final Pattern LINE_PREFIX = Pattern.compile("^line \\d+(?:, (column \\d+))?:\\s*");

    private static final Row[] NO_QUOTES = new Row[0];

    private final Broadcast<String> speakers;
    private final boolean noSpeakers;
    private final boolean flags;

    /**
     * @param speakers the speaker list as JSON, or a broadcast of {@code null} for the list bundled in the jar
     */
    AttributePartition(Broadcast<String> speakers, boolean noSpeakers, boolean flags) {
        this.speakers = speakers;
        this.noSpeakers = noSpeakers;
        this.flags = flags;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> lines) throws AnnotationFormatException {
        LineAttribution attribution = new LineAttribution(known(), flags);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return lines.hasNext();
            }

            @Override
            public Row next() {
                Row input = lines.next();
                String line = input.getString(0);
                String source = input.getString(1);
                long block = input.getLong(2);
                long seq = input.getLong(3);
                if (line == null) {
                    return RowFactory.create(null, null, NO_QUOTES, null, source, "the row is empty", block, seq);
                }
                if (line.startsWith("\uFEFF")) {
                    // A byte-order mark opens a file, not an article: the CLI drops it too, and no
                    // JSON line can start with one.
                    line = line.substring(1);
                }
                if (line.endsWith("\r")) {
                    // a CRLF line, read up to its "\n": the CLI drops the CR too
                    line = line.substring(0, line.length() - 1);
                }
                try {
                    LineAttribution.Result result = attribution.attribute(line, 1);
                    // Spark's row encoder takes a Java array (or a Scala Seq) for an array column, not a List.
                    Row[] quotes = new Row[result.quotes().size()];
                    for (int i = 0; i < quotes.length; i++) {
                        LineAttribution.FlatQuote q = result.quotes().get(i);
                        quotes[i] = RowFactory.create(q.articleId(), q.quoteId(), q.text(), q.speaker(), q.mention(),
                                q.confidence(), q.flags());
                    }
                    return RowFactory.create(result.id(), result.documentLine(), quotes, null, source, null, block, seq);
                } catch (ArticleLineException e) {
                    return RowFactory.create(null, null, NO_QUOTES, line, source, withoutLine(e.getMessage()), block, seq);
                }
            }
        };
    }

    private List<Speaker> known() throws AnnotationFormatException {
        if (noSpeakers) {
            return List.of();
        }
        String json = speakers.value();
        return json == null ? KnownSpeakers.loadDefault() : KnownSpeakers.read(json);
    }

    static String withoutLine(String message) {
        if (message == null) {
            return "the row is not an article";
        }
        Matcher m = LINE_PREFIX.matcher(message);
        if (!m.find()) {
            return message;
        }
        String rest = message.substring(m.end());
        return m.group(1) == null ? rest : m.group(1) + ": " + rest;
    }
}
