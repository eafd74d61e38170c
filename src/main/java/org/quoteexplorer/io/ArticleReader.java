package org.quoteexplorer.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.quoteexplorer.model.Article;

/** Reads an article file into plain text. Placeholder: UTF-8 .txt only; the io work completes it. */
public final class ArticleReader {

    private ArticleReader() {
    }

    public static Article read(Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String id = dot > 0 ? name.substring(0, dot) : name;
        String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        return new Article(id, null, name, text, null, null);
    }
}
