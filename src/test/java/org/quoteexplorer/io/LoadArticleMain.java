package org.quoteexplorer.io;

import java.nio.file.Path;

/** Loads one article in a JVM of its own, so that a test can run the reader under a small heap. */
public final class LoadArticleMain {

    private LoadArticleMain() {
    }

    public static void main(String[] args) {
        try {
            LoadedArticle loaded = ArticleReader.load(Path.of(args[0]));
            System.out.println("read " + loaded.article().text().length());
        } catch (OutOfMemoryError e) {
            System.out.println("out of memory");
            System.exit(3);
        } catch (Exception e) {
            System.out.println("refused: " + e.getMessage());
        }
    }
}
