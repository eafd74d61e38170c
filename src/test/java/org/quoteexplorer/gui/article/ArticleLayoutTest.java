package org.quoteexplorer.gui.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one mapping between the document and the text area: lines stay whole up to a length, a
 * longer line is cut at whitespace into display paragraphs, and every offset still names the
 * same character on both sides.
 */
class ArticleLayoutTest {

    /** The display paragraphs' texts, joined by '|'. */
    private static String pieces(ArticleLayout layout, String text) {
        List<String> pieces = new ArrayList<>();
        for (int p = 0; p < layout.paragraphCount(); p++) {
            pieces.add(text.substring(layout.paragraphStart(p), layout.paragraphEnd(p)));
        }
        return String.join("|", pieces);
    }

    @ParameterizedTest(name = "{0} (whole up to {1}, pieces of {2}) -> {3}")
    @CsvSource(delimiter = ';', textBlock = """
            'aa bb. cc dd. ee'                  ; 5  ; 8 ; 'aa bb.|cc dd.|ee'
            'aaa bbb ccc ddd'                   ; 5  ; 8 ; 'aaa bbb|ccc ddd'
            'aaa. b cc dd'                      ; 5  ; 8 ; 'aaa.|b cc dd'
            'aaaaaaaaaaaa bb'                   ; 5  ; 4 ; 'aaaaaaaaaaaa|bb'
            'aaaaaaaaaaaa'                      ; 5  ; 4 ; 'aaaaaaaaaaaa'
            'aaaaaaaaa '                        ; 5  ; 4 ; 'aaaaaaaaa '
            'aa. bb'                            ; 6  ; 3 ; 'aa. bb'
            'aa bb cc\\nshort\\nxx yy zz'       ; 5  ; 5 ; 'aa|bb cc|short|xx|yy zz'
            '“a,” said B. “c,” said D. “e,” f'  ; 10 ; 16; '“a,” said B.|“c,” said D.|“e,” f'
            '“a,” b “c,” d'                     ; 10 ; 10; '“a,” b|“c,” d'
            ''                                  ; 5  ; 4 ; ''
            '\\n\\n'                            ; 5  ; 4 ; '||'
            """)
    void aLineLongerThanTheLimitIsCutAtWhitespacePreferablyAfterASentence(String escaped, int whole, int piece, String expected) {
        String text = escaped.replace("\\n", "\n");
        ArticleLayout layout = new ArticleLayout(text, whole, piece);

        assertThat(pieces(layout, text)).isEqualTo(expected);
        assertThat(layout.displayText(0, text.length()).split("\n", -1)).containsExactly(expected.split("\\|", -1));
    }

    @Test
    void anArticleWithoutVeryLongLinesIsShownLineForLine() {
        String text = "Headline\n\nA paragraph. “A quote,” she said.\nSub heading\n" + "x".repeat(ArticleLayout.LONGEST_WHOLE_LINE);
        ArticleLayout layout = new ArticleLayout(text);

        assertThat(layout.hasCuts()).isFalse();
        assertThat(layout.paragraphCount()).isEqualTo(5);
        assertThat(layout.displayText(0, text.length())).isEqualTo(text);
        for (int offset = 0; offset <= text.length(); offset++) {
            assertThat(layout.paragraphOf(offset)).isEqualTo(layout.lineOf(offset));
        }
    }

    @Test
    void theWholeLineOfAQuoteHeavyParagraphIsCutIntoPiecesOfAtMostThePieceLength() {
        String text = "Bob\n" + "\u201Ca,\u201D said Bob. ".repeat(25_000);
        ArticleLayout layout = new ArticleLayout(text);

        assertThat(layout.paragraphCount()).isGreaterThan(text.length() / ArticleLayout.PIECE_LENGTH);
        for (int p = 0; p < layout.paragraphCount(); p++) {
            assertThat(layout.paragraphEnd(p) - layout.paragraphStart(p)).isLessThanOrEqualTo(ArticleLayout.PIECE_LENGTH);
            if (layout.continuesLine(p)) {
                // after a sentence, so no quote is cut in two
                assertThat(text.substring(layout.paragraphStart(p) - 2, layout.paragraphStart(p))).isEqualTo(". ");
                assertThat(layout.roleOf(p)).isEqualTo(ArticleLayout.Role.BODY);
                assertThat(layout.lineOf(layout.paragraphStart(p))).isEqualTo(1);
            }
        }
        assertThat(layout.roleOf(0)).isEqualTo(ArticleLayout.Role.HEADLINE);
    }

    @ParameterizedTest(name = "offset {0} is on line {1}, paragraph {2}")
    @CsvSource(textBlock = """
            0,  0, 0
            4,  0, 0
            5,  0, 0
            6,  0, 1
            11, 0, 1
            12, 1, 2
            16, 1, 2
            """)
    void engineNotesCountLinesOfTheDocumentNotDisplayParagraphs(int offset, int line, int paragraph) {
        // the first line is cut after "aaaa.": offset 5 is the cut's whitespace, the end of paragraph 0
        ArticleLayout layout = new ArticleLayout("aaaa. bbbbb\nshort", 6, 5);

        assertThat(layout.lineOf(offset)).isEqualTo(line);
        assertThat(layout.paragraphOf(offset)).isEqualTo(paragraph);
    }

    @Test
    void everyPieceOfACutHeadlineIsHeadlineAndOfALongSubheadingLikeLineBody() {
        String text = "Big news today. More of the headline\n\nWords without a stop at the end of them";
        ArticleLayout layout = new ArticleLayout(text, 20, 16);

        for (int p = 0; p < layout.paragraphCount(); p++) {
            ArticleLayout.Role expected = layout.lineOf(layout.paragraphStart(p)) == 0 ? ArticleLayout.Role.HEADLINE
                    : layout.paragraphStart(p) == layout.paragraphEnd(p) ? ArticleLayout.Role.BODY : ArticleLayout.Role.SUBHEADING;
            assertThat(layout.roleOf(p)).as("paragraph %d", p).isEqualTo(expected);
        }
        assertThat(layout.paragraphCount()).isGreaterThan(5);
    }

    @Property(tries = 300)
    void offsetsMeanTheSameCharacterInTheDocumentAndTheTextArea(
            @ForAll @StringLength(max = 120) @Chars({'a', 'b', ' ', '.', '\n', '\u201D', ','}) String text,
            @ForAll @IntRange(min = 2, max = 12) int piece, @ForAll @IntRange(min = 0, max = 12) int extra) {
        ArticleLayout layout = new ArticleLayout(text, piece + extra, piece);
        String shown = layout.displayText(0, text.length());

        assertThat(shown).hasSameSizeAs(text);
        for (int i = 0; i < text.length(); i++) {
            if (shown.charAt(i) != text.charAt(i)) {
                // a cut: whitespace of the document shown as a paragraph break, and only there
                assertThat(shown.charAt(i)).isEqualTo('\n');
                assertThat(text.charAt(i)).isEqualTo(' ');
                assertThat(layout.continuesLine(layout.paragraphOf(i) + 1)).isTrue();
            }
        }
        // the text area's paragraphs are the layout's, one per display line
        String[] lines = shown.split("\n", -1);
        assertThat(lines).hasSize(layout.paragraphCount());
        for (int p = 0; p < lines.length; p++) {
            assertThat(text.substring(layout.paragraphStart(p), layout.paragraphEnd(p))).isEqualTo(lines[p]);
            assertThat(layout.paragraphOf(layout.paragraphStart(p))).isEqualTo(p);
            assertThat(layout.paragraphOf(layout.paragraphEnd(p))).isEqualTo(p);
            assertThat(layout.lineOf(layout.paragraphStart(p)))
                    .isEqualTo((int) text.substring(0, layout.paragraphStart(p)).chars().filter(c -> c == '\n').count());
        }
        // any range the analyst selects copies as the document's text
        for (int from = 0; from <= text.length(); from += 7) {
            for (int to = from; to <= text.length(); to += 5) {
                assertThat(layout.documentText(from, to)).isEqualTo(text.substring(from, to));
                assertThat(layout.displayText(from, to)).isEqualTo(shown.substring(from, to));
            }
        }
        assertThat(layout.hasCuts()).isEqualTo(!shown.equals(text));
    }
}
