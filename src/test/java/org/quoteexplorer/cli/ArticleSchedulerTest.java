package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Admitting an article by its estimated heap, before it is read; sizes in MB. */
class ArticleSchedulerTest {

    private static final long MB = 1024 * 1024;

    @ParameterizedTest(name = "{0} workers, heap {1}, in use {2} ({3} after a collection), article {4} → {5}")
    @CsvSource(textBlock = """
            1, 1000, 100, 100,  800, RUN
            1, 1000, 100, 100,  950, TOO_BIG
            1, 1000, 900, 100,  800, RUN
            1, 1000, 900, 300,  800, TOO_BIG
            4, 1000, 200, 200,  150, RUN
            4, 1000, 200, 200,  300, RUN_ALONE
            4, 1000, 200, 200,  801, TOO_BIG
            """)
    void admitsByEstimateAgainstTheFreeHeapCollectingOnceBeforeRefusing(int workers, long heap, long inUse,
            long afterCollection, long article, ArticleScheduler.Admission expected) {
        long[] used = {inUse * MB};
        ArticleScheduler scheduler = new ArticleScheduler(workers, () -> heap * MB, () -> used[0],
                () -> used[0] = afterCollection * MB);

        assertThat(scheduler.admit(article * MB)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} MB needed, {1} MB in use → -Xmx{2}")
    @CsvSource(textBlock = """
            100,  50, 512m
            600,  50, 1g
            1024,  1, 2g
            3000,  20, 3g
            3000, 100, 4g
            """)
    void suggestsAHeapThatFitsTheArticle(long estimate, long inUse, String expected) {
        ArticleScheduler scheduler = new ArticleScheduler(1, () -> 256 * MB, () -> inUse * MB, () -> { });

        assertThat(scheduler.suggestedXmx(estimate * MB)).isEqualTo(expected);
    }
}
