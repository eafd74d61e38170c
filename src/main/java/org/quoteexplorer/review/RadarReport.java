package org.quoteexplorer.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.Quote;

/**
 * The radar's assessments of one article's quotes and the review queue they make.
 * Immutable; built by {@link Radar#assess}.
 */
public final class RadarReport {

    private final Map<String, Assessment> byQuote;
    private final List<String> queue;

    RadarReport(Map<String, Assessment> byQuote, List<String> textOrder) {
        this.byQuote = Map.copyOf(byQuote);
        // Ties keep text order, so the analyst walks equally risky quotes down the article.
        this.queue = textOrder.stream()
                .filter(id -> byQuote.getOrDefault(id, Assessment.NONE).isFlagged())
                .sorted(Comparator.comparingDouble((String id) -> byQuote.get(id).risk()).reversed())
                .toList();
    }

    /**
     * This report for the article as it is after the analyst decided on some of its quotes: the
     * decided ones leave it and every other quote keeps its assessment, which is what assessing
     * {@code now} again gives, since a quote's flags and risk depend on its own status only. Only
     * for {@code now} that differs from the assessed article in statuses and notes alone, with no
     * quote re-opened (a re-opened quote has no assessment here to give back): the caller checks.
     */
    public RadarReport afterDecisions(AnnotatedArticle now) {
        Map<String, Assessment> kept = new HashMap<>();
        List<String> order = new ArrayList<>(now.quotes().size());
        for (Quote q : now.quotes()) {
            order.add(q.id());
            Assessment a = byQuote.get(q.id());
            if (a != null && Radar.open(q)) {
                kept.put(q.id(), a);
            }
        }
        return new RadarReport(kept, order);
    }

    /** The assessment of a quote; {@link Assessment#NONE} for an unknown id or a quote with nothing to doubt. */
    public Assessment of(String quoteId) {
        return byQuote.getOrDefault(quoteId, Assessment.NONE);
    }

    /**
     * Flagged quotes, riskiest first. Scare quotes and quotes the analyst accepted, corrected or
     * rejected are not in it.
     */
    public List<String> queue() {
        return queue;
    }

    /** How many quotes carry at least one flag (the length of the queue). */
    public int flagCount() {
        return queue.size();
    }

    /** Every assessed quote by id, for exports; quotes left out have {@link Assessment#NONE}. */
    public Map<String, Assessment> assessments() {
        return byQuote;
    }
}
