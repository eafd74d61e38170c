package org.quoteexplorer.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.quoteexplorer.model.Span;

/**
 * Which of a sentence's cue frames report words, and which report belongs to a fragment: shared
 * by the sieve that reads the cue next to a quote and the one that reads the whole sentence.
 */
final class ReportingClauses {

    private ReportingClauses() {
    }

    /** The frames that have a speaker and report words now. */
    static List<CueFrame> usable(Analysis doc, List<CueFrame> frames) {
        List<CueFrame> out = new ArrayList<>(frames.size());
        for (CueFrame f : frames) {
            if (f.speaker() != null && !f.reportsNothingYet(doc.tokens())) {
                out.add(f);
            }
        }
        return out;
    }

    /** Words that open the complement of a reporting verb; "when" or "because" open adverbial clauses. */
    private static final Set<String> SUBORDINATORS = WordLists.words("reporting-subordinators.txt");

    /**
     * "Vell said he’s certain Kiril will continue to be “…”": when the cue nearest the fragment
     * sits in the complement of an earlier reporting verb, the fragment is part of that report.
     */
    static CueFrame reporter(Analysis doc, List<CueFrame> before) {
        if (before.size() < 2) {
            return null;
        }
        CueFrame inner = before.get(before.size() - 1);
        if (inner.strong()) {
            return null; // "…, he said, …" reports on its own
        }
        Tokens t = doc.tokens();
        for (int i = 0; i < before.size() - 1; i++) {
            CueFrame outer = before.get(i);
            if (!outer.strong() || outer.form() != CueFrame.Form.SPEAKER_VERB) {
                continue;
            }
            int from = outer.cueToken() + 1;
            int to = inner.speaker().firstToken();
            if (to < from) {
                continue;
            }
            boolean subordinate = false;
            boolean broken = false;
            for (int k = from; k < to; k++) {
                if (doc.inQuote(k)) {
                    if (!doc.inQuote(k + 1) && sentenceEndingMark(t, k)) {
                        broken = true; // "“…by the pen.” And he added …": a new sentence after all
                        break;
                    }
                    continue;
                }
                if (t.isPunct(k, ';') || t.isPunct(k, ':') || t.isPunct(k, ',') && k + 1 < to
                        && (t.lower(k + 1).equals("and") || t.lower(k + 1).equals("but"))) {
                    broken = true;
                    break;
                }
                if (SUBORDINATORS.contains(t.lower(k))) {
                    subordinate = true;
                }
            }
            if (!broken && (subordinate || to - from <= 3)) {
                return outer;
            }
        }
        return null;
    }

    /**
     * "…, the agency reported.", "…, according to the agency": a cue that relays someone else's
     * report rather than speaking. Only asked when an earlier verb in the sentence reports who spoke.
     */
    static boolean relaysReport(Analysis doc, CueFrame f) {
        if (f.form() == CueFrame.Form.ACCORDING_TO) {
            return true;
        }
        String lemma = Lexicon.lemmaOf(doc.tokens().lower(f.cueToken()));
        return "report".equals(lemma);
    }

    /**
     * "Rahmanian described the talks as “positive,” according to IRNA", "Rahmanian affirmed Iran's
     * “firm position,” IRNA said": an agency or a body after a fragment passes on the words of
     * whoever the sentence has speaking before it, when that is not a body too.
     */
    static boolean passesOnWordsBefore(Analysis doc, QuoteSite site, CueFrame trailing) {
        if (site.type() != org.quoteexplorer.model.QuoteType.PARTIAL || trailing.speaker() == null
                || trailing.form() != CueFrame.Form.ACCORDING_TO && !isBody(trailing.speaker())
                || Lexicon.DOCUMENT_NOUNS.contains(doc.tokens().lower(trailing.speaker().lastToken()))) {
            return false; // "…, according to a Pentagon readout": the readout's own words
        }
        Span sentence = doc.sentences().all().get(site.sentence());
        List<CueFrame> before = usable(doc, doc.framesIn(new Span(sentence.start(), site.found().outer().start())));
        if (before.isEmpty()) {
            return false;
        }
        CueFrame nearest = before.get(before.size() - 1);
        Mention speaker = nearest.speaker();
        return nearest.form() != CueFrame.Form.ACCORDING_TO && !relaysReport(doc, nearest) && !speaker.isPronoun()
                && speaker.name() != null && speaker.kind() != org.quoteexplorer.model.SpeakerKind.ORGANIZATION;
    }

    /** An organisation, or a name written as an acronym ("IRNA", "KCNA"). */
    private static boolean isBody(Mention m) {
        if (m.kind() == org.quoteexplorer.model.SpeakerKind.ORGANIZATION) {
            return true;
        }
        String name = m.name();
        return !m.isPronoun() && name != null && name.length() >= 3 && name.length() <= 8 && Letters.allUpperCase(name);
    }

    /** A strong report of someone's words earlier in the quote's sentence ("Vell warned that …"). */
    static boolean reportedBefore(Analysis doc, QuoteSite site) {
        Span sentence = doc.sentences().all().get(site.sentence());
        for (CueFrame f : usable(doc, doc.framesIn(new Span(sentence.start(), site.found().outer().start())))) {
            if (f.strong() && f.form() != CueFrame.Form.ACCORDING_TO && !relaysReport(doc, f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceEndingMark(Tokens t, int closing) {
        int k = closing;
        while (k > 0 && !t.isWord(k) && !t.isPunct(k, '.') && !t.isPunct(k, '!') && !t.isPunct(k, '?')) {
            k--;
        }
        return t.isPunct(k, '.') || t.isPunct(k, '!') || t.isPunct(k, '?');
    }
}
