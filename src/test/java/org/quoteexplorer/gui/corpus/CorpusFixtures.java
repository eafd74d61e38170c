package org.quoteexplorer.gui.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** Hand-made reviewed articles for the Corpus window's tests. */
final class CorpusFixtures {

    private CorpusFixtures() {
    }

    /** Saves {@code name} and its review: each quote {words, speaker, status} as “words,” said Speaker. */
    static void save(Path folder, String name, LocalDate day, String[][] quotes) throws IOException {
        StringBuilder text = new StringBuilder("News of ").append(name).append('\n');
        List<Speaker> speakers = new ArrayList<>();
        List<Quote> list = new ArrayList<>();
        for (String[] q : quotes) {
            Speaker speaker = speakers.stream().filter(s -> s.name().equals(q[1])).findFirst().orElse(null);
            if (speaker == null) {
                speaker = new Speaker("s" + (speakers.size() + 1), q[1], SpeakerKind.PERSON, null, List.of());
                speakers.add(speaker);
            }
            int start = text.length();
            text.append('“').append(q[0]).append(",”");
            list.add(new Quote("q" + (list.size() + 1), new Span(start, text.length()), QuoteType.DIRECT, speaker.id(), null,
                    null, 0.5, "rule:test", QuoteStatus.valueOf(q[2].toUpperCase(java.util.Locale.ROOT)), null, List.of()));
            text.append(" said ").append(q[1]).append(".\n");
        }
        Path article = folder.resolve(name);
        Files.writeString(article, text);
        AnnotatedArticle review = new AnnotatedArticle(new Article(name.replace(".txt", ""), null, name, text.toString(),
                null, null, day), speakers, list);
        AnnotationJson.save(review, AnnotationFiles.sidecarOf(article));
    }
}
