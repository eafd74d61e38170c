package org.quoteexplorer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** attribute --flags: one triage line per article on standard error. */
class AttributeFlagsTest {

    @TempDir
    Path folder;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    @Test
    void namesTheFlaggedQuotesOfTheArticleOnStandardError() throws Exception {
        Path story = folder.resolve("story.txt");
        Files.writeString(story, "Port news\n\u201cWe are ready,\u201d said Ana Kiril.\n"
                + "\u201cNobody knows,\u201d a voice called out from the crowd.\n", StandardCharsets.UTF_8);

        int exit = cli.run("attribute", "--no-speakers", "--flags", story.toString());

        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).containsPattern("story\\.txt: 1 flag: q2 unnamed-speaker");
        assertThat(cli.out()).contains("\"quotes\"");
    }

    @Test
    void writesEachQuotesRiskAndFlagsIntoTheOutput() throws Exception {
        Path story = folder.resolve("story.txt");
        Files.writeString(story, "Port news\n\u201cWe are ready,\u201d said Ana Kiril.\n"
                + "\u201cNobody knows,\u201d a voice called out from the crowd.\n", StandardCharsets.UTF_8);
        Path out = folder.resolve("out");

        int exit = cli.run("attribute", "--no-speakers", "--flags", "--out", out.toString(), story.toString());

        assertThat(exit).as(cli.err()).isZero();
        org.quoteexplorer.model.AnnotatedArticle written = org.quoteexplorer.io.AnnotationJson.load(out.resolve("story.json"));
        assertThat(written.assessment("q2").flags()).extracting(f -> f.code().code()).contains("unnamed-speaker");
        assertThat(written.assessment("q2").risk()).isGreaterThan(written.assessment("q1").risk());
    }

    @Test
    void withoutTheOptionTheOutputCarriesNoFlags() throws Exception {
        Path story = folder.resolve("story.txt");
        Files.writeString(story, "Port news\n\u201cNobody knows,\u201d a voice called out.\n", StandardCharsets.UTF_8);

        cli.run("attribute", "--no-speakers", story.toString());

        assertThat(cli.out()).doesNotContain("\"flags\"").doesNotContain("\"risk\"");
    }

    @Test
    void withoutTheOptionNoTriageLineIsPrinted() throws Exception {
        Path story = folder.resolve("story.txt");
        Files.writeString(story, "Port news\n\u201cNobody knows,\u201d a voice called out.\n", StandardCharsets.UTF_8);

        cli.run("attribute", "--no-speakers", story.toString());

        assertThat(cli.err()).doesNotContain("flag");
    }
}
