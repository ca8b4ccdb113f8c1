package org.hazardlog.code;

/**
 * A file's text with its comments and string literals blanked out (line breaks kept), so that a
 * brace or a keyword inside a string or a comment is never taken for code. Each language's own
 * literals are known: text blocks, template and raw strings, C# verbatim strings, and, in
 * JavaScript, regular expression literals.
 */
final class CodeMask {

    private final String text;
    private final SymbolLanguage language;
    private final char[] out;
    private int i;

    private CodeMask(String text, SymbolLanguage language) {
        this.text = text;
        this.language = language;
        this.out = text.toCharArray();
    }

    /** The text with every character of a comment or a string literal made a space. */
    static String of(String text, SymbolLanguage language) {
        CodeMask m = new CodeMask(text, language);
        m.run();
        return new String(m.out);
    }

    private void run() {
        int n = text.length();
        i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && next(1) == '/') {
                blankTo(endOfLine(i));
            } else if (c == '/' && next(1) == '*') {
                blankTo(endOfBlockComment(i));
            } else if (c == '"' && next(1) == '"' && next(2) == '"' && language != SymbolLanguage.GO
                    && language != SymbolLanguage.JAVASCRIPT) {
                blankTo(endOfTripleQuote(i));
            } else if (language == SymbolLanguage.CSHARP && (c == '@' || c == '$') && isVerbatimStart(i)) {
                blankTo(endOfVerbatim(text.indexOf('"', i)));
            } else if (c == '"' || c == '\'') {
                blankTo(endOfQuoted(i, c));
            } else if (c == '`' && (language == SymbolLanguage.JAVASCRIPT || language == SymbolLanguage.GO)) {
                blankTo(endOfBacktick(i));
            } else if (c == '/' && language == SymbolLanguage.JAVASCRIPT && regexMayStart(i)) {
                blankTo(endOfRegex(i));
            } else {
                i++;
            }
        }
    }

    private char next(int ahead) {
        return i + ahead < text.length() ? text.charAt(i + ahead) : '\0';
    }

    /** Blanks from {@code i} to {@code end} (exclusive), keeping line breaks, and moves on to {@code end}. */
    private void blankTo(int end) {
        for (int k = i; k < end; k++) {
            if (out[k] != '\n' && out[k] != '\r') {
                out[k] = ' ';
            }
        }
        i = Math.max(end, i + 1);
    }

    private int endOfLine(int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private int endOfBlockComment(int from) {
        // Kotlin block comments nest; the others end at the first */.
        int depth = 0;
        int k = from;
        while (k < text.length() - 1) {
            if (text.charAt(k) == '/' && text.charAt(k + 1) == '*' && (depth == 0 || language == SymbolLanguage.KOTLIN)) {
                depth++;
                k += 2;
            } else if (text.charAt(k) == '*' && text.charAt(k + 1) == '/') {
                depth--;
                k += 2;
                if (depth == 0) {
                    return k;
                }
            } else {
                k++;
            }
        }
        return text.length();
    }

    /** Java text blocks, Kotlin raw strings and C# raw strings (which may open with more quotes). */
    private int endOfTripleQuote(int from) {
        int quotes = 0;
        while (from + quotes < text.length() && text.charAt(from + quotes) == '"') {
            quotes++;
        }
        String close = "\"".repeat(language == SymbolLanguage.CSHARP ? quotes : 3);
        int k = from + quotes;
        while (k < text.length()) {
            if (language == SymbolLanguage.JAVA && text.charAt(k) == '\\') {
                k += 2;
                continue;
            }
            if (text.startsWith(close, k)) {
                return k + close.length();
            }
            k++;
        }
        return text.length();
    }

    private boolean isVerbatimStart(int at) {
        String s = text.substring(at, Math.min(text.length(), at + 3));
        return s.startsWith("@\"") || s.startsWith("$@\"") || s.startsWith("@$\"");
    }

    /** A C# verbatim string: no escapes but a doubled quote. */
    private int endOfVerbatim(int openQuote) {
        int k = openQuote + 1;
        while (k < text.length()) {
            if (text.charAt(k) == '"') {
                if (k + 1 < text.length() && text.charAt(k + 1) == '"') {
                    k += 2;
                    continue;
                }
                return k + 1;
            }
            k++;
        }
        return text.length();
    }

    /** A one-line literal; one left open ends with its line, so one typo cannot blank the rest of the file. */
    private int endOfQuoted(int from, char quote) {
        int k = from + 1;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (c == '\\') {
                k += 2;
            } else if (c == quote) {
                return k + 1;
            } else if (c == '\n') {
                return k;
            } else {
                k++;
            }
        }
        return text.length();
    }

    /** A JavaScript template literal (escapes) or a Go raw string (none): both span lines. */
    private int endOfBacktick(int from) {
        int k = from + 1;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (c == '\\' && language == SymbolLanguage.JAVASCRIPT) {
                k += 2;
            } else if (c == '`') {
                return k + 1;
            } else {
                k++;
            }
        }
        return text.length();
    }

    /** A slash starts a regular expression where a value is expected: after an operator, or at the start. */
    private boolean regexMayStart(int at) {
        int k = at - 1;
        while (k >= 0 && Character.isWhitespace(out[k])) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char p = out[k];
        if ("(,=:[!&|?{};+-*%<>~^".indexOf(p) >= 0) {
            return true;
        }
        int end = k + 1;
        while (k >= 0 && Character.isLetter(out[k])) {
            k--;
        }
        String word = new String(out, k + 1, end - k - 1);
        return word.equals("return") || word.equals("typeof") || word.equals("case") || word.equals("in")
                || word.equals("of") || word.equals("yield") || word.equals("await");
    }

    private int endOfRegex(int from) {
        int k = from + 1;
        boolean inClass = false;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (c == '\\') {
                k += 2;
                continue;
            }
            if (c == '\n') {
                return k;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                return k + 1;
            }
            k++;
        }
        return text.length();
    }
}
