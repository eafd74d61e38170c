package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;

class OtherFormatsTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @Test
    void nativeToW3cToNativeIsIdentical() throws Exception {
        AnnotatedArticle original = Fixtures.multilingual();
        String nativeJson = AnnotationJson.write(original);

        AnnotatedArticle back = W3cAnnotations.read(W3cAnnotations.write(AnnotationJson.read(nativeJson)));

        assertThat(back).isEqualTo(original);
        assertThat(AnnotationJson.write(back)).isEqualTo(nativeJson);
    }

    @Test
    void w3cHasOneAnnotationPerQuoteWithBothSelectorsAtCodePointOffsets() throws Exception {
        AnnotatedArticle document = Fixtures.multilingual();
        JsonNode root = PLAIN.readTree(W3cAnnotations.write(document));
        String text = root.path("qe:document").path("text").textValue();

        assertThat(root.path("@context").path(0).textValue()).isEqualTo("http://www.w3.org/ns/anno.jsonld");
        assertThat(root.path("type").textValue()).isEqualTo("AnnotationCollection");
        JsonNode items = root.path("first").path("items");
        assertThat(items).hasSize(document.quotes().size());
        for (JsonNode annotation : items) {
            assertThat(annotation.path("type").textValue()).isEqualTo("Annotation");
            JsonNode quoteSelector = annotation.path("target").path("selector").path(0);
            JsonNode positionSelector = annotation.path("target").path("selector").path(1);
            assertThat(quoteSelector.path("type").textValue()).isEqualTo("TextQuoteSelector");
            assertThat(positionSelector.path("type").textValue()).isEqualTo("TextPositionSelector");
            int start = positionSelector.path("start").intValue();
            int end = positionSelector.path("end").intValue();
            assertThat(quoteSelector.path("exact").textValue()).isEqualTo(Fixtures.codePointSlice(text, start, end));
            String prefix = quoteSelector.path("prefix").textValue();
            String suffix = quoteSelector.path("suffix").textValue();
            int prefixLength = prefix.codePointCount(0, prefix.length());
            assertThat(prefix).isEqualTo(Fixtures.codePointSlice(text, start - prefixLength, start));
            assertThat(suffix).isEqualTo(Fixtures.codePointSlice(text, end, end + suffix.codePointCount(0, suffix.length())));
        }
    }

    @Test
    void w3cSpeakerIsAnIdentifyingBodyAndTheNoteACommentingBody() throws Exception {
        JsonNode items = PLAIN.readTree(W3cAnnotations.write(Fixtures.multilingual())).path("first").path("items");
        JsonNode q1 = null;
        for (JsonNode item : items) {
            if ("q1".equals(item.path("qe:quoteId").textValue())) {
                q1 = item;
            }
        }

        assertThat(q1).isNotNull();
        assertThat(q1.path("body").path(0).path("purpose").textValue()).isEqualTo("identifying");
        assertThat(q1.path("body").path(0).path("type").textValue()).isEqualTo("Person");
        assertThat(q1.path("body").path(0).path("name").textValue()).isEqualTo("Amina Diallo");
        assertThat(q1.path("body").path(1).path("purpose").textValue()).isEqualTo("commenting");
        assertThat(q1.path("qe:status").textValue()).isEqualTo("accepted");
        assertThat(q1.path("qe:confidence").doubleValue()).isEqualTo(0.95);
        assertThat(q1.path("qe:origin").textValue()).isEqualTo("rule:quote-verb-speaker");
    }

    @Test
    void w3cImportFindsTheQuoteByItsTextWhenThePositionIsWrong() throws Exception {
        AnnotatedArticle original = Fixtures.multilingual();
        ObjectNode root = (ObjectNode) PLAIN.readTree(W3cAnnotations.write(original));
        for (JsonNode item : root.path("first").path("items")) {
            ObjectNode position = (ObjectNode) item.path("target").path("selector").path(1);
            position.put("start", position.path("start").intValue() + 1);
            position.put("end", position.path("end").intValue() + 1);
        }

        assertThat(W3cAnnotations.read(root.toString())).isEqualTo(original);
    }

    @Test
    void aWholeDocumentProblemInW3cPointsAtTheAnnotationItNames() throws Exception {
        AnnotatedArticle original = Fixtures.multilingual();
        ObjectNode root = (ObjectNode) PLAIN.readTree(W3cAnnotations.write(original));
        JsonNode items = root.path("first").path("items");
        ObjectNode last = (ObjectNode) items.get(items.size() - 1);
        String lastId = last.path("qe:quoteId").textValue();
        last.put("qe:origin", "whatever");
        String pretty = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        int line = (int) pretty.substring(0, pretty.indexOf("\"qe:quoteId\" : \"" + lastId + "\"")).lines().count();

        assertThatThrownBy(() -> W3cAnnotations.read(pretty))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining(lastId)
                .hasMessageNotContaining("line 1, column 1")
                .satisfies(e -> assertThat(((AnnotationFormatException) e).line()).isBetween(line - 60, line + 1));
    }

    @Test
    void w3cWithoutTheArticleTextIsRefusedClearly() throws Exception {
        ObjectNode root = (ObjectNode) PLAIN.readTree(W3cAnnotations.write(Fixtures.multilingual()));
        root.remove("qe:document");

        assertThatThrownBy(() -> AnnotationFiles.read(root.toString()))
                .isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining("qe:document");
    }

    @Test
    void annotationFilesTellsNativeFromW3cByContent() throws Exception {
        AnnotatedArticle document = Fixtures.multilingual();

        assertThat(AnnotationFiles.read(AnnotationJson.write(document))).isEqualTo(document);
        assertThat(AnnotationFiles.read(W3cAnnotations.write(document))).isEqualTo(document);
    }

    @Test
    void jsonLinesHasOneQuotePerLineWithTheSameKeysAndExactTexts() throws Exception {
        AnnotatedArticle document = Fixtures.multilingual();

        String[] lines = ExportFormat.JSONL.write(document).split("\n");

        assertThat(lines).hasSize(document.quotes().size());
        Set<String> firstKeys = null;
        for (String line : lines) {
            JsonNode row = PLAIN.readTree(line);
            Set<String> keys = new TreeSet<>();
            row.fieldNames().forEachRemaining(keys::add);
            if (firstKeys == null) {
                firstKeys = keys;
            }
            assertThat(keys).isEqualTo(firstKeys);
            assertThat(row.path("text").textValue()).isEqualTo(
                    Fixtures.codePointSlice(document.text(), row.path("start").intValue(), row.path("end").intValue()));
            if (!row.path("mention_start").isNull()) {
                assertThat(row.path("mention_text").textValue()).isEqualTo(Fixtures.codePointSlice(document.text(),
                        row.path("mention_start").intValue(), row.path("mention_end").intValue()));
            }
        }
        JsonNode q1 = PLAIN.readTree(lines[1]);
        assertThat(q1.path("speaker").textValue()).isEqualTo("Amina Diallo");
        assertThat(q1.path("status").textValue()).isEqualTo("accepted");
    }

    @Test
    void csvQuotesEveryAwkwardCellAndRoundTripsThroughAStandardParser() {
        AnnotatedArticle base = Fixtures.multilingual();
        Quote q1 = base.quote("q1").orElseThrow().withNote("line one,\n\"two\"");
        Quote q4 = base.quote("q4").orElseThrow().withNote("=HYPERLINK(\"http://evil\")");
        List<Quote> quotes = new ArrayList<>(base.quotes());
        quotes.replaceAll(q -> q.id().equals("q1") ? q1 : q.id().equals("q4") ? q4 : q);
        AnnotatedArticle document = base.withQuotes(quotes);

        String csv = ExportFormat.CSV.write(document);
        List<List<String>> rows = CsvTables.parse(csv);

        assertThat(csv.charAt(0)).isEqualTo('\uFEFF');
        assertThat(rows.get(0)).isEqualTo(CsvExport.COLUMNS);
        assertThat(rows).hasSize(1 + document.quotes().size());
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSize(CsvExport.COLUMNS.size());
            int start = Integer.parseInt(row.get(8));
            int end = Integer.parseInt(row.get(9));
            assertThat(row.get(3)).isEqualTo(Fixtures.codePointSlice(document.text(), start, end));
        }
        List<String> q1Row = rows.stream().filter(r -> r.get(1).equals("q1")).findFirst().orElseThrow();
        assertThat(q1Row.get(2)).isEqualTo("Amina Diallo");
        assertThat(q1Row.get(7)).isEqualTo("line one,\n\"two\"");
        assertThat(q1Row.get(6)).isEqualTo("0.95");
        List<String> q4Row = rows.stream().filter(r -> r.get(1).equals("q4")).findFirst().orElseThrow();
        assertThat(q4Row.get(7)).isEqualTo("'=HYPERLINK(\"http://evil\")");
    }

    @Test
    void openingACsvOrJsonLinesExportInTheAppIsRefusedInsteadOfReadAsAnArticle(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        java.nio.file.Path csv = folder.resolve("review.csv");
        ExportFormat.fromCode("csv").save(Fixtures.multilingual(), csv);
        java.nio.file.Path jsonl = folder.resolve("review.jsonl");
        ExportFormat.fromCode("jsonl").save(Fixtures.multilingual(), jsonl);

        assertThatThrownBy(() -> AnnotationFiles.open(csv)).isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining("review.csv is a CSV export").hasMessageContaining("cannot be read back");
        assertThatThrownBy(() -> AnnotationFiles.open(jsonl)).isInstanceOf(AnnotationFormatException.class)
                .hasMessageContaining("review.jsonl is a JSON Lines export");
    }
}
