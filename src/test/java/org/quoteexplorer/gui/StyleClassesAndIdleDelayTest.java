package org.quoteexplorer.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.quoteexplorer.gui.common.Decimals;
import org.quoteexplorer.gui.common.IdleDelay;
import org.quoteexplorer.gui.common.StyleClasses;

/**
 * Toolkit-free rules behind the cheaper review keys: one style-class change per swap, one
 * autosave per pause, scores formatted once and exactly as before.
 */
class StyleClassesAndIdleDelayTest {

    @ParameterizedTest(name = "[{0}] {1} -> {2}: [{3}] in {4} change(s)")
    @CsvSource(nullValues = "null", textBlock = """
            cell status-suggested, status-suggested, status-accepted, cell status-accepted, 1
            cell status-accepted flagged, status-accepted, status-rejected, cell status-rejected flagged, 1
            cell,                  null,             status-unsure,   cell status-unsure,   1
            cell,                  status-accepted,  status-unsure,   cell status-unsure,   1
            cell status-unsure,    status-unsure,    null,            cell,                 1
            cell status-unsure,    status-unsure,    status-unsure,   cell status-unsure,   0
            cell,                  null,             null,            cell,                 0
            """)
    void aStyleClassIsSwappedWithOneChangeOfTheListAndNoneWhenItStaysTheSame(
            String before, String old, String now, String after, int changes) {
        ObservableList<String> classes = FXCollections.observableArrayList(Arrays.asList(before.split(" ")));
        List<String> fired = new ArrayList<>();
        classes.addListener((ListChangeListener<String>) c -> fired.add(c.toString()));

        StyleClasses.swap(classes, old, now);

        assertThat(classes).containsExactlyElementsOf(Arrays.asList(after.split(" ")));
        assertThat(fired).as("changes the node would re-apply its CSS for").hasSize(changes);
    }

    /** Timer waits a test starts by hand; each remembers whether it was cancelled. */
    private static final class HandTimer implements IdleDelay.Scheduler {
        final List<Runnable> waits = new ArrayList<>();
        final List<Boolean> cancelled = new ArrayList<>();
        final List<Duration> delays = new ArrayList<>();

        @Override
        public Runnable schedule(Duration delay, Runnable task) {
            int index = waits.size();
            waits.add(task);
            cancelled.add(false);
            delays.add(delay);
            return () -> cancelled.set(index, true);
        }
    }

    @Test
    void theActionRunsOnceAfterTheLastRestartAndNotForTheRestartsItOvertook() {
        HandTimer timer = new HandTimer();
        List<String> onFx = new ArrayList<>();
        int[] saves = {0};
        IdleDelay autosave = new IdleDelay(Duration.ofSeconds(3), () -> saves[0]++, work -> {
            onFx.add("handed over");
            work.run();
        }, timer);

        autosave.restart();
        autosave.restart();
        autosave.restart();
        assertThat(timer.cancelled).containsExactly(true, true, false);
        assertThat(timer.delays).containsOnly(Duration.ofSeconds(3));

        // a wait already under way when it was cancelled still reaches the FX thread, and is ignored there
        timer.waits.get(0).run();
        timer.waits.get(1).run();
        assertThat(saves[0]).isZero();

        timer.waits.get(2).run();
        assertThat(saves[0]).isEqualTo(1);
        assertThat(onFx).as("every wait ends on the FX thread's executor").hasSize(3);
    }

    @Test
    void aStoppedDelayDoesNotRunItsActionUntilRestarted() {
        HandTimer timer = new HandTimer();
        int[] saves = {0};
        IdleDelay autosave = new IdleDelay(Duration.ofMillis(10), () -> saves[0]++, Runnable::run, timer);

        autosave.restart();
        autosave.stop();
        timer.waits.get(0).run();
        assertThat(saves[0]).isZero();
        assertThat(timer.cancelled).containsExactly(true);

        autosave.restart();
        timer.waits.get(1).run();
        assertThat(saves[0]).isEqualTo(1);
    }

    @Test
    void theAppsOwnTimerRunsTheActionAfterTheDelay() throws Exception {
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        long started = System.nanoTime();
        new IdleDelay(Duration.ofMillis(50), ran::countDown, Runnable::run).restart();
        assertThat(ran.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(Duration.ofMillis(50).toNanos());
    }

    @net.jqwik.api.Property(tries = 2000)
    void aKeptNumberTextIsExactlyWhatStringFormatGives(
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.DoubleRange(min = -2, max = 200) double value,
            @net.jqwik.api.ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 3) int places) {
        String expected = String.format(java.util.Locale.ROOT, "%." + places + "f", value);
        assertThat(Decimals.fixed(value, places)).isEqualTo(expected);
        assertThat(Decimals.fixed(value, places)).as("asked again, from what was kept").isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0.825,  2, 0.83
            0.285,  2, 0.29
            0.005,  2, 0.01
            94.5,   0, 95
            -0.0,   2, -0.00
            1.0,    2, 1.00
            """)
    void halfwayScoresRoundUpAsTheRowsAlwaysShowedThem(double value, int places, String shown) {
        assertThat(Decimals.fixed(value, places)).isEqualTo(shown);
    }
}
