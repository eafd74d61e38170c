package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which {@code attribute} runs the jar's launcher moves to a JVM with the quick compiler only. */
class BatchOnSeveralCoresTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void articles() throws IOException {
        Files.createDirectories(dir.resolve("two/inner"));
        Files.writeString(dir.resolve("two/a.txt"), "“Yes,” she said.");
        Files.writeString(dir.resolve("two/inner/b.md"), "“No,” he said.");
        Files.createDirectories(dir.resolve("one"));
        Files.writeString(dir.resolve("one/a.txt"), "“Yes,” she said.");
        // neither is an article the batch would attribute
        Files.writeString(dir.resolve("one/.draft.txt"), "“Maybe,” they said.");
        Files.writeString(dir.resolve("one/notes.pdf"), "%PDF");
        Files.writeString(dir.resolve("a.txt"), "“Yes,” she said.");
        Files.writeString(dir.resolve("b.txt"), "“No,” he said.");
        Files.writeString(dir.resolve("in.jsonl"), "{\"id\": \"x\", \"text\": \"“Yes,” she said.\"}\n");
    }

    @ParameterizedTest(name = "attribute {0} on {1} cores: {2}")
    @CsvSource(textBlock = """
            two,                    2, true
            two,                    1, false
            two --threads 1,        2, false
            'two -j 2',             1, true
            one,                    2, false
            a.txt,                  2, false
            a.txt b.txt,            2, true
            a.txt b.txt --out out,  2, true
            one a.txt,              2, true
            --jsonl in.jsonl,       2, true
            --jsonl in.jsonl -j 1,  2, false
            two --help,             2, false
            two --no-such-option,   2, false
            missing,                2, false
            """)
    void aBatchOfSeveralArticlesOnSeveralThreadsIsOne(String arguments, int cores, boolean batch) {
        List<String> args = new ArrayList<>();
        for (String word : arguments.split(" ")) {
            args.add(word.startsWith("-") || word.matches("\\d+|out") ? word : dir.resolve(word).toString());
        }

        assertThat(AttributeCommand.isBatchOnSeveralCores(args, cores)).isEqualTo(batch);
    }
}
