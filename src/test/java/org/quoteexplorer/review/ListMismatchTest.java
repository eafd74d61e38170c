package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.model.TitleSource;

/** The speaker-list check on invented people: the list knows Ivo Novak, foreign minister, alias "I. Novak". */
class ListMismatchTest {

    private static final List<Speaker> LIST = List.of(
            new Speaker("k1", "Ivo Novak", SpeakerKind.PERSON, "Foreign Minister of Elbonia", List.of("Novak", "Ivan Novak")),
            new Speaker("k2", "Mara Lind-Holm", SpeakerKind.PERSON, "President of the Port Authority", List.of("Lind-Holm")),
            new Speaker("k3", "Harbour Union", SpeakerKind.ORGANIZATION, null, List.of("Union")));

    private static Assessment assess(String name, String aliases, String title) {
        String text = "Talks\n\u201cWe are ready,\u201d said " + name + ".";
        int start = text.indexOf('\u201c');
        int end = text.indexOf('\u201d') + 1;
        int mention = text.indexOf(name);
        Speaker speaker = new Speaker("s1", name, SpeakerKind.PERSON, title,
                aliases == null ? List.of() : Arrays.asList(aliases.split(";")), title == null ? null : TitleSource.ARTICLE);
        Quote q = new Quote("q1", new Span(start, end), QuoteType.DIRECT, "s1", new Span(mention, mention + name.length()),
                null, 0.98, "rule:quote-cue-speaker", QuoteStatus.SUGGESTED, null, List.of());
        return Radar.assess(new AnnotatedArticle(Article.of("t", text), List.of(speaker), List.of(q)), LIST).of("q1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            same surname, another first name      | Dana Novak        | -                   | -                  | Dana Novak;Ivo Novak
            alias with another first name         | Ivo Novak         | Novak;Petar Novak   | -                  | Petar Novak;Ivo Novak
            title the list contradicts            | Ivo Novak         | Novak               | Elbonian spokesman | Elbonian spokesman;Foreign Minister of Elbonia
            hyphenated surname, other first name  | Lena Lind-Holm    | -                   | -                  | Lena Lind-Holm;Mara Lind-Holm
            accented first name not in the list   | Ána Novák         | -                   | -                  | Ána Novák;Ivo Novak
            """)
    void flagsASpeakerWhoDoesNotFitTheListsPersonAndNamesBoth(String label, String name, String aliases, String title,
            String inReason) {
        Assessment a = assess(name, aliases, title);

        assertThat(a.flags()).filteredOn(f -> f.code() == FlagCode.SPEAKER_LIST_MISMATCH).singleElement()
                .satisfies(f -> assertThat(f.reason()).contains(inReason.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            the list's own name                   | Ivo Novak         | Novak               | -
            a first name the list has as alias    | Ivan Novak        | -                   | -
            an initial of the first name          | I. Novak          | -                   | -
            a middle initial                      | Ivo K. Novak      | -                   | -
            an honorific before the surname       | Mr. Novak         | -                   | -
            the list's name with accents          | Ívo Novák         | -                   | -
            the same role in other words          | Ivo Novak         | -                   | Elbonia's foreign minister
            a title with no role to compare       | Ivo Novak         | -                   | Elbonian
            a surname nobody in the list has      | Dana Kovac        | -                   | spokeswoman
            an alias that is no name              | Ivo Novak         | a video of Novak    | -
            a capitalised phrase, no first name   | Ivo Novak         | This Novak          | -
            """)
    void leavesASpeakerWhoFitsTheListUnflagged(String label, String name, String aliases, String title) {
        Assessment a = assess(name, aliases, title);

        assertThat(a.has(FlagCode.SPEAKER_LIST_MISMATCH)).as(a.flags().toString()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void withoutASpeakerListNothingIsCompared() {
        String text = "Talks\n\u201cWe are ready,\u201d said Dana Novak.";
        Speaker s = new Speaker("s1", "Dana Novak", SpeakerKind.PERSON, null, List.of());
        Quote q = new Quote("q1", new Span(6, 22), QuoteType.DIRECT, "s1", new Span(28, 38), null, 0.98,
                "rule:quote-cue-speaker", QuoteStatus.SUGGESTED, null, List.of());

        assertThat(Radar.assess(new AnnotatedArticle(Article.of("t", text), List.of(s), List.of(q))).of("q1")
                .has(FlagCode.SPEAKER_LIST_MISMATCH)).isFalse();
    }
}
