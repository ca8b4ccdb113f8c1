package org.hazardlog.code;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the declarations of a file in a language whose blocks are braces (JavaScript/TypeScript,
 * Java, Kotlin, Go, C#): classes and their kin, functions and methods, each from its annotations to
 * the brace that closes its body. Braces are matched in the text with comments and strings blanked
 * ({@link CodeMask}), so a brace in a string never ends a body. It is a scanner, not a parser: it
 * reads declarations written the usual way, and whatever it cannot read is "not found", never a pass.
 */
final class BraceSymbols {

    private static final String ID = "[A-Za-z_$][\\w$]*";
    private static final Pattern TYPE = Pattern.compile(
            "^(?:[\\w]+\\s+)*?(?:class|interface|enum|record|struct|object|trait)\\s+(?!(?:class|struct)\\b)(" + ID + ")");
    private static final Pattern GO_TYPE = Pattern.compile("^type\\s+(" + ID + ")(?:\\[[^\\]]*\\])?\\s+(?:struct|interface)\\b");
    private static final Pattern KOTLIN_FUN = Pattern.compile(
            "^(?:[\\w]+\\s+)*fun\\s+(?:<[^>]*>\\s*)?(?:[\\w.<>?, ]+?\\.)?(" + ID + ")\\s*\\(");
    private static final Pattern GO_FUNC = Pattern.compile(
            "^func\\s+(?:\\(\\s*(?:" + ID + "\\s+)?\\*?\\s*(" + ID + ")(?:\\[[^\\]]*\\])?\\s*\\)\\s*)?(" + ID + ")\\s*[\\[(]");
    private static final Pattern JS_FUNCTION = Pattern.compile(
            "^(?:export\\s+)?(?:default\\s+)?(?:declare\\s+)?(?:async\\s+)?function\\s*\\*?\\s*(" + ID + ")\\s*[<(]");
    private static final Pattern JS_CONST = Pattern.compile(
            "^(?:export\\s+)?(?:declare\\s+)?(?:const|let|var)\\s+(" + ID + ")\\s*(?::[^=]+)?=\\s*(?:async\\s+)?(function\\b|\\(|<|"
                    + ID + "\\s*=>)");
    private static final String JS_MODIFIERS = "(?:(?:public|private|protected|static|readonly|async|override|abstract"
            + "|declare|get|set|accessor)\\s+)*";
    private static final Pattern JS_METHOD = Pattern.compile("^" + JS_MODIFIERS + "\\*?\\s*(#?" + ID + ")\\s*\\??\\s*(?:<[^>]*>)?\\s*\\(");
    private static final Pattern JS_FIELD_FUNCTION = Pattern.compile("^" + JS_MODIFIERS + "(#?" + ID
            + ")\\s*\\??\\s*(?::[^=]+)?=\\s*(?:async\\s+)?(function\\b|\\(|<|" + ID + "\\s*=>)");
    private static final Pattern JAVA_METHOD = Pattern.compile("^(?:[\\w<>\\[\\],.?\\s]+\\s)?(" + ID + ")\\s*(?:<[^>()]*>)?\\s*\\(");
    private static final Pattern ANNOTATIONS = Pattern.compile(
            "^(?:@[\\w.]+(?:\\s*\\([^()]*(?:\\([^()]*\\)[^()]*)*\\))?\\s*)+");
    private static final Pattern ATTRIBUTES = Pattern.compile("^(?:\\[[^\\]]*\\]\\s*)+");
    private static final Set<String> NOT_NAMES = Set.of("if", "for", "while", "switch", "catch", "synchronized", "using",
            "lock", "foreach", "return", "new", "throw", "else", "do", "try", "sizeof", "typeof", "nameof", "base",
            "this", "super", "when", "function", "await", "yield", "fixed", "checked", "unchecked", "default", "case");

    /**
     * No declaration is read from a longer line, and no declaration's header (before its body) or
     * arrow expression is followed further: generated or hostile code cannot make the scan slow.
     */
    private static final int MAX_LINE = 2_000;
    private static final int MAX_HEADER = 10_000;
    private static final int MAX_EXPRESSION = 200_000;

    /** How a declaration's extent ended: its brace body, a semicolon, an arrow's expression or a line end. */
    private enum Ending { BRACE, SEMICOLON, ARROW, LINE, BROKEN }

    private record End(int offset, Ending how, int firstParenClose) {
    }

    private record Found(String name, String container, int start, int end, int line) {
    }

    private final String code;
    private final SymbolLanguage language;
    private final int[] lineStarts;
    private final int[] matching;
    /** For each closing brace, the offset of the brace it closes, or -1. */
    private final int[] opening;
    /** For each line, the offset of the innermost open brace at its start, or -1. */
    private final int[] enclosing;
    private final Set<Integer> typeBodies = new HashSet<>();

    private BraceSymbols(String code, SymbolLanguage language) {
        this.code = code;
        this.language = language;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int k = 0; k < code.length(); k++) {
            if (code.charAt(k) == '\n') {
                starts.add(k + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        matching = new int[code.length()];
        Arrays.fill(matching, -1);
        opening = new int[code.length()];
        Arrays.fill(opening, -1);
        enclosing = new int[lineStarts.length];
        Deque<Integer> open = new ArrayDeque<>();
        int line = 0;
        for (int k = 0; k <= code.length(); k++) {
            while (line < lineStarts.length && lineStarts[line] == k) {
                enclosing[line++] = open.isEmpty() ? -1 : open.peek();
            }
            if (k == code.length()) {
                break;
            }
            char c = code.charAt(k);
            if (c == '{') {
                open.push(k);
            } else if (c == '}' && !open.isEmpty()) {
                int o = open.pop();
                matching[o] = k;
                opening[k] = o;
            }
        }
    }

    static List<Declaration> scan(List<String> lines, SymbolLanguage language) {
        return new BraceSymbols(CodeMask.of(String.join("\n", lines), language), language).declarations();
    }

    private List<Declaration> declarations() {
        List<Found> found = new ArrayList<>();
        for (int line = 0; line < lineStarts.length; line++) {
            int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : code.length();
            String raw = code.substring(lineStarts[line], lineEnd);
            int indent = 0;
            while (indent < raw.length() && Character.isWhitespace(raw.charAt(indent))) {
                indent++;
            }
            Matcher prefix = (language == SymbolLanguage.CSHARP ? ATTRIBUTES : ANNOTATIONS).matcher(raw.substring(indent));
            int from = indent + (prefix.find() ? prefix.end() : 0);
            Found f = declarationAt(raw.substring(from), lineStarts[line] + from, line);
            if (f != null) {
                found.add(f);
            }
        }
        return qualified(found);
    }

    private Found declarationAt(String s, int at, int line) {
        if (s.isEmpty() || s.length() > MAX_LINE) {
            return null;
        }
        boolean inTypeBody = typeBodies.contains(enclosing[line]);
        Matcher m;
        if (language == SymbolLanguage.GO) {
            if ((m = GO_TYPE.matcher(s)).find()) {
                return type(m.group(1), at, line, at + m.end());
            }
            if ((m = GO_FUNC.matcher(s)).find()) {
                End end = extent(at + m.start(2) + m.group(2).length(), false);
                return end.how() == Ending.BRACE ? new Found(m.group(2), m.group(1), at, end.offset(), line) : null;
            }
            return null;
        }
        if ((m = TYPE.matcher(s)).find()) {
            return type(m.group(1), at, line, at + m.end());
        }
        switch (language) {
            case KOTLIN -> {
                if ((m = KOTLIN_FUN.matcher(s)).find()) {
                    End end = extent(at + m.end(1), true);
                    return end.how() == Ending.BROKEN ? null : new Found(m.group(1), null, at, end.offset(), line);
                }
            }
            case JAVASCRIPT -> {
                if ((m = JS_FUNCTION.matcher(s)).find()) {
                    End end = extent(at + m.end(1), true);
                    return end.how() == Ending.BRACE || end.how() == Ending.SEMICOLON
                            ? new Found(m.group(1), null, at, end.offset(), line) : null;
                }
                if ((m = JS_CONST.matcher(s)).find() || inTypeBody && (m = JS_FIELD_FUNCTION.matcher(s)).find()) {
                    return functionValue(m, at, line);
                }
                if (inTypeBody && (m = JS_METHOD.matcher(s)).find() && !NOT_NAMES.contains(m.group(1))) {
                    End end = extent(at + m.end(1), true);
                    return end.how() == Ending.BRACE || end.how() == Ending.SEMICOLON
                            ? new Found(m.group(1), null, at, end.offset(), line) : null;
                }
            }
            case JAVA, CSHARP -> {
                if (inTypeBody && (m = JAVA_METHOD.matcher(s)).find() && !NOT_NAMES.contains(m.group(1))) {
                    End end = extent(at + m.end(1), true);
                    if (isMethodEnd(end)) {
                        return new Found(m.group(1), null, at, end.offset(), line);
                    }
                }
            }
            default -> {
            }
        }
        return null;
    }

    /** {@code const f = (a) => ...} or {@code f = function () {...}}: a function only if it is one. */
    private Found functionValue(Matcher m, int at, int line) {
        String value = m.group(2);
        End end = extent(at + m.start(2) + (value.startsWith("function") ? "function".length() : 0), true);
        boolean isFunction = value.startsWith("function") ? end.how() == Ending.BRACE
                : end.how() == Ending.ARROW || end.how() == Ending.BRACE && arrowBefore(at + m.start(2), end.offset());
        return isFunction ? new Found(m.group(1), null, at, end.offset(), line) : null;
    }

    private boolean arrowBefore(int from, int to) {
        int arrow = code.indexOf("=>", from);
        return arrow >= 0 && arrow < to;
    }

    /** Between a method's parameters and its body only {@code throws}, {@code where} or a base call may stand. */
    private boolean isMethodEnd(End end) {
        if (end.firstParenClose() < 0 || end.how() == Ending.BROKEN || end.how() == Ending.LINE) {
            return false;
        }
        int body = end.how() == Ending.BRACE ? openBraceOf(end.offset()) : end.how() == Ending.SEMICOLON
                ? end.offset() : code.lastIndexOf("=>", end.offset());
        if (body < end.firstParenClose()) {
            return false;
        }
        String between = code.substring(end.firstParenClose() + 1, body).strip();
        return between.isEmpty() || between.startsWith("throws") || between.startsWith("where")
                || between.startsWith(":") || between.equals("=>") || between.startsWith("=>");
    }

    private int openBraceOf(int close) {
        return close >= 0 && close < opening.length ? opening[close] : -1;
    }

    private Found type(String name, int at, int line, int afterName) {
        End end = extent(afterName, false);
        if (end.how() == Ending.BRACE) {
            typeBodies.add(openBraceOf(end.offset()));
        }
        return end.how() == Ending.BROKEN ? null : new Found(name, null, at, end.offset(), line);
    }

    /**
     * Where a declaration ends, scanning from just after its name: the brace closing its body, the
     * semicolon of one without a body, or the end of an arrow's (or Kotlin {@code =}) expression.
     */
    private End extent(int from, boolean function) {
        int depth = 0;
        int firstClose = -1;
        int limit = (int) Math.min(code.length(), (long) from + MAX_HEADER);
        for (int k = from; k < limit; k++) {
            char c = code.charAt(k);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
                if (depth < 0) {
                    return new End(k, Ending.BROKEN, firstClose);
                }
                if (depth == 0 && c == ')' && firstClose < 0) {
                    firstClose = k;
                }
            } else if (depth == 0) {
                if (c == '{') {
                    return matching[k] < 0 ? new End(code.length() - 1, Ending.BROKEN, firstClose)
                            : new End(matching[k], Ending.BRACE, firstClose);
                }
                if (c == ';') {
                    return new End(k, Ending.SEMICOLON, firstClose);
                }
                if (c == '}') {
                    return new End(k, Ending.BROKEN, firstClose);
                }
                if (c == '=' && next(k) == '>') {
                    return expression(k + 2, firstClose);
                }
                if (function && c == '=' && language == SymbolLanguage.KOTLIN && next(k) != '='
                        && "!<>=".indexOf(code.charAt(k - 1)) < 0) {
                    return expression(k + 1, firstClose);
                }
                if (c == '\n' && lineEnds(k)) {
                    return new End(k - 1, Ending.LINE, firstClose);
                }
            }
        }
        return new End(limit - 1, Ending.BROKEN, firstClose);
    }

    /** The body of an arrow: a brace block, or an expression to its semicolon (or line end where there are none). */
    private End expression(int from, int firstClose) {
        int k = from;
        while (k < code.length() && Character.isWhitespace(code.charAt(k))) {
            k++;
        }
        if (k < code.length() && code.charAt(k) == '{' && matching[k] >= 0) {
            return new End(matching[k], Ending.BRACE, firstClose);
        }
        int depth = 0;
        int limit = (int) Math.min(code.length(), (long) k + MAX_EXPRESSION);
        for (; k < limit; k++) {
            char c = code.charAt(k);
            if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0) {
                if (--depth < 0) {
                    return new End(k - 1, Ending.ARROW, firstClose);
                }
            } else if (depth == 0 && (c == ';' || c == ',' && language == SymbolLanguage.JAVASCRIPT)) {
                return new End(k, Ending.ARROW, firstClose);
            } else if (depth == 0 && c == '\n' && lineEnds(k)) {
                return new End(k - 1, Ending.ARROW, firstClose);
            }
        }
        return k >= code.length() ? new End(code.length() - 1, Ending.ARROW, firstClose)
                : new End(limit - 1, Ending.BROKEN, firstClose);
    }

    private char next(int k) {
        return k + 1 < code.length() ? code.charAt(k + 1) : '\0';
    }

    /**
     * In languages without semicolons (Kotlin, Go, JavaScript as often written) a line ends a
     * declaration unless it plainly goes on: it ends in an operator or comma, or the next line
     * starts with a brace, a dot or an operator. Java and C# always end theirs with a semicolon or brace.
     */
    private boolean lineEnds(int newline) {
        if (language == SymbolLanguage.JAVA || language == SymbolLanguage.CSHARP) {
            return false;
        }
        int p = newline - 1;
        while (p >= 0 && Character.isWhitespace(code.charAt(p)) && code.charAt(p) != '\n') {
            p--;
        }
        if (p < 0 || code.charAt(p) == '\n') {
            return false; // a blank line says nothing: look at the next
        }
        if (",(=:.+-*/&|?<>![".indexOf(code.charAt(p)) >= 0) {
            return false;
        }
        int n = newline + 1;
        while (n < code.length() && Character.isWhitespace(code.charAt(n))) {
            n++;
        }
        return n >= code.length() || "{.?:+-*/&|=".indexOf(code.charAt(n)) < 0;
    }

    private int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** Names declarations after those around them, and starts each at its annotations. */
    private List<Declaration> qualified(List<Found> found) {
        List<Declaration> out = new ArrayList<>();
        Deque<Found> around = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        for (Found f : found) {
            while (!around.isEmpty() && around.peek().end() < f.start()) {
                around.pop();
                names.pop();
            }
            String qualified = f.container() != null ? f.container() + "." + f.name()
                    : names.isEmpty() ? f.name() : names.peek() + "." + f.name();
            around.push(f);
            names.push(qualified);
            int first = firstAnnotationLine(f.line());
            int last = Math.max(f.line(), lineOf(f.end()));
            out.add(new Declaration(f.name(), qualified, new LineRange(first + 1, last + 1)));
        }
        return out;
    }

    /** Annotations (or C# attributes) on the lines just above a declaration belong to it. */
    private int firstAnnotationLine(int line) {
        int first = line;
        char mark = language == SymbolLanguage.CSHARP ? '[' : '@';
        while (first > 0) {
            int s = lineStarts[first - 1];
            int e = lineStarts[first] - 1;
            String above = code.substring(s, e).strip();
            if (above.isEmpty() || above.charAt(0) != mark) {
                break;
            }
            first--;
        }
        return first;
    }
}
