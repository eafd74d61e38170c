package org.quoteexplorer.io;

import java.nio.file.Path;
import java.util.List;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;

/**
 * Run in a separate JVM by {@link KillDuringSaveTest}: saves generation after generation of a
 * large document to one recovery folder and one annotation file until it is killed.
 */
public final class RecoveryWriterMain {

    private RecoveryWriterMain() {
    }

    /** Generation {@code n}: every byte of it depends on n, so a torn mix of two generations is detectable. */
    static AnnotatedArticle generation(int n) {
        String paragraph = "Paragraph of generation " + n + " \uD83D\uDCF0 \u201Cquoted " + n + "\u201D, said someone.\n";
        String text = "Headline " + n + "\n" + paragraph.repeat(8_000);
        int open = text.indexOf('\u201C');
        int close = text.indexOf('\u201D') + 1;
        return new AnnotatedArticle(Article.of("generation", text), List.of(),
                List.of(Quote.unattributed("q1", new Span(open, close), QuoteType.DIRECT)));
    }

    /**
     * Starts a writer in a JVM of its own, saving to {@code target} and {@code recoveryFolder},
     * and returns it once its first generation is saved; the caller stops it.
     */
    static Process startSaving(Path target, Path recoveryFolder) throws java.io.IOException {
        String javaLauncher = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(javaLauncher, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                RecoveryWriterMain.class.getName(), target.toString(), recoveryFolder.toString())
                .redirectErrorStream(true)
                .start();
        try (java.io.BufferedReader output = new java.io.BufferedReader(
                new java.io.InputStreamReader(writer.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
            String line = output.readLine();
            if (!"ready".equals(line)) {
                writer.destroyForcibly();
                throw new IllegalStateException("the writer said " + line + " instead of ready");
            }
        }
        return writer;
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        RecoveryStore store = new RecoveryStore(Path.of(args[1]));
        for (int n = 0; ; n++) {
            AnnotatedArticle document = generation(n);
            AnnotationJson.save(document, target);
            store.save(document, target);
            if (n == 0) {
                System.out.println("ready");
                System.out.flush();
            }
        }
    }
}
