package org.quoteexplorer.engine;

import java.util.List;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Diagnostic;

/** What the engine made of an article: its quotes and speakers, and what it could not settle. */
public record Attribution(AnnotatedArticle annotated, List<Diagnostic> diagnostics) {

    public Attribution {
        diagnostics = List.copyOf(diagnostics);
    }
}
