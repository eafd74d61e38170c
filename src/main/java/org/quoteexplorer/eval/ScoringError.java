package org.quoteexplorer.eval;

/**
 * One thing the engine got wrong on a gold document, for the analyst reading {@code eval --errors}.
 *
 * @param quote     the quoted words (gold for a miss, predicted otherwise)
 * @param gold      the gold speaker, or {@code null} for a spurious quote
 * @param predicted the predicted speaker (and mention), or {@code null} for a miss
 * @param sentence  the surrounding text, on one line
 */
public record ScoringError(Type type, String documentId, String quote, String gold, String predicted, String sentence) {

    public enum Type { MISSED, SPURIOUS, WRONG_SPEAKER }

    /** Three lines: what, the quote with gold vs predicted, the sentence. */
    public String describe() {
        String head = switch (type) {
            case MISSED -> "missed quote";
            case SPURIOUS -> "spurious quote";
            case WRONG_SPEAKER -> "wrong speaker";
        };
        StringBuilder sb = new StringBuilder();
        sb.append(head).append(" [").append(documentId).append("] ").append(oneLine(quote, 100)).append('\n');
        if (type == Type.WRONG_SPEAKER) {
            sb.append("    gold: ").append(gold).append("   predicted: ").append(predicted).append('\n');
        } else if (type == Type.MISSED) {
            sb.append("    gold speaker: ").append(gold).append('\n');
        } else {
            sb.append("    predicted speaker: ").append(predicted).append('\n');
        }
        sb.append("    in: ").append(oneLine(sentence, 300));
        return sb.toString();
    }

    private static String oneLine(String s, int max) {
        String flat = s == null ? "" : s.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
