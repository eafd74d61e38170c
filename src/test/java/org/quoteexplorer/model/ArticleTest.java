package org.quoteexplorer.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Port Reopens¶The harbour opened on Monday.     | Port Reopens
            ¶¶  Port Reopens  ¶The harbour opened.         | Port Reopens
            Port Reopens                                   | Port Reopens
            ~  Port Reopens   ~                            | Port Reopens
            ~ ¶ ¶ ~                                        | ~~
            """)
    void anArticleWithoutATitleIsNamedByItsFirstNonBlankLine(String text, String title) {
        assertThat(Article.of("a", text.replace("¶", "\n")).title()).isEqualTo(title);
    }
}
