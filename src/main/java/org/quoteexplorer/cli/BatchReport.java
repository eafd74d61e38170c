package org.quoteexplorer.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a batch did, for its closing line: "attribute: 3 articles, 412 quotes; 2 skipped:
 * 1 hidden file, 1 not an article; 1 failed". A folder scan that passes over files says so here,
 * so that a hidden draft or a broken link is never dropped without a word.
 */
final class BatchReport {

    /** Why a file found in a folder was passed over; none of these is a failure. */
    enum SkipReason {
        HIDDEN_FILE("hidden file", "hidden files"),
        HIDDEN_FOLDER("hidden folder", "hidden folders"),
        NOT_AN_ARTICLE("not an article", "not articles"),
        LINKED_FOLDER("link to a folder", "links to folders");

        private final String one;
        private final String many;

        SkipReason(String one, String many) {
            this.one = one;
            this.many = many;
        }

        String describe(int count) {
            return count + " " + (count == 1 ? one : many);
        }

        String one() {
            return one;
        }
    }

    record Skipped(Path file, SkipReason reason) {
    }

    private int articles;
    private int quotes;
    private int failed;
    private final List<Skipped> skipped = new ArrayList<>();

    void attributed(int quotesFound) {
        articles++;
        quotes += quotesFound;
    }

    void failed() {
        failed++;
    }

    void skipped(Path file, SkipReason reason) {
        skipped.add(new Skipped(file, reason));
    }

    List<Skipped> skippedFiles() {
        return List.copyOf(skipped);
    }

    int failures() {
        return failed;
    }

    String summary() {
        StringBuilder sb = new StringBuilder("attribute: ")
                .append(count(articles, "article", "articles")).append(", ")
                .append(count(quotes, "quote", "quotes"));
        if (!skipped.isEmpty()) {
            Map<SkipReason, Integer> byReason = new EnumMap<>(SkipReason.class);
            skipped.forEach(s -> byReason.merge(s.reason(), 1, Integer::sum));
            List<String> reasons = new ArrayList<>();
            byReason.forEach((reason, n) -> reasons.add(reason.describe(n)));
            sb.append("; ").append(skipped.size()).append(" skipped: ").append(String.join(", ", reasons));
        }
        if (failed > 0) {
            sb.append("; ").append(failed).append(" failed");
        }
        return sb.toString();
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
