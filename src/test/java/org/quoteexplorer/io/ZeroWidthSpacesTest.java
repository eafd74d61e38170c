package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.engine.QuoteEngine;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Quote;

/** Invisible separators pasted from the web are spaces where the engine looks for words. */
class ZeroWidthSpacesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            zero-width space before a space   | said\u200B Ana Lopez
            zero-width space instead of space | said\u200BAna Lopez
            word joiner instead of space      | said\u2060Ana Lopez
            stray BOM instead of space        | said\uFEFFAna Lopez
            zero-width space inside the name  | said Ana\u200BLopez
            """)
    void aQuoteWhoseCueIsSeparatedByAnInvisibleSpaceIsAttributed(String what, String cue) throws Exception {
        String text = "Port to be rebuilt\n“We will rebuild the port before the winter,” " + cue + ", the minister.";

        AnnotatedArticle annotated = new QuoteEngine().attribute(ArticleReader.read(text, "port.txt").article()).annotated();

        Quote quote = annotated.quotes().stream().findFirst().orElseThrow();
        String speaker = annotated.speaker(quote.speakerId()).orElseThrow().name();
        assertThat(speaker.replace("\u200B", " ")).isEqualTo("Ana Lopez");
    }
}
