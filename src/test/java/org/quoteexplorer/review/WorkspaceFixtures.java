package org.quoteexplorer.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quoteexplorer.io.AnnotationFiles;
import org.quoteexplorer.io.AnnotationJson;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Flag;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;

/** Hand-made articles and reviews for the workspace tests. */
final class WorkspaceFixtures {

    private WorkspaceFixtures() {
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** One quote to put in a review: its words (marks added), speaker name, status and whether it is flagged. */
    record Q(String words, String speaker, QuoteStatus status, boolean flagged) {
        static Q of(String words, String speaker, QuoteStatus status) {
            return new Q(words, speaker, status, false);
        }
    }

    /** A review whose text holds each quote as “words,” said Speaker. in its own paragraph. */
    static AnnotatedArticle review(String id, String title, Q... quotes) {
        StringBuilder text = new StringBuilder(title).append('\n');
        List<int[]> spans = new ArrayList<>();
        for (Q q : quotes) {
            int start = text.length();
            text.append('“').append(q.words()).append(",”");
            spans.add(new int[] {start, text.length()});
            text.append(" said ").append(q.speaker() == null ? "someone" : q.speaker()).append(".\n");
        }
        Map<String, Speaker> speakers = new HashMap<>();
        List<Speaker> ordered = new ArrayList<>();
        List<Quote> list = new ArrayList<>();
        Map<String, Assessment> assessments = new HashMap<>();
        for (int i = 0; i < quotes.length; i++) {
            Q q = quotes[i];
            String speakerId = null;
            if (q.speaker() != null) {
                Speaker s = speakers.computeIfAbsent(q.speaker(), name -> {
                    Speaker made = new Speaker("s" + (speakers.size() + 1), name, SpeakerKind.PERSON, null, List.of());
                    ordered.add(made);
                    return made;
                });
                speakerId = s.id();
            }
            String qid = "q" + (i + 1);
            list.add(new Quote(qid, new Span(spans.get(i)[0], spans.get(i)[1]), QuoteType.DIRECT, speakerId, null, null,
                    0.5, "rule:test", q.status(), null, List.of()));
            if (q.flagged()) {
                assessments.put(qid, new Assessment(0.6, List.of(new Flag(FlagCode.CONFLICT, "made up for a test"))));
            }
        }
        return new AnnotatedArticle(new Article(id, title, null, text.toString(), null, null), ordered, list, assessments);
    }

    /** Writes the article file and, next to it, its saved review. */
    static AnnotatedArticle reviewed(Path article, String title, Q... quotes) throws IOException {
        AnnotatedArticle review = review(org.quoteexplorer.io.ArticleReader.idOf(article.getFileName().toString()), title, quotes);
        write(article, review.text());
        AnnotationJson.save(review, AnnotationFiles.sidecarOf(article));
        return review;
    }
}
