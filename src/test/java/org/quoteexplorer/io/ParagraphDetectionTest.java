package org.quoteexplorer.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How a plain-text article's lines become paragraphs, on files shaped like real ones. */
class ParagraphDetectionTest {

    @TempDir
    Path folder;

    static final String LIVE_BLOG = """
            Storm Ciara live: rail services cancelled across the north
            Updated at 10.42 GMT

            10.42 GMT
            Trains halted between Leeds and York

            Northern Rail said all services between Leeds and York were cancelled until noon because of fallen trees.
            “We are asking people not to travel unless they have to,” a spokesperson said.
            10.15 GMT
            Schools close in three counties

            Council leader Maria Keane said 140 schools would stay shut on Monday.
            Parents were told by text message before seven.
            Key Points
            Winds reached 90 mph on the coast
            """;

    static final String WIRE_COPY = """
            Port strike enters third day as talks stall

            By Ana Lopez

            HAMBURG, March 3 (Wire) - Dock workers extended their strike on Tuesday, the union said, as talks with employers stalled.

            "We will not go back without a deal," union leader Ivo Brandt told reporters outside the container terminal.

            The employers' association said it had made a fair offer.

            (Reporting by Ana Lopez; editing by Ivo Brandt)
            """;

    /** Wrapped at 72 columns by a greedy wrapper (Python's textwrap), paragraphs between blank lines. */
    static final String EMAIL_72 = """
            Harbour bridge to close to cars

            The city council voted on Tuesday to close the old harbour bridge to
            cars from next spring, ending a decade of argument over the crumbling
            structure that links the two halves of the port district.

            “We cannot keep patching a bridge that was built for horses,” said Maria
            Keane, the council leader, after the vote. “The engineers have told us
            what they think, and we have listened to them.”

            Shop owners on the north bank said the closure would cost them trade.
            Their association will ask the regional court to review the decision
            before the end of the month, its chairman said.
            """;

    /** Wrapped at 60 columns with no blank lines: a paragraph ends where a sentence ends on a short line. */
    static final String WRAPPED_WITHOUT_BLANK_LINES = """
            MINISTER RESIGNS OVER FERRY CONTRACT
            By Ivo Brandt
            The transport minister resigned on Friday after auditors
            found that a ferry contract had been awarded without a
            tender.
            “I take full responsibility,” she said in a statement read
            outside the ministry. Officials at the embassy of the U.S.
            declined to comment on the contract.
            """;

    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("live blog: every line is a paragraph, headlines and times included", LIVE_BLOG, List.of(
                        "Storm Ciara live: rail services cancelled across the north",
                        "Updated at 10.42 GMT",
                        "10.42 GMT",
                        "Trains halted between Leeds and York",
                        "Northern Rail said all services between Leeds and York were cancelled until noon because of fallen trees.",
                        "“We are asking people not to travel unless they have to,” a spokesperson said.",
                        "10.15 GMT",
                        "Schools close in three counties",
                        "Council leader Maria Keane said 140 schools would stay shut on Monday.",
                        "Parents were told by text message before seven.",
                        "Key Points",
                        "Winds reached 90 mph on the coast")),
                Arguments.of("wire copy: one paragraph per line between blank lines", WIRE_COPY, List.of(
                        "Port strike enters third day as talks stall",
                        "By Ana Lopez",
                        "HAMBURG, March 3 (Wire) - Dock workers extended their strike on Tuesday, the union said, as talks with employers stalled.",
                        "\"We will not go back without a deal,\" union leader Ivo Brandt told reporters outside the container terminal.",
                        "The employers' association said it had made a fair offer.",
                        "(Reporting by Ana Lopez; editing by Ivo Brandt)")),
                Arguments.of("e-mail wrapped at 72 columns: lines joined per block, even where a sentence ends at the wrap",
                        EMAIL_72, List.of(
                        "Harbour bridge to close to cars",
                        "The city council voted on Tuesday to close the old harbour bridge to cars from next spring, ending a "
                                + "decade of argument over the crumbling structure that links the two halves of the port district.",
                        "“We cannot keep patching a bridge that was built for horses,” said Maria Keane, the council leader, "
                                + "after the vote. “The engineers have told us what they think, and we have listened to them.”",
                        "Shop owners on the north bank said the closure would cost them trade. Their association will ask "
                                + "the regional court to review the decision before the end of the month, its chairman said.")),
                Arguments.of("wrapped without blank lines: heading and byline stand alone, a short sentence end ends its paragraph",
                        WRAPPED_WITHOUT_BLANK_LINES, List.of(
                        "MINISTER RESIGNS OVER FERRY CONTRACT",
                        "By Ivo Brandt",
                        "The transport minister resigned on Friday after auditors found that a ferry contract had been "
                                + "awarded without a tender.",
                        "“I take full responsibility,” she said in a statement read outside the ministry. Officials at "
                                + "the embassy of the U.S. declined to comment on the contract.")),
                Arguments.of("mixed CRLF and LF, whitespace-only lines with tabs and no-break spaces are blank",
                        "Budget passed\r\n\u00A0\r\n  The budget passed by 51 votes to 49.  \n\t \n\u201CA good day,\u201D said Ana Lopez.\r\n\u2003\u00A0\n",
                        List.of("Budget passed", "The budget passed by 51 votes to 49.", "\u201CA good day,\u201D said Ana Lopez.")),
                Arguments.of("short lines of similar length that end sentences are not wrapped text",
                        "Short items\nThe vote was held on Monday.\nThe motion failed by two votes.\nThe mayor stays in office.\n",
                        List.of("Short items", "The vote was held on Monday.", "The motion failed by two votes.",
                                "The mayor stays in office.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void aTextFileFromDiskGivesTheseParagraphs(String what, String content, List<String> paragraphs) throws Exception {
        Path file = folder.resolve("article.txt");
        Files.writeString(file, content, StandardCharsets.UTF_8);

        String text = ArticleReader.load(file).article().text();

        assertThat(text.split("\n")).containsExactlyElementsOf(paragraphs);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theSameTextGivenAsAStringGivesTheSameParagraphs(String what, String content, List<String> paragraphs) throws Exception {
        String text = ArticleReader.read(content, "article.txt").article().text();

        assertThat(text.split("\n")).containsExactlyElementsOf(paragraphs);
    }

    @Test
    void eachTurnOfATranscriptIsAParagraphThoughTheLinesFillTheWidth() throws Exception {
        String transcript = """
                Transcript: Press briefing on the Geneva talks
                QUESTION: Minister, what did the other side offer you at the meeting this morning in the old town hall?
                ANA LOPEZ: They offered nothing that we had not already rejected at the previous round of talks in Vienna
                QUESTION: So you are walking away from the table for good, after eleven months of hard negotiations?
                ANA LOPEZ: We are not walking away, but we will not sign a document that betrays our people and our land
                Q: What happens next, and when will the delegations meet again in Geneva or somewhere else this year?
                A: That depends on them and on whether they are ready to make the concessions they promised us before
                """;

        String text = ArticleReader.read(transcript, "briefing.txt").article().text();

        assertThat(text.split("\n")).hasSize(7).allSatisfy(line -> assertThat(line).doesNotContain(": Minister, what did"
                + " the other side offer you at the meeting this morning in the old town hall? ANA"));
        assertThat(text.split("\n")[2]).startsWith("ANA LOPEZ: They offered nothing").endsWith("talks in Vienna");
    }

    @Test
    void anRtfDocumentIsRefusedRatherThanReadAsItsControlWords() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ArticleReader.read(
                        "{\\rtf1\\ansi{\\fonttbl\\f0 Times;}\\f0\\fs24 \\ldblquote Yes,\\rdblquote  said Ana.\\par}", "story.rtf"))
                .isInstanceOf(ArticleReadException.class)
                .hasMessageContaining("story.rtf is an RTF document");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "line break {index}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"\u2028", "\u2029", "\u0085", "\u000B", "\f", "\r\n\f"})
    void everyLineBreakUnicodeKnowsPartsParagraphs(String lineBreak) throws Exception {
        String content = "Talks resume" + lineBreak + "\u201CWe are ready,\u201D said Ana Lopez." + lineBreak
                + "\u201CSo are we,\u201D said Bob Stone.";

        String text = ArticleReader.read(content, "talks.txt").article().text();

        assertThat(text.split("\n")).containsExactly("Talks resume", "\u201CWe are ready,\u201D said Ana Lopez.",
                "\u201CSo are we,\u201D said Bob Stone.");
    }

    @Test
    void aWordHyphenatedAtTheWrapJoinsWithoutASpaceAndADashKeepsIt() throws Exception {
        String wrapped = """
                Talks resume
                The two delegations met again on Monday after the so-
                called border talks broke down last week, and the minister -
                who had flown in - said they would go on.
                A joint statement is expected on Wednesday, a spokesman for the
                foreign ministry said after the meeting in the old town hall.
                """;

        String text = ArticleReader.read(wrapped, "talks.txt").article().text();

        assertThat(text.split("\n")).containsExactly(
                "Talks resume",
                "The two delegations met again on Monday after the so-called border talks broke down last week, and the "
                        + "minister - who had flown in - said they would go on.",
                "A joint statement is expected on Wednesday, a spokesman for the foreign ministry said after the meeting "
                        + "in the old town hall.");
    }

    @Test
    void aSentenceEndingAtTheWrapJoinsALowerCaseContinuationWhenParagraphsAlsoEndInsideBlocks() throws Exception {
        String wrapped = """
                Talks resume
                The two delegations met again on Monday after the talks in the U.S.
                capital broke down last week without any agreement on the border,
                officials from both sides said on Tuesday evening.
                A joint statement is expected on Wednesday, a spokesman for the
                foreign ministry said.
                """;

        String text = ArticleReader.read(wrapped, "talks.txt").article().text();

        assertThat(text.split("\n")).containsExactly(
                "Talks resume",
                "The two delegations met again on Monday after the talks in the U.S. capital broke down last week "
                        + "without any agreement on the border, officials from both sides said on Tuesday evening.",
                "A joint statement is expected on Wednesday, a spokesman for the foreign ministry said.");
    }

    @Test
    void aWebArticleWithTimestampsAndBlankLinesIsNotGluedIntoOneParagraph() throws Exception {
        StringBuilder blog = new StringBuilder("Election night live\n");
        for (int hour = 23; hour >= 18; hour--) {
            blog.append('\n').append(hour).append(":00 BST\n");
            blog.append("Results from district ").append(hour).append(" are in\n");
            blog.append("Turnout in district ").append(hour).append(" was ").append(40 + hour)
                    .append(" per cent, officials said, up from the last election four years ago.\n");
            blog.append("“It was a long night,” a returning officer said.\n");
        }

        String text = ArticleReader.read(blog.toString(), "blog.txt").article().text();

        assertThat(text.split("\n")).hasSize(1 + 6 * 4)
                .contains("23:00 BST", "Results from district 23 are in", "“It was a long night,” a returning officer said.");
    }
}
