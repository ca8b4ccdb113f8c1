package org.hazardlog.code;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the functions, methods and classes of a Python file, each from its first decorator to the
 * last line of its body. A body is what is indented deeper than its {@code def} or {@code class};
 * lines inside a string or brackets that go on from the line before never end it, and neither
 * does a comment, whatever its indentation.
 */
final class PythonSymbols {

    private static final Pattern DECLARATION = Pattern.compile("^(\\s*)(?:async\\s+)?(def|class)\\s+([A-Za-z_]\\w*)");
    private static final Pattern DECORATOR = Pattern.compile("^\\s*@");
    private static final int TAB = 8;

    private final List<String> lines;
    /** Whether a line starts a statement (not inside a string or brackets, nor after a backslash). */
    private final boolean[] starts;
    /** Whether a line holds no code: blank, or only a comment. */
    private final boolean[] empty;

    private PythonSymbols(List<String> lines) {
        this.lines = lines;
        this.starts = new boolean[lines.size()];
        this.empty = new boolean[lines.size()];
        classify();
    }

    static List<Declaration> scan(List<String> lines) {
        return new PythonSymbols(lines).declarations();
    }

    /** One pass over the text, following strings, brackets and line continuations. */
    private void classify() {
        String quote = null;
        int depth = 0;
        boolean continued = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            starts[n] = quote == null && depth == 0 && !continued;
            boolean code = false;
            continued = false;
            int i = 0;
            while (i < line.length()) {
                char c = line.charAt(i);
                if (quote != null) {
                    if (c == '\\') {
                        i += 2;
                        continue;
                    }
                    if (line.startsWith(quote, i)) {
                        i += quote.length();
                        quote = null;
                        continue;
                    }
                    i++;
                    continue;
                }
                if (c == '#') {
                    break;
                }
                if (c == '"' || c == '\'') {
                    code = true;
                    boolean triple = line.startsWith(String.valueOf(c).repeat(3), i);
                    quote = triple ? String.valueOf(c).repeat(3) : String.valueOf(c);
                    i += quote.length();
                    continue;
                }
                if (c == '\\' && i == line.length() - 1) {
                    continued = true;
                } else if ("([{".indexOf(c) >= 0) {
                    depth++;
                } else if (")]}".indexOf(c) >= 0) {
                    depth = Math.max(0, depth - 1);
                }
                if (!Character.isWhitespace(c)) {
                    code = true;
                }
                i++;
            }
            if (quote != null && quote.length() == 1) {
                quote = null; // a one-line string left open ends with its line
            }
            empty[n] = starts[n] && !code;
        }
    }

    private List<Declaration> declarations() {
        List<Declaration> out = new ArrayList<>();
        Deque<int[]> around = new ArrayDeque<>(); // {indent, last line}
        Deque<String> names = new ArrayDeque<>();
        for (int n = 0; n < lines.size(); n++) {
            if (!starts[n]) {
                continue;
            }
            Matcher m = DECLARATION.matcher(lines.get(n));
            if (!m.find()) {
                continue;
            }
            int indent = width(m.group(1));
            int last = lastLineOf(n, indent);
            while (!around.isEmpty() && around.peek()[1] < n) {
                around.pop();
                names.pop();
            }
            String qualified = names.isEmpty() ? m.group(3) : names.peek() + "." + m.group(3);
            around.push(new int[] {indent, last});
            names.push(qualified);
            out.add(new Declaration(m.group(3), qualified, new LineRange(firstDecorator(n) + 1, last + 1)));
        }
        return out;
    }

    /** The last line of a body: before the next statement indented no deeper than its header. */
    private int lastLineOf(int header, int indent) {
        int last = header;
        int n = header + 1;
        while (n < lines.size() && !starts[n]) {
            last = n++; // the header goes on (a long parameter list)
        }
        for (; n < lines.size(); n++) {
            if (starts[n] && empty[n]) {
                continue;
            }
            if (starts[n] && width(lines.get(n)) <= indent) {
                break;
            }
            last = n;
        }
        return last;
    }

    /** Decorators written just above a definition are part of it (they change what it does). */
    private int firstDecorator(int header) {
        int first = header;
        int n = header - 1;
        while (n >= 0) {
            int statement = n;
            while (statement > 0 && !starts[statement]) {
                statement--;
            }
            if (!DECORATOR.matcher(lines.get(statement)).find()) {
                break;
            }
            first = statement;
            n = statement - 1;
        }
        return first;
    }

    /** Leading whitespace as Python measures it: a tab to the next multiple of eight. */
    private static int width(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ') {
                w++;
            } else if (c == '\t') {
                w = (w / TAB + 1) * TAB;
            } else if (c == '\f') {
                w = 0;
            } else {
                break;
            }
        }
        return w;
    }
}
