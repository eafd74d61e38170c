package org.quoteexplorer.review;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.quoteexplorer.io.WorkspaceFolder;

/**
 * Measures a workspace of many articles for the README's Performance section; not a test.
 *
 * <pre>
 * java -cp target/classes:target/test-classes:DEPS org.quoteexplorer.review.WorkspaceOpenMain make DIR 1000
 * java -Xmx256m -cp … org.quoteexplorer.review.WorkspaceOpenMain open DIR
 * </pre>
 *
 * {@code make} writes N small made-up articles in 20 subfolders and attributes them with the
 * workspace's own background attribution (timed); {@code open} opens the folder in a fresh JVM
 * (the first open is what the analyst waits for), then a few more times, and reports the heap
 * with the list held.
 */
public final class WorkspaceOpenMain {

    private WorkspaceOpenMain() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[1]);
        if (args[0].equals("make")) {
            make(dir, Integer.parseInt(args[2]));
        } else {
            open(dir);
        }
    }

    private static void make(Path dir, int count) throws IOException {
        String[] names = {"Ann Field", "Tom Brook", "Lena Ortiz", "Omar Haddad", "Mei Chen", "Piet de Vries"};
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder("Council debates budget, day ").append(i).append('\n');
            for (int p = 0; p < 12; p++) {
                String who = names[(i + p) % names.length];
                text.append("The session went on for hours as members of the council argued over item ").append(p)
                        .append(" of the plan, which covers roads, schools and the harbour. ");
                text.append("“We have to look at every line of spending before we vote on number ").append(p + i)
                        .append(",” said ").append(who).append(" on Tuesday.\n");
            }
            Path file = dir.resolve("part" + (i % 20)).resolve("article" + i + ".txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        Workspace ws = Workspace.open(WorkspaceFolder.at(dir));
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        AttributionSummary s = ws.attributeMissing(Runtime.getRuntime().availableProcessors(), AttributionListener.NONE,
                () -> false);
        System.out.printf("attributed %d articles on %d threads: %.1f s wall, %.1f s CPU (all threads), problems %s%n",
                s.attributed(), Runtime.getRuntime().availableProcessors(), (System.nanoTime() - t0) / 1e9,
                (processCpu() - cpu0) / 1e9, s.problems());
    }

    private static void open(Path dir) throws IOException {
        long before = usedAfterGc();
        for (int round = 1; round <= 5; round++) {
            long cpu0 = cpu();
            long t0 = System.nanoTime();
            Workspace ws = Workspace.open(WorkspaceFolder.at(dir));
            List<WorkspaceEntry> view = ws.view();
            long wall = System.nanoTime() - t0;
            long cpu = cpu() - cpu0;
            long held = usedAfterGc() - before;
            System.out.printf("open %d: %d articles listed (%d attributed) in %.0f ms wall, %.0f ms CPU; heap held by the workspace %.2f MB%n",
                    round, view.size(), view.stream().filter(e -> e.state() != ArticleState.NEW).count(), wall / 1e6,
                    cpu / 1e6, held / 1048576.0);
            if (ws.entries().isEmpty()) {
                throw new IllegalStateException("nothing listed");
            }
        }
        Workspace ws = Workspace.open(WorkspaceFolder.at(dir));
        for (int round = 1; round <= 2; round++) {
            long cpu0 = cpu();
            CorpusFigures figures = CorpusFigures.of(ws, SpeakerRegistry.empty());
            long cpu1 = cpu();
            List<CrossArticleConflicts.Conflict> conflicts = CrossArticleConflicts.find(ws, SpeakerRegistry.empty());
            long cpu2 = cpu();
            System.out.printf("figures %d: %d speakers, %d quotes in %.0f ms CPU; cross-article conflicts: %d in %.0f ms CPU%n",
                    round, figures.speakers().size(), figures.quotes(), (cpu1 - cpu0) / 1e6, conflicts.size(),
                    (cpu2 - cpu1) / 1e6);
        }
    }

    private static long cpu() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
