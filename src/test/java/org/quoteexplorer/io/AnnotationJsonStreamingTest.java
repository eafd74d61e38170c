package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/**
 * The native file is streamed field by field; the tree it replaced still serves recovery files
 * and documents near a read limit. Both must give the same bytes, or a file would change merely
 * by being saved by another path.
 */
class AnnotationJsonStreamingTest {

    static Stream<Arguments> documents() {
        AnnotatedArticle multilingual = Fixtures.multilingual();
        Article bare = new Article("bare", null, null, "Line one.\n\u201CA \"quoted\" \\ tab\there,\u201D he said.\u0001",
                null, null);
        int open = bare.text().indexOf('\u201C');
        int close = bare.text().indexOf('\u201D') + 1;
        return Stream.of(
                Arguments.of("every field, emoji and combining marks", multilingual),
                Arguments.of("no title, source or dates; escapes and a control char",
                        new AnnotatedArticle(bare, List.of(),
                                List.of(Quote.unattributed("q1", new Span(open, close), QuoteType.DIRECT)))),
                Arguments.of("no speakers and no quotes", new AnnotatedArticle(bare, List.of(), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void theStreamedFileHasTheBytesOfTheTree(String name, AnnotatedArticle document) throws Exception {
        StringWriter streamed = new StringWriter();
        AnnotationJson.write(document, streamed);

        assertThat(streamed.toString()).isEqualTo(JsonSupport.pretty(AnnotationJson.toJson(document)));
        assertThat(AnnotationJson.read(streamed.toString())).isEqualTo(document);
    }

    @Test
    void everyPolnearDevArticleAttributedStreamsTheBytesOfTheTree() throws Exception {
        Path corpus = Path.of(System.getProperty("qe.shared", "../shared"), "corpus", "polnear", "dev.json");
        assumeTrue(Files.isRegularFile(corpus), "PolNeAR corpus not available at " + corpus);
        QuoteEngine engine = new QuoteEngine(KnownSpeakers.loadDefault());
        List<String> different = new ArrayList<>();
        int quotes = 0;
        for (JsonNode gold : new ObjectMapper().readTree(corpus.toFile())) {
            String id = gold.get("id").asText();
            LoadedArticle loaded = ArticleReader.read(gold.get("text").asText(), id + ".txt");
            AnnotatedArticle document = engine.attribute(loaded.article()).annotated();
            quotes += document.quotes().size();
            if (!AnnotationJson.write(document).equals(JsonSupport.pretty(AnnotationJson.toJson(document)))) {
                different.add(id);
            }
        }
        assertThat(quotes).as("quotes attributed on dev").isGreaterThan(100);
        assertThat(different).isEmpty();
    }
}
