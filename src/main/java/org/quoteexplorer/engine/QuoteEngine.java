package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.quoteexplorer.model.AnnotatedArticle;
import org.quoteexplorer.model.Article;
import org.quoteexplorer.model.Diagnostic;
import org.quoteexplorer.model.Quote;
import org.quoteexplorer.model.QuoteStatus;
import org.quoteexplorer.model.QuoteType;
import org.quoteexplorer.model.Span;
import org.quoteexplorer.model.Speaker;
import org.quoteexplorer.model.SpeakerKind;
import org.quoteexplorer.model.TitleSource;

/**
 * Finds the quotations of an article and attributes each to its speaker.
 *
 * <p>A rule-based multi-sieve attributor: quotes are found by their marks, the article is cut
 * into paragraphs, sentences, speaker mentions and speech cues once, and then the sieves run
 * from the most precise to the least, each deciding only what the earlier ones left open. A
 * quote no sieve is sure about stays unattributed. No models, no I/O: ready at once, linear
 * in the length of the article, and safe to share between threads.
 */
public final class QuoteEngine {

    /**
     * In order of precision; each names its decisions' origin {@code rule:<name>}. Turn-taking
     * comes before continuation because it only fires inside a question-and-answer exchange,
     * where continuing the last speaker would be wrong.
     */
    private static final List<Sieve> SIEVES = List.of(
            new AdjacentCueSieve(),
            new ColonSieve(),
            new PossessiveSpeechSieve(),
            new SentenceCueSieve(),
            new SentenceSubjectSieve(),
            new TurnTakingSieve(),
            new PreviousSentenceCueSieve(),
            new ContinuationSieve(),
            new PreviousParagraphCueSieve(),
            new HeadlineWordsSieve());

    /**
     * Most quotes attributed in one article. A text of nothing but quotes gives some 1.3 million
     * at the article size limit; beyond this cap the article is a list, not news, and the export
     * files grow past what a reviewer (or the app reading them back) can handle. The JSON read
     * limits in the io package are derived from this number.
     */
    public static final int MAX_QUOTES = 100_000;

    private final List<Speaker> knownSpeakers;
    private final int maxQuotes;

    public QuoteEngine() {
        this(List.of());
    }

    /** @param knownSpeakers an optional user list of names and aliases that helps recognise people */
    public QuoteEngine(List<Speaker> knownSpeakers) {
        this(knownSpeakers, MAX_QUOTES);
    }

    /** With another quote cap, so that a test need not write 100,000 quotes to reach it. */
    QuoteEngine(List<Speaker> knownSpeakers, int maxQuotes) {
        if (maxQuotes < 0) {
            throw new IllegalArgumentException("maxQuotes must not be negative: " + maxQuotes);
        }
        this.knownSpeakers = List.copyOf(knownSpeakers);
        this.maxQuotes = maxQuotes;
    }

    public List<Speaker> knownSpeakers() {
        return knownSpeakers;
    }

    /** What {@link #attribute} would note about the text (unclosed marks …), without attributing anything. */
    public List<Diagnostic> notesOn(String text) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        new QuoteScanner(text, diagnostics).scan();
        return diagnostics;
    }

    public Attribution attribute(Article article) {
        return attribute(article, Progress.NONE);
    }

    /** Where an attribution has got to: a fraction from 0 to 1, reported from the calling thread. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = done -> { };

        void reached(double done);
    }

    /**
     * As {@link #attribute(Article)}, reporting progress as it goes, and giving up when the calling
     * thread is interrupted (a window's Cancel): otherwise a long article kept a core busy long
     * after nobody wanted its result.
     *
     * @throws CancellationException when the thread was interrupted; its interrupt flag stays set
     */
    public Attribution attribute(Article article, Progress progress) {
        String text = article.text();
        List<Diagnostic> diagnostics = new ArrayList<>();
        progress.reached(0);
        char[] chars = text.toCharArray();
        List<FoundQuote> found = new QuoteScanner(text, chars, diagnostics).scan();
        stopIfCancelled();
        progress.reached(0.1);
        if (found.size() > maxQuotes) {
            FoundQuote firstLeftOut = found.get(maxQuotes);
            diagnostics.add(Diagnostic.warning(found.size() + " quotations found; only the first " + maxQuotes
                    + " were attributed, those from here on were not (the most one article may have)",
                    firstLeftOut.outer()));
            found = List.copyOf(found.subList(0, maxQuotes));
        }
        if (found.isEmpty()) {
            // Nothing to attribute, so no speaker either: the analysis of the words (tokens,
            // sentences, mentions, coreference), nearly all of an article's cost, would only be
            // thrown away. A fifth of the text of a news corpus (PolNeAR) is such articles.
            progress.reached(1);
            return new Attribution(new AnnotatedArticle(article, List.of(), List.of()), diagnostics);
        }
        Analysis doc = new Analysis(text, chars, found);
        List<QuoteSite> sites = sites(doc);
        stopIfCancelled();
        progress.reached(0.3);
        SpeakerResolver resolver = new SpeakerResolver(doc, knownSpeakers);
        Decision[] decisions = new Decision[sites.size()];
        SieveContext context = new SieveContext(doc, sites, decisions, resolver);
        stopIfCancelled();
        progress.reached(0.4);
        int step = 0;
        for (Sieve sieve : SIEVES) {
            int checked = 0;
            for (QuoteSite site : sites) {
                if (decisions[site.index()] == null) {
                    decisions[site.index()] = sieve.decide(site, context);
                }
                if (++checked % CANCEL_CHECK_EVERY == 0) {
                    stopIfCancelled();
                }
            }
            stopIfCancelled();
            progress.reached(0.4 + 0.5 * ++step / SIEVES.size());
        }
        Attribution attribution = new Attribution(annotate(article, sites, context), diagnostics);
        progress.reached(1);
        return attribution;
    }

    /** Quotes a sieve decides between two looks at the thread's interrupt flag. */
    private static final int CANCEL_CHECK_EVERY = 1024;

    private static void stopIfCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("attribution cancelled");
        }
    }

    private static AnnotatedArticle annotate(Article article, List<QuoteSite> sites, SieveContext context) {
        SpeakerResolver resolver = context.resolver();
        List<Speaker> speakers = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>(sites.size());
        // One origin string per sieve, not one per quote: a hundred thousand quotes name ten sieves.
        Map<String, String> origins = new HashMap<>();
        for (QuoteSite site : sites) {
            String id = "q" + (site.index() + 1);
            Span span = site.found().outer();
            Decision decision = context.decisionOf(site.index());
            if (ScareQuotes.isScare(context.analysis(), site, decision)) {
                quotes.add(new Quote(id, span, QuoteType.SCARE, null, null, null, 0, "rule:" + ScareQuotes.RULE,
                        QuoteStatus.SUGGESTED, null, List.of()));
                continue;
            }
            SpeakerResolver.Entity entity = decision == null ? null : resolver.speakerOfQuote(site.index(), context);
            if (entity == null) {
                quotes.add(new Quote(id, span, site.type(), null, null, null, 0, "rule:unattributed",
                        QuoteStatus.SUGGESTED, null, List.of()));
                continue;
            }
            // The number lives on the entity: an identity map per quote was a hot spot of many-quote articles.
            if (entity.speakerId == null) {
                entity.speakerId = "s" + (speakers.size() + 1);
                speakers.add(toSpeaker(entity.speakerId, entity));
            }
            String speakerId = entity.speakerId;
            Decision evidence = resolver.evidenceOf(site.index(), context);
            Span mention = evidence == null || evidence.mention() == null ? null : evidence.mention().span();
            Span cue = evidence == null ? null : evidence.cue();
            quotes.add(new Quote(id, span, site.type(), speakerId, mention, cue, round(decision.confidence()),
                    origins.computeIfAbsent(decision.sieve(), sieve -> "rule:" + sieve), QuoteStatus.SUGGESTED, null,
                    List.of()));
        }
        return new AnnotatedArticle(article, speakers, quotes);
    }

    private static Speaker toSpeaker(String id, SpeakerResolver.Entity e) {
        SpeakerKind kind = e.kind;
        List<String> aliases = new ArrayList<>(e.aliases.size());
        for (String a : e.aliases) {
            if (!a.equals(e.name)) {
                aliases.add(a);
            }
        }
        // The article's own words for the role win; a list title may be years out of date.
        if (e.articleTitle != null) {
            return new Speaker(id, e.name, kind, e.articleTitle, aliases, TitleSource.ARTICLE, e.registryId);
        }
        if (e.listTitle != null) {
            return new Speaker(id, e.name, kind, e.listTitle, aliases, TitleSource.SPEAKER_LIST, e.registryId);
        }
        return new Speaker(id, e.name, kind, null, aliases, null, e.registryId);
    }

    private static double round(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }

    private static List<QuoteSite> sites(Analysis doc) {
        List<QuoteSite> sites = new ArrayList<>();
        // The text's chars, not String.charAt: a loop compiled on a Latin-1 article assumes every
        // text is Latin-1 and is thrown away at the first article with a curly quote (and back).
        char[] text = doc.tokens().chars();
        for (FoundQuote q : doc.quotes()) {
            int start = q.outer().start();
            int paragraph = doc.paragraphs().indexOf(start);
            boolean startsParagraph = doc.paragraphs().span(paragraph).start() == start;
            int sentence = doc.sentences().indexOf(start);
            int endSentence = doc.sentences().indexOf(Math.max(start, q.outer().end() - 1));
            QuoteType type = doc.paragraphs().isHeading(paragraph) ? QuoteType.HEADLINE
                    : typeOf(text, q, doc.sentences().all().get(sentence));
            sites.add(new QuoteSite(sites.size(), q, type, sentence, endSentence, paragraph, startsParagraph));
        }
        return sites;
    }

    /**
     * A whole utterance opens its sentence, or follows a colon or a comma and starts with a
     * capital, or is a complete sentence of its own; anything else is a fragment in the
     * writer's sentence.
     */
    static QuoteType typeOf(char[] text, FoundQuote q, Span sentence) {
        int i = q.outer().start() - 1;
        while (i >= sentence.start() && Whitespace.is(text[i])) {
            i--;
        }
        Span inner = q.inner();
        int first = inner.start();
        while (first < inner.end() && !CharClasses.is(text[first], CharClasses.LETTER_OR_DIGIT)) {
            first++;
        }
        boolean capital = first < inner.end() && !CharClasses.is(text[first], CharClasses.LOWER);
        if (i < sentence.start()) {
            return capital || q.multiParagraph() ? QuoteType.DIRECT : QuoteType.PARTIAL;
        }
        char before = text[i];
        if ((before == ':' || before == ',' || before == '—' || before == '–') && capital) {
            return QuoteType.DIRECT;
        }
        int last = inner.end() - 1;
        while (last > inner.start() && Whitespace.is(text[last])) {
            last--;
        }
        boolean sentenceEnd = last >= inner.start() && ".!?…".indexOf(text[last]) >= 0;
        return capital && sentenceEnd && wordCount(text, inner) >= 4 ? QuoteType.DIRECT : QuoteType.PARTIAL;
    }

    private static int wordCount(char[] text, Span span) {
        int words = 0;
        boolean inWord = false;
        for (int i = span.start(); i < span.end(); i++) {
            boolean letter = CharClasses.is(text[i], CharClasses.LETTER_OR_DIGIT);
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
