package org.quoteexplorer.io;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a JSON text in an analyst's words, from the JSON parser's own message
 * ("Unexpected character ('}' (code 125)): was expecting double-quote to start field name"),
 * which names tokens, codes and markers. The place (line, column) is reported beside it, so the
 * wording only says what was found and, where the usual cause is known, what to look for.
 */
final class JsonSyntaxWording {

    private record Rule(Pattern pattern, Function<Matcher, String> wording) {
    }

    /** The parser's messages as Jackson 2.x words them; a message no rule knows keeps its own words. */
    private static final List<Rule> RULES = List.of(
            rule("Unrecognized token '(.*)': was expecting .*",
                    m -> quoted(m.group(1)) + " is not a JSON value (expected text in double quotes, a number, true, false, null, [ or {)"
                            + lowerCaseHint(m.group(1))),
            rule("Unexpected character \\('(.+)' \\(code [^)]*\\)\\): was expecting double-quote to start field name",
                    m -> "found " + quoted(m.group(1)) + " where a field name in double quotes should begin"
                            + quoteHint(m.group(1), "a comma too many before it?")),
            rule("Unexpected character \\('(.+)' \\(code [^)]*\\)\\): was expecting a colon to separate field name and value",
                    m -> "found " + quoted(m.group(1)) + " where a colon should follow the field name"),
            rule("Unexpected character \\('(.+)' \\(code [^)]*\\)\\): was expecting comma to separate (Object|Array) entries",
                    m -> "found " + quoted(m.group(1)) + " where a comma should separate the "
                            + ("Object".equals(m.group(2)) ? "fields of an object" : "values of an array") + " (a comma missing?)"),
            rule("Unexpected character \\('(.+)' \\(code [^)]*\\)\\): expected a (?:valid )?value.*",
                    m -> "found " + quoted(m.group(1)) + " where a value should be"
                            + quoteHint(m.group(1), "]".equals(m.group(1)) ? "a comma too many before it?" : null)),
            rule("Unexpected character \\('\\+' \\(code [^)]*\\)\\) in numeric value: .*plus sign.*",
                    m -> "a number with a plus sign (JSON writes 5, not +5)"),
            rule("Unexpected character \\('(.+)' \\(code [^)]*\\)\\) in numeric value: (.*)",
                    m -> "a malformed number: " + decapitalise(m.group(2).replace(", for valid numeric value", ""))),
            rule("Unexpected character \\('(.+)' \\(code [^)]*\\)\\): expected a hex-digit for character escape sequence",
                    m -> "a \\u escape needs four hexadecimal digits; found " + quoted(m.group(1))),
            rule("Unexpected end-of-input: was expecting closing quote for a string value",
                    m -> "the text ends inside a string (its closing double quote is missing); was it cut off?"),
            rule("Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at (line \\d+, column \\d+)\\)",
                    m -> "Object".equals(m.group(1))
                            ? "the text ends before the '}' that closes the object begun at " + m.group(2) + "; was it cut off?"
                            : "the text ends before the ']' that closes the array begun at " + m.group(2) + "; was it cut off?"),
            rule("Unexpected end-of-input within/between (Object|Array) entries",
                    m -> "the text ends inside " + ("Object".equals(m.group(1)) ? "an object" : "an array") + "; was it cut off?"),
            rule("Unexpected end-of-input.*",
                    m -> "the text ends too early; was it cut off?"),
            rule("Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): has to be escaped .*",
                    m -> "a control character (" + codePoint(m.group(1)) + ") inside a string; JSON writes it as \\u"
                            + codePoint(m.group(1)).substring(2)),
            rule("Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): only regular white space .*",
                    m -> "a control character (" + codePoint(m.group(1)) + ") between values: this looks like binary data, not JSON text"),
            rule("Invalid numeric value: Leading zeroes not allowed",
                    m -> "a number with a leading zero (JSON writes 1, not 01)"),
            rule("Non-standard token '(.*)'.*",
                    m -> quoted(m.group(1)) + " is not a JSON number"),
            rule("Unrecognized character escape '(.)' \\(code \\d+\\)",
                    m -> "'\\" + m.group(1) + "' is not a JSON escape (a backslash in text is written \\\\)"));

    private JsonSyntaxWording() {
    }

    /** The plain wording of a parser message, if it is one of the syntax errors known here. */
    static Optional<String> of(String parserMessage) {
        String message = parserMessage.strip();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(message);
            if (m.matches()) {
                return Optional.of(rule.wording().apply(m));
            }
        }
        return Optional.empty();
    }

    private static Rule rule(String regex, Function<Matcher, String> wording) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), wording);
    }

    private static String quoted(String token) {
        return "'".equals(token) ? "\"'\"" : "'" + token + "'";
    }

    /** Typed text often carries the quotation marks of a word processor or of another language. */
    private static String quoteHint(String found, String otherwise) {
        if ("'".equals(found)) {
            return " (JSON needs double quotes, not single ones)";
        }
        if ("\u201C\u201D\u201E\u00AB\u00BB".contains(found)) {
            return " (JSON needs straight double quotes \", not curly ones)";
        }
        return otherwise == null ? "" : " (" + otherwise + ")";
    }

    private static String lowerCaseHint(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        boolean literal = lower.equals("true") || lower.equals("false") || lower.equals("null");
        return literal && !lower.equals(token) ? "; JSON writes " + lower + " in lower case" : "";
    }

    private static String codePoint(String decimal) {
        return String.format(Locale.ROOT, "U+%04X", Integer.parseInt(decimal));
    }

    private static String decapitalise(String text) {
        boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        return text.isEmpty() || acronym ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
