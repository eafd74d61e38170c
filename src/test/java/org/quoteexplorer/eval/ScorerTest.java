package org.quoteexplorer.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** The Java scorer follows score_quotes.py's protocol, on invented documents. */
class ScorerTest {

    private static final String TEXT = "“We are ready,” said Ana Kiril. “Fine,” he said. Scare “quotes” here.";
    private static final Set<String> ALL = Set.of("direct", "mixed", "partial", "headline");

    private static GoldQuote gold(String words, String speaker, String mention, boolean pronoun) {
        int start = TEXT.indexOf(words);
        int m = TEXT.indexOf(mention);
        return new GoldQuote(start, start + words.length(), words, "direct", speaker,
                List.of(new int[] {m, m + mention.length()}), pronoun, List.of(), "said");
    }

    private static GoldDocument doc() {
        int scare = TEXT.indexOf("quotes");
        return new GoldDocument("d", null, TEXT, List.of(
                gold("We are ready,", "Defence Minister Ana Kiril", "Ana Kiril", false),
                gold("Fine,", "he", "he", true)), List.<int[]>of(new int[] {scare, scare + 6}));
    }

    private static Quote quote(String id, String marked, String speakerId, String mention, QuoteStatus status) {
        int start = TEXT.indexOf(marked);
        Span mentionSpan = mention == null ? null : new Span(TEXT.indexOf(mention), TEXT.indexOf(mention) + mention.length());
        return new Quote(id, new Span(start, start + marked.length()), QuoteType.DIRECT, speakerId, mentionSpan, null,
                0.9, "rule:test", status, null, List.of());
    }

    private static Score score(List<Speaker> speakers, Quote... quotes) {
        AnnotatedArticle predicted = new AnnotatedArticle(Article.of("d", TEXT), speakers, List.of(quotes));
        return Scorer.score(List.of(doc()), Map.of("d", predicted), ALL);
    }

    @Test
    void countsMatchesAndIgnoresPredictionsOnUnattributedQuotedSpans() {
        Speaker kiril = new Speaker("s1", "Kiril", SpeakerKind.PERSON, null, List.of());
        Score s = score(List.of(kiril),
                quote("q1", "“We are ready,”", "s1", null, QuoteStatus.SUGGESTED),
                quote("q2", "“Fine,”", "s1", "he", QuoteStatus.SUGGESTED),
                quote("q3", "“quotes”", null, null, QuoteStatus.SUGGESTED));
        assertThat(s.gold()).isEqualTo(2);
        assertThat(s.predicted()).isEqualTo(2);
        assertThat(s.matched()).isEqualTo(2);
        assertThat(s.speakerOk()).isEqualTo(2);
        assertThat(s.lines()).containsExactly(
                "documents 1 (no prediction for 0)",
                "gold quotes 2, predicted 2, matched 2",
                "extraction precision 1.000 recall 1.000 F1 1.000",
                "speaker accuracy, named gold speakers: 1.000 (1/1)",
                "speaker accuracy, pronoun gold speakers: 1.000 (1/1)",
                "attribution F1 1.000 (extraction F1 1.000, speaker accuracy 1.000)");
    }

    @Test
    void needsTheMentionOfAPronounSpeakerNotJustItsName() {
        Speaker he = new Speaker("s1", "he", SpeakerKind.PERSON, null, List.of());
        Score s = score(List.of(he), quote("q2", "“Fine,”", "s1", "Ana Kiril", QuoteStatus.SUGGESTED));
        assertThat(s.pronounTotal()).isEqualTo(1);
        assertThat(s.pronounOk()).isZero();
        assertThat(s.errors()).extracting(ScoringError::type)
                .contains(ScoringError.Type.MISSED, ScoringError.Type.WRONG_SPEAKER);
    }

    @Test
    void ignoresRejectedQuotesAndDocumentsWithoutPrediction() {
        Score s = score(List.of(), quote("q1", "“We are ready,”", null, null, QuoteStatus.REJECTED));
        assertThat(s.predicted()).isZero();
        Score none = Scorer.score(List.of(doc()), Map.of(), ALL);
        assertThat(none.missingPredictions()).isEqualTo(1);
        assertThat(none.lines().get(0)).isEqualTo("documents 1 (no prediction for 1)");
    }

    @Test
    void matchesLenientlyButOneToOne() {
        Speaker kiril = new Speaker("s1", "Ana Kiril", SpeakerKind.PERSON, null, List.of());
        // Two predictions over the same gold quote: one matches, the other is spurious.
        Score s = score(List.of(kiril),
                quote("q1", "“We are ready,”", "s1", null, QuoteStatus.SUGGESTED),
                quote("q2", "We are ready", "s1", null, QuoteStatus.SUGGESTED));
        assertThat(s.matched()).isEqualTo(1);
        assertThat(s.predicted()).isEqualTo(2);
        assertThat(s.errors()).extracting(ScoringError::type).contains(ScoringError.Type.SPURIOUS);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Defence Minister Ana Kiril       | defence#ana#kiril
            Sen. Paul Merrow, a Democrat     | paul#merrow#democrat
            the White House                  | ''
            O’Neill’s aide                   | o’neill’s#aide
            """)
    void takesNameTokensLikeTheScript(String name, String tokens) {
        Set<String> expected = tokens.isEmpty() ? Set.of() : Set.of(tokens.split("#"));
        assertThat(Scorer.nameTokens(name)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            0.1235, 0.123
            0.0005, 0.001
            0.8745, 0.875
            1.0,    1.000
            """)
    void roundsLikePythonFormatting(double value, String expected) {
        assertThat(Score.f3(value)).isEqualTo(expected);
    }

    /** TEXT with its paragraphs reflowed the way the article reader does: whitespace moved, nothing else. */
    private static final String REFLOWED = "  “We are ready,”\n\n said   Ana\nKiril. “Fine,” he said.\tScare “quotes” here.\n";

    @Test
    void predictionsOnTextDifferingOnlyInWhitespaceAreAlignedToTheGoldText() {
        Speaker kiril = new Speaker("s1", "Kiril", SpeakerKind.PERSON, null, List.of());
        Speaker he = new Speaker("s2", "Ana Kiril", SpeakerKind.PERSON, null, List.of());
        AnnotatedArticle predicted = new AnnotatedArticle(Article.of("d", REFLOWED), List.of(kiril, he), List.of(
                quoteIn(REFLOWED, "q1", "“We are ready,”", "s1", null),
                // The mention is the only way a pronoun gold speaker counts, so it must land on the gold "he".
                quoteIn(REFLOWED, "q2", "“Fine,”", "s2", "he"),
                quoteIn(REFLOWED, "q3", "“quotes”", null, null)));

        Score s = Scorer.score(List.of(doc()), Map.of("d", predicted), ALL);

        assertThat(s.lines()).containsExactly(
                "documents 1 (no prediction for 0)",
                "gold quotes 2, predicted 2, matched 2",
                "extraction precision 1.000 recall 1.000 F1 1.000",
                "speaker accuracy, named gold speakers: 1.000 (1/1)",
                "speaker accuracy, pronoun gold speakers: 1.000 (1/1)",
                "attribution F1 1.000 (extraction F1 1.000, speaker accuracy 1.000)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a word changed            | “We are steady,” said Ana Kiril. “Fine,” he said. Scare “quotes” here.
            a character dropped       | “We are ready,” said Ana Kiril. “Fine,” he said. Scare “quotes” here
            a character added         | “We are ready,” said Ana Kiril. “Fine,” he said. Scare “quotes” here..
            """)
    void aTextDifferingBeyondWhitespaceIsAnErrorNamingTheDocument(String change, String text) {
        AnnotatedArticle predicted = new AnnotatedArticle(Article.of("d", text), List.of(), List.of());

        assertThatThrownBy(() -> Scorer.score(List.of(doc()), Map.of("d", predicted), ALL))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("d: the text read differs from the gold text beyond whitespace");
    }

    @ParameterizedTest(name = "\"{0}\" at {2} → gold {3}")
    @CsvSource(delimiter = '|', textBlock = """
            ' a  b'   | 'a b' | 0 | 0
            ' a  b'   | 'a b' | 1 | 0
            ' a  b'   | 'a b' | 2 | 1
            ' a  b'   | 'a b' | 3 | 1
            ' a  b'   | 'a b' | 4 | 2
            ' a  b'   | 'a b' | 5 | 3
            'a\u00a0b' | 'a\\nb' | 2 | 2
            """)
    void alignmentMapsOffsetsLikeTheScript(String predictedText, String goldText, int offset, int expected) {
        String p = predictedText.translateEscapes();
        String g = goldText.translateEscapes();

        assertThat(Scorer.whitespaceAlignment(p, g)[offset]).isEqualTo(expected);
    }

    @Property
    void alignmentMapsEveryNonSpaceCharacterToItsTwin(@ForAll("whitespaceRewrites") String[] texts) {
        String p = texts[0];
        String g = texts[1];
        int[] table = Scorer.whitespaceAlignment(p, g);

        assertThat(table).isNotNull().hasSize(p.length() + 1);
        for (int i = 0; i < p.length(); i++) {
            if (!Character.isWhitespace(p.charAt(i))) {
                assertThat(g.charAt(table[i])).isEqualTo(p.charAt(i));
            }
            if (i > 0) {
                assertThat(table[i]).isGreaterThanOrEqualTo(table[i - 1]);
            }
        }
    }

    /** The same words joined by different runs of spaces, tabs and line ends. */
    @Provide
    Arbitrary<String[]> whitespaceRewrites() {
        Arbitrary<String> word = Arbitraries.strings().withChars("ab“”.,é").ofMinLength(1).ofMaxLength(5);
        Arbitrary<String> gap = Arbitraries.strings().withChars(" \t\n").ofMinLength(0).ofMaxLength(3);
        return word.list().ofMinSize(1).ofMaxSize(8).flatMap(words -> gap.list().ofSize(2 * words.size() + 2)
                .map(gaps -> new String[] {join(words, gaps, 0), join(words, gaps, 1)}));
    }

    private static String join(List<String> words, List<String> gaps, int which) {
        StringBuilder sb = new StringBuilder(gaps.get(which));
        for (int i = 0; i < words.size(); i++) {
            // A gap between words is never empty on either side, or two words would fuse into one.
            String between = gaps.get(2 * i + 2 + which);
            sb.append(words.get(i)).append(i + 1 < words.size() && between.isEmpty() ? " " : between);
        }
        return sb.toString();
    }

    private static Quote quoteIn(String text, String id, String marked, String speakerId, String mention) {
        int start = text.indexOf(marked);
        Span mentionSpan = mention == null ? null : new Span(text.indexOf(mention), text.indexOf(mention) + mention.length());
        return new Quote(id, new Span(start, start + marked.length()), QuoteType.DIRECT, speakerId, mentionSpan, null,
                0.9, "rule:test", QuoteStatus.SUGGESTED, null, List.of());
    }
}
