package org.quoteexplorer.io;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quoteexplorer.model.AnnotatedArticle;

/**
 * Replacing a saved review of a workspace article with a change made elsewhere (a registry rename
 * applied to every article it touched), without overwriting what the analyst saved meanwhile.
 */
public final class ReviewFiles {

    private ReviewFiles() {
    }

    /** What happened to one review. */
    public enum Outcome {
        /** The review on disk was the expected one and is now the replacement. */
        REPLACED,
        /** The review on disk is already the replacement: nothing to write. */
        ALREADY,
        /** The review changed since (or is gone): left as it is. */
        CHANGED_SINCE
    }

    /**
     * Replaces the saved review of {@code path} with {@code replacement}, atomically, if it is
     * still {@code expected} as the app would write it. Another program saving between the look
     * and the rename can still win or lose; the window is a few milliseconds, and the registry's
     * own file, which two analysts do share, is locked.
     */
    public static Outcome replaceIf(WorkspaceFolder workspace, String path, AnnotatedArticle expected,
            AnnotatedArticle replacement) throws IOException {
        Path file = workspace.reviewOf(path);
        if (!Files.exists(file)) {
            return Outcome.CHANGED_SINCE;
        }
        String now = AnnotationJson.write(AnnotationJson.load(file));
        if (now.equals(AnnotationJson.write(replacement))) {
            return Outcome.ALREADY;
        }
        if (!now.equals(AnnotationJson.write(expected))) {
            return Outcome.CHANGED_SINCE;
        }
        AtomicFiles.write(file, out -> {
            OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            AnnotationJson.write(replacement, writer);
            writer.flush();
        });
        return Outcome.REPLACED;
    }
}
