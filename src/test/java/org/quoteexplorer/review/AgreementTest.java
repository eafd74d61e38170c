package org.quoteexplorer.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
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

class AgreementTest {

    private static final String TEXT = "Mayor sets budget\n" + "x".repeat(400);

    private static Quote quote(String id, int start, int end, String speakerId, QuoteStatus status) {
        return new Quote(id, new Span(start, end), QuoteType.DIRECT, speakerId, null, null, 0.5, "manual", status,
                null, List.of());
    }

    private static AnnotatedArticle doc(List<Speaker> speakers, Quote... quotes) {
        return new AnnotatedArticle(Article.of("story", TEXT), speakers, List.of(quotes));
    }

    private static Speaker person(String id, String name, String... aliases) {
        return new Speaker(id, name, SpeakerKind.PERSON, null, List.of(aliases));
    }

    @ParameterizedTest(name = "A [{0},{1}) and B [{2},{3}) paired: {4}")
    @CsvSource(textBlock = """
            20, 40, 20, 40, true
            20, 40, 25, 40, true
            20, 40, 30, 40, true
            20, 40, 31, 40, false
            20, 40, 25, 45, true
            20, 40, 30, 50, false
            20, 40, 40, 60, false
            """)
    void quotesArePairedWhenTheyOverlapByAtLeastHalfTheirUnion(int startA, int endA, int startB, int endB, boolean paired) {
        Agreement.Result r = Agreement.compare(
                doc(List.of(), quote("q1", startA, endA, null, QuoteStatus.SUGGESTED)),
                doc(List.of(), quote("q1", startB, endB, null, QuoteStatus.SUGGESTED)));
        assertThat(r.matched()).isEqualTo(paired ? 1 : 0);
        assertThat(r.count(Agreement.Kind.ONLY_A)).isEqualTo(paired ? 0 : 1);
        assertThat(r.count(Agreement.Kind.ONLY_B)).isEqualTo(paired ? 0 : 1);
        boolean sameSpan = startA == startB && endA == endB;
        assertThat(r.count(Agreement.Kind.SPAN)).isEqualTo(paired && !sameSpan ? 1 : 0);
    }

    @Test
    void eachQuoteIsPairedOnceWithTheLargestOverlapFirst() {
        // A's q1 overlaps B's q1 by 18 and B's q2 by 16; the larger overlap wins, B's q2 stays alone.
        Agreement.Result r = Agreement.compare(
                doc(List.of(), quote("q1", 20, 40, null, QuoteStatus.SUGGESTED)),
                doc(List.of(), quote("q1", 20, 38, null, QuoteStatus.SUGGESTED), quote("q2", 24, 40, null, QuoteStatus.SUGGESTED)));
        assertThat(r.pairs()).singleElement().satisfies(p -> {
            assertThat(p.a().id()).isEqualTo("q1");
            assertThat(p.b().id()).isEqualTo("q1");
        });
        assertThat(r.differences()).extracting(Agreement.Difference::kind)
                .containsExactly(Agreement.Kind.SPAN, Agreement.Kind.ONLY_B);
    }

    @Test
    void speakersAreTheSameByNameOrAliasWhateverTheirIds() {
        AnnotatedArticle a = doc(List.of(person("s1", "Jane Smith", "Smith"), person("s2", "Tom Ode")),
                quote("q1", 20, 40, "s1", QuoteStatus.ACCEPTED),
                quote("q2", 50, 70, "s2", QuoteStatus.ACCEPTED),
                quote("q3", 80, 100, null, QuoteStatus.ACCEPTED),
                quote("q4", 110, 130, "s1", QuoteStatus.ACCEPTED));
        AnnotatedArticle b = doc(List.of(person("s7", "smith"), person("s8", "Anna Berg"), person("s9", "tom  ode")),
                quote("q1", 20, 40, "s7", QuoteStatus.ACCEPTED),
                quote("q2", 50, 70, "s9", QuoteStatus.ACCEPTED),
                quote("q3", 80, 100, null, QuoteStatus.ACCEPTED),
                quote("q4", 110, 130, "s8", QuoteStatus.ACCEPTED));

        Agreement.Result r = Agreement.compare(a, b);

        assertThat(r.matched()).isEqualTo(4);
        assertThat(r.sameSpeaker()).isEqualTo(3);
        assertThat(r.sameSpeakerShare()).isEqualTo(0.75);
        assertThat(r.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Agreement.Kind.SPEAKER);
            assertThat(d.a().id()).isEqualTo("q4");
            assertThat(d.speakerA()).isEqualTo("Jane Smith");
            assertThat(d.speakerB()).isEqualTo("Anna Berg");
        });
    }

    @Test
    void anUnattributedQuoteDiffersFromAnAttributedOne() {
        Agreement.Result r = Agreement.compare(
                doc(List.of(person("s1", "Jane Smith")), quote("q1", 20, 40, "s1", QuoteStatus.SUGGESTED)),
                doc(List.of(), quote("q1", 20, 40, null, QuoteStatus.SUGGESTED)));
        assertThat(r.sameSpeaker()).isZero();
        assertThat(r.differences()).extracting(Agreement.Difference::kind).containsExactly(Agreement.Kind.SPEAKER);
    }

    @Test
    void aStatusDifferenceIsListedWithBothStatuses() {
        Agreement.Result r = Agreement.compare(
                doc(List.of(), quote("q1", 20, 40, null, QuoteStatus.ACCEPTED)),
                doc(List.of(), quote("q1", 20, 40, null, QuoteStatus.REJECTED)));
        assertThat(r.differences()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Agreement.Kind.STATUS);
            assertThat(d.a().status()).isEqualTo(QuoteStatus.ACCEPTED);
            assertThat(d.b().status()).isEqualTo(QuoteStatus.REJECTED);
        });
        assertThat(r.statuses().count(QuoteStatus.ACCEPTED, QuoteStatus.REJECTED)).isEqualTo(1);
    }

    /**
     * The worked example: 50 quotes, both accept 20, A accepts and B rejects 5, A rejects and B
     * accepts 10, both reject 15. Observed agreement 35/50 = 0.7; A accepts half, B 30/50, so
     * chance agreement is 0.5·0.6 + 0.5·0.4 = 0.5, and kappa = (0.7 − 0.5) / (1 − 0.5) = 0.4.
     */
    @Test
    void kappaOnTheStatusMatchesTheWorkedTwoByTwoExample() {
        Agreement.Result r = Agreement.compare(table(20, 5, 10, 15)[0], table(20, 5, 10, 15)[1]);
        assertThat(r.matched()).isEqualTo(50);
        assertThat(r.statuses().agreeing()).isEqualTo(35);
        assertThat(r.kappa()).isCloseTo(0.4, within(1e-12));
        assertThat(r.count(Agreement.Kind.STATUS)).isEqualTo(15);
    }

    @Test
    void kappaIsOneForFullAgreementAndUndefinedWhenEveryQuoteHasOneStatus() {
        assertThat(Agreement.compare(table(3, 0, 0, 4)[0], table(3, 0, 0, 4)[1]).kappa()).isEqualTo(1.0);
        assertThat(Agreement.compare(table(5, 0, 0, 0)[0], table(5, 0, 0, 0)[1]).kappa()).isNaN();
        assertThat(Agreement.compare(doc(List.of()), doc(List.of())).kappa()).isNaN();
    }

    @Test
    void pooledKappaComesFromTheSummedTableNotTheMeanOfKappas() {
        AnnotatedArticle[] first = table(20, 5, 0, 0);
        AnnotatedArticle[] second = table(0, 0, 10, 15);
        Agreement.Result one = Agreement.compare(first[0], first[1]);
        Agreement.Result two = Agreement.compare(second[0], second[1]);

        Agreement.Result pooled = Agreement.pooled(List.of(one, two));

        assertThat(pooled.articles()).isEqualTo(2);
        assertThat(pooled.matched()).isEqualTo(50);
        assertThat(pooled.kappa()).isCloseTo(0.4, within(1e-12));
        assertThat(one.kappa()).isNotCloseTo(0.4, within(0.1));
    }

    @Test
    void reviewsOfDifferentTextsAreRefused() {
        AnnotatedArticle other = new AnnotatedArticle(Article.of("other", TEXT + " more"), List.of(), List.of());
        assertThatThrownBy(() -> Agreement.compare(doc(List.of()), other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different article texts");
    }

    /** Reviews A and B of one article whose quotes fill a 2×2 accepted/rejected table. */
    private static AnnotatedArticle[] table(int bothAccept, int onlyAAccepts, int onlyBAccepts, int bothReject) {
        List<Quote> a = new ArrayList<>();
        List<Quote> b = new ArrayList<>();
        int[] cells = {bothAccept, onlyAAccepts, onlyBAccepts, bothReject};
        QuoteStatus acc = QuoteStatus.ACCEPTED;
        QuoteStatus rej = QuoteStatus.REJECTED;
        QuoteStatus[][] statuses = {{acc, acc}, {acc, rej}, {rej, acc}, {rej, rej}};
        int n = 0;
        for (int cell = 0; cell < cells.length; cell++) {
            for (int k = 0; k < cells[cell]; k++, n++) {
                int start = 20 + 6 * n;
                a.add(quote("q" + n, start, start + 5, null, statuses[cell][0]));
                b.add(quote("q" + n, start, start + 5, null, statuses[cell][1]));
            }
        }
        return new AnnotatedArticle[] {doc(List.of(), a.toArray(Quote[]::new)), doc(List.of(), b.toArray(Quote[]::new))};
    }

    @net.jqwik.api.Property(tries = 300)
    void pairsAreThoseOfComparingEveryQuoteWithEveryOther(
            @net.jqwik.api.ForAll("spans") List<int[]> spansA, @net.jqwik.api.ForAll("spans") List<int[]> spansB) {
        List<Quote> qa = new ArrayList<>();
        for (int[] span : spansA) {
            qa.add(quote("a" + qa.size(), span[0], span[1], null, QuoteStatus.SUGGESTED));
        }
        List<Quote> qb = new ArrayList<>();
        for (int[] span : spansB) {
            qb.add(quote("b" + qb.size(), span[0], span[1], null, QuoteStatus.SUGGESTED));
        }
        AnnotatedArticle docA = doc(List.of(), qa.toArray(Quote[]::new));
        AnnotatedArticle docB = doc(List.of(), qb.toArray(Quote[]::new));
        Agreement.Result r = Agreement.compare(docA, docB);
        // positions in the documents' own order, which is by span
        qa = docA.quotes();
        qb = docB.quotes();

        // every pair of quotes, largest overlap first, ties by the higher positions, each quote once
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < qa.size(); i++) {
            for (int j = 0; j < qb.size(); j++) {
                Span a = qa.get(i).span();
                Span b = qb.get(j).span();
                int overlap = Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
                int union = Math.max(a.end(), b.end()) - Math.min(a.start(), b.start());
                if (overlap > 0 && 2L * overlap >= union) {
                    candidates.add(new int[] {overlap, i, j});
                }
            }
        }
        candidates.sort(java.util.Comparator.<int[]>comparingInt(c -> c[0]).thenComparingInt(c -> c[1])
                .thenComparingInt(c -> c[2]).reversed());
        boolean[] usedA = new boolean[qa.size()];
        boolean[] usedB = new boolean[qb.size()];
        List<String> expected = new ArrayList<>();
        for (int[] c : candidates) {
            if (!usedA[c[1]] && !usedB[c[2]]) {
                usedA[c[1]] = true;
                usedB[c[2]] = true;
                expected.add(qa.get(c[1]).id() + "=" + qb.get(c[2]).id());
            }
        }
        assertThat(r.pairs()).extracting(p -> p.a().id() + "=" + p.b().id()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<int[]>> spans() {
        net.jqwik.api.Arbitrary<int[]> span = net.jqwik.api.Combinators.combine(
                net.jqwik.api.Arbitraries.integers().between(0, 380), net.jqwik.api.Arbitraries.integers().between(1, 40))
                .as((start, length) -> new int[] {start, start + length});
        return span.list().ofMaxSize(25);
    }
}
