package org.quoteexplorer.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class WordListsTest {

    private static List<String> parse(String text, WordLists.Shape shape) throws IOException {
        return WordLists.parse("test.txt", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), shape);
    }

    @Test
    void readsOneEntryALineAndSkipsComments() throws IOException {
        assertEquals(List.of("said", "told"), parse("# speech\nsaid\n# more\ntold\n", WordLists.Shape.WORD));
    }

    @Test
    void aDuplicateWordIsRefusedNamingTheListAndBothLines() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("said\ntold\nsaid\n", WordLists.Shape.WORD));
        assertTrue(e.getMessage().contains("test.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void aVerbGivenTwiceIsRefusedEvenWithDifferentForms() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> parse("write writes wrote writing\nnote\nwrite\n", WordLists.Shape.VERB));
        assertTrue(e.getMessage().contains("\"write\" is already on line 1"), e.getMessage());
    }

    @ParameterizedTest(name = "{0} line {1} of shape {2} is refused")
    @CsvSource(delimiter = '|', textBlock = """
            said\\n\\ntold       | 2 | WORD
            said\\n   \\ntold    | 2 | WORD
            Said               | 1 | WORD
            said\\n told        | 2 | WORD
            said\\ntold \\n      | 2 | WORD
            the  press         | 1 | PHRASE
            told reporters     | 1 | WORD
            say says said      | 1 | VERB
            said\\tsays         | 1 | WORD
            written            | 1 | PAIR
            """)
    void aMalformedLineIsRefusedWithItsLineNumber(String text, int line, WordLists.Shape shape) {
        String unescaped = text.replace("\\n", "\n").replace("\\t", "\t");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> parse(unescaped, shape));
        assertTrue(e.getMessage().contains("test.txt, line " + line + ":"), e.getMessage());
    }

    @Test
    void aMissingListIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WordLists.words("no-such-list.txt"));
        assertTrue(e.getMessage().contains("no-such-list.txt"), e.getMessage());
    }

    @Test
    void theShippedListsLoadAndFeedTheLexicon() {
        assertEquals(Lexicon.VerbForm.FINITE, Lexicon.SPEECH_VERBS.get("said"));
        assertEquals(Lexicon.VerbForm.PARTICIPLE, Lexicon.SPEECH_VERBS.get("adding"));
        assertEquals("write", Lexicon.lemmaOf("written"));
        assertTrue(Lexicon.isStrongSpeechVerb("told"));
        assertFalse(Lexicon.isSpeechVerb("state"), "a bare form mostly used as a noun is taken out");
        assertTrue(Lexicon.ORGANISATION_HEADS.contains("statement"), "document nouns head organisations too");
        assertTrue(Lexicon.CUE_OBJECTS.contains("the press"));
    }
}
