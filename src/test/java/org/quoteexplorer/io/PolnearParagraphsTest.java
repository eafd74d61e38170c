package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real news text through the plain-text reader: a PolNeAR gold text is the headline and one
 * paragraph per line with blank lines between, and must come out as exactly its non-blank lines.
 */
class PolnearParagraphsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev.json", "train.json"})
    void everyGoldTextReadsAsItsNonBlankLinesDifferingOnlyInWhiteSpace(String split) throws Exception {
        Path corpus = Path.of(System.getProperty("qe.shared", "../shared"), "corpus", "polnear", split);
        assumeTrue(Files.isRegularFile(corpus), "PolNeAR corpus not available at " + corpus);
        JsonNode documents = new ObjectMapper().readTree(corpus.toFile());
        List<String> wrong = new ArrayList<>();
        for (JsonNode document : documents) {
            String id = document.get("id").asText();
            String gold = document.get("text").asText();
            List<String> expected = Arrays.stream(gold.split("\n", -1))
                    .map(PolnearParagraphsTest::stripWhiteSpace)
                    .filter(line -> !line.isEmpty())
                    .toList();

            String text = ArticleReader.read(gold, id + ".txt").article().text();

            if (!List.of(text.split("\n", -1)).equals(expected)) {
                wrong.add(id);
            }
        }
        assertThat(documents.size()).isGreaterThan(50);
        assertThat(wrong).isEmpty();
    }

    /**
     * Unicode white space, written out here independently of the reader: what score_quotes.py
     * folds when it aligns a text read to its gold. Zero-width characters are not white space
     * there, so the reader must keep them (one dev document has a BOM at the start of a line).
     */
    private static String stripWhiteSpace(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && blank(line.charAt(start))) {
            start++;
        }
        while (end > start && blank(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end).replace("\r", "");
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
