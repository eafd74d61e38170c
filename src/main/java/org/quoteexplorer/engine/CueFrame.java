package org.quoteexplorer.engine;

import org.quoteexplorer.model.Span;

/**
 * A speech cue and the speaker it introduces: "Vell said", "said Ostrova", "according to X",
 * or a participle ("…, saying") whose speaker is the subject of its clause.
 *
 * @param cue      the cue words ("told reporters", "according to")
 * @param cueToken index of the cue's first token
 * @param speaker  the mention it rests on, or {@code null} when none could be found
 * @param form     how cue and speaker are arranged
 * @param strong   a verb that reports whole utterances (say, tell, add), not just a judgement
 */
record CueFrame(Span cue, int cueToken, Mention speaker, Form form, boolean strong) {

    enum Form { SPEAKER_VERB, VERB_SPEAKER, PARTICIPLE, ACCORDING_TO }

    /** "would respond", "to further explain": a verb after a modal or "to" reports nobody's words yet. */
    boolean reportsNothingYet(Tokens t) {
        return form != Form.ACCORDING_TO && form != Form.PARTICIPLE && CueFinder.followsModal(t, cueToken);
    }

    /** From the first to the last character of cue and speaker together. */
    Span extent() {
        if (speaker == null) {
            return cue;
        }
        return new Span(Math.min(cue.start(), speaker.span().start()), Math.max(cue.end(), speaker.span().end()));
    }
}
