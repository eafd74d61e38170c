package org.quoteexplorer.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Assessment;
import org.quoteexplorer.model.FlagCode;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.review.Radar;
import org.quoteexplorer.review.RadarModel;
import org.quoteexplorer.review.RadarReport;

/**
 * How well the misattribution radar points at the engine's mistakes: every found quote of a
 * corpus whose gold quote has a speaker is pooled and ordered by risk, and the share of the wrong
 * attributions (unattributed ones included) that fall in the top fifth of that order is the
 * figure. Random order gives 0.20. Quotes are matched and judged as {@link Scorer} does, so a
 * "wrong" here is exactly a wrong speaker there.
 */
public final class RadarEvaluation {

    /** The share of the pooled quotes an analyst is assumed to read. */
    public static final double TOP = 0.20;

    /** One found quote with its gold verdict, its risk and its flags. */
    public record Outcome(String documentId, Quote quote, boolean wrong, double risk, Assessment assessment) {
    }

    /**
     * @param pooled        found quotes with a gold speaker
     * @param wrong         of which the speaker is wrong
     * @param radarShare    share of the wrong in the top fifth by risk
     * @param baselineShare the same ordering by confidence alone
     */
    public record Result(int pooled, int wrong, double radarShare, double baselineShare, List<Outcome> outcomes) {

        /** The figures, one a line, for {@code eval --radar}. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add("radar: " + pooled + " found quotes with a gold speaker, " + wrong + " attributed wrongly"
                    + " (unattributed included)");
            lines.add("radar: share of wrong attributions in the top 20% by risk " + Score.f3(radarShare)
                    + " (confidence alone " + Score.f3(baselineShare) + ", random 0.200)");
            Map<FlagCode, int[]> perFlag = new EnumMap<>(FlagCode.class);
            for (Outcome o : outcomes) {
                for (FlagCode c : o.assessment().flags().stream().map(f -> f.code()).distinct().toList()) {
                    int[] n = perFlag.computeIfAbsent(c, k -> new int[2]);
                    n[0]++;
                    if (o.wrong()) {
                        n[1]++;
                    }
                }
            }
            for (Map.Entry<FlagCode, int[]> e : perFlag.entrySet()) {
                lines.add("radar: flag " + e.getKey().code() + " on " + e.getValue()[0] + " quotes, wrong "
                        + e.getValue()[1] + " (" + Score.f3(e.getValue()[1] / (double) e.getValue()[0]) + ")");
            }
            return lines;
        }
    }

    private RadarEvaluation() {
    }

    /** Runs the radar on each prediction and measures it against the gold. */
    public static Result measure(List<GoldDocument> gold, Map<String, AnnotatedArticle> predictions, Set<String> kinds) {
        return measure(gold, predictions, kinds, List.of(), RadarModel.bundled());
    }

    /**
     * {@link #measure(List, Map, Set)} with the speaker list the engine was given (for the
     * speaker-list check) and the risk of the given model.
     */
    public static Result measure(List<GoldDocument> gold, Map<String, AnnotatedArticle> predictions, Set<String> kinds,
            List<Speaker> known, RadarModel model) {
        List<Outcome> outcomes = new ArrayList<>();
        for (GoldDocument g : gold) {
            AnnotatedArticle pred = predictions.get(g.id());
            if (pred == null) {
                continue;
            }
            RadarReport report = Radar.assess(pred, known, model);
            for (Judged j : judge(g, pred, kinds)) {
                Assessment a = report.of(j.quote().id());
                outcomes.add(new Outcome(g.id(), j.quote(), j.wrong(), a.risk(), a));
            }
        }
        int wrong = (int) outcomes.stream().filter(Outcome::wrong).count();
        return new Result(outcomes.size(), wrong, topShare(outcomes, Outcome::risk),
                topShare(outcomes, o -> o.quote().isAttributed() ? 1 - o.quote().confidence() : 1), List.copyOf(outcomes));
    }

    /**
     * The share of wrong outcomes in the top {@link #TOP} by {@code score}. Where the cut falls
     * inside a group of equal scores, the group counts in proportion, as if ties were broken at
     * random, so that no ordering of ties flatters either method.
     */
    static double topShare(List<Outcome> outcomes, ToDoubleFunction<Outcome> score) {
        long wrongTotal = outcomes.stream().filter(Outcome::wrong).count();
        if (wrongTotal == 0) {
            return 0;
        }
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort(Comparator.comparingDouble(score).reversed());
        int top = (int) Math.round(TOP * sorted.size());
        double caught = 0;
        int i = 0;
        while (i < top) {
            int j = i;
            double s = score.applyAsDouble(sorted.get(i));
            int wrongInGroup = 0;
            while (j < sorted.size() && score.applyAsDouble(sorted.get(j)) == s) {
                if (sorted.get(j).wrong()) {
                    wrongInGroup++;
                }
                j++;
            }
            int group = j - i;
            int taken = Math.min(group, top - i);
            caught += wrongInGroup * (taken / (double) group);
            i = j;
        }
        return caught / wrongTotal;
    }

    record Judged(Quote quote, boolean wrong) {
    }

    private record Found(int start, int end, Span mention, Set<String> names, Quote quote) {
    }

    /** Scorer's matching (lenient overlap, one-to-one, greedy) and speaker test, per found quote. */
    static List<Judged> judge(GoldDocument g, AnnotatedArticle pred, Set<String> kinds) {
        String text = g.text();
        List<GoldQuote> gq = g.quotes().stream().filter(q -> kinds.contains(q.kind())).toList();
        int[] toGold = pred.text().equals(text) ? null : Scorer.whitespaceAlignment(pred.text(), text);
        if (toGold == null && !pred.text().equals(text)) {
            throw new IllegalArgumentException(g.id() + ": the text read differs from the gold text beyond whitespace");
        }
        List<Found> pq = found(pred, text, toGold);
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < gq.size(); i++) {
            for (int j = 0; j < pq.size(); j++) {
                int ov = overlap(gq.get(i).start(), gq.get(i).end(), pq.get(j).start(), pq.get(j).end());
                int union = Math.max(gq.get(i).end(), pq.get(j).end()) - Math.min(gq.get(i).start(), pq.get(j).start());
                if (ov > 0 && ov * 2 >= union) {
                    pairs.add(new int[] {ov, i, j});
                }
            }
        }
        pairs.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0])
                : a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(b[2], a[2]));
        boolean[] usedGold = new boolean[gq.size()];
        boolean[] usedPred = new boolean[pq.size()];
        List<Judged> judged = new ArrayList<>();
        for (int[] p : pairs) {
            if (usedGold[p[1]] || usedPred[p[2]]) {
                continue;
            }
            usedGold[p[1]] = true;
            usedPred[p[2]] = true;
            GoldQuote q = gq.get(p[1]);
            Found f = pq.get(p[2]);
            if (q.speaker() == null || q.speaker().isEmpty()) {
                continue;
            }
            boolean ok = f.mention() != null && q.speakerMentions().stream()
                    .anyMatch(s -> overlap(f.mention().start(), f.mention().end(), s[0], s[1]) > 0);
            if (!ok && !q.speakerIsPronoun()) {
                Set<String> goldNames = Scorer.nameTokens(q.speaker().split(",", -1)[0]);
                for (String alt : q.alsoAccepted()) {
                    goldNames.addAll(Scorer.nameTokens(alt));
                }
                goldNames.retainAll(f.names());
                ok = !goldNames.isEmpty();
            }
            judged.add(new Judged(f.quote(), !ok));
        }
        return judged;
    }

    private static List<Found> found(AnnotatedArticle article, String text, int[] toGold) {
        List<Found> out = new ArrayList<>();
        Map<String, Speaker> speakers = article.speakersById();
        for (Quote q : article.quotes()) {
            if (q.status() == QuoteStatus.REJECTED) {
                continue;
            }
            int s = at(toGold, q.span().start());
            int e = at(toGold, q.span().end());
            while (s < e && (Scorer.MARKS.indexOf(text.charAt(s)) >= 0 || Character.isWhitespace(text.charAt(s)))) {
                s++;
            }
            while (e > s && (Scorer.MARKS.indexOf(text.charAt(e - 1)) >= 0 || Character.isWhitespace(text.charAt(e - 1)))) {
                e--;
            }
            if (e <= s) {
                continue;
            }
            Set<String> names = new HashSet<>();
            Speaker speaker = speakers.get(q.speakerId());
            if (speaker != null) {
                names.addAll(Scorer.nameTokens(speaker.name()));
                speaker.aliases().forEach(a -> names.addAll(Scorer.nameTokens(a)));
            }
            Span mention = null;
            if (q.mention() != null) {
                names.addAll(Scorer.nameTokens(q.mention().of(article.text())));
                mention = new Span(at(toGold, q.mention().start()), at(toGold, q.mention().end()));
            }
            out.add(new Found(s, e, mention, names, q));
        }
        return out;
    }

    private static int at(int[] toGold, int offset) {
        return toGold == null ? offset : toGold[offset];
    }

    private static int overlap(int as, int ae, int bs, int be) {
        return Math.max(0, Math.min(ae, be) - Math.max(as, bs));
    }
}
