package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodePointIndexTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain ASCII", "\uD83C\uDF89", "a\uD83C\uDF89b\uD835\uDD4F\uD835\uDD4Fc", "Zoe\u0308 \u05E9\u05DC\u05D5\u05DD \uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBC end"})
    void everyCodePointBoundaryConvertsBothWaysLikeTheJdkCounts(String text) {
        CodePointIndex index = CodePointIndex.of(text);

        assertThat(index.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
        for (int codePoint = 0; codePoint <= index.codePointLength(); codePoint++) {
            int utf16 = text.offsetByCodePoints(0, codePoint);
            assertThat(index.toUtf16(codePoint)).isEqualTo(utf16);
            assertThat(index.toCodePoints(utf16)).isEqualTo(codePoint);
        }
    }

    @Test
    void offsetInsideASurrogatePairOrOutsideTheTextIsRefused() {
        CodePointIndex index = CodePointIndex.of("a\uD83C\uDF89b");

        assertThatThrownBy(() -> index.toCodePoints(2)).hasMessageContaining("splits a surrogate pair");
        assertThatThrownBy(() -> index.toCodePoints(5)).hasMessageContaining("outside the text");
        assertThatThrownBy(() -> index.toUtf16(4)).hasMessageContaining("outside the text");
        assertThatThrownBy(() -> index.toUtf16(-1)).hasMessageContaining("outside the text");
    }

    /** Input: the text with ^H for a high surrogate, ^L for a low one; the index of the first lone one, or -1. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            plain,          -1
            a^H^Lb,         -1
            ^H,             0
            ^L,             0
            ab^Hc,          2
            ^H^L^L,         2
            ^H^H^L,         0
            x^H^L^Hy^L,     3
            '',             -1
            """)
    void theFirstLoneSurrogateIsFoundInThePassThatIndexesThePairs(String spec, int expected) {
        String text = spec.replace("^H", "\uD83C").replace("^L", "\uDF89");

        assertThat(CodePointIndex.of(text).firstUnpairedSurrogate()).isEqualTo(expected)
                .isEqualTo(DocumentChecks.unpairedSurrogate(text));
    }
}
