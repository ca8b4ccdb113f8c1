package org.hazardlog.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * User text made safe to print. A name in a log is typed or imported by anyone, so it may hold
 * terminal escapes (ESC), a bell, a right-to-left override that shows text backwards, or a line
 * break that would start a false row of a table. Every such character is printed as a visible
 * {@code \\uXXXX} escape (a form JSON reads as the same character, so JSON output stays valid and
 * means the same), and table cells also show line breaks and tabs as {@code \\n}, {@code \\r}
 * and {@code \\t}. Every command prints through {@link #writer}, and every table cell through
 * {@link #oneLine}.
 */
final class TerminalText {

    private TerminalText() {
    }

    /** For one line, such as a table cell: every control and format character visible, line breaks too. */
    static String oneLine(String s) {
        return escape(s, false);
    }

    /** A writer that keeps line breaks and tabs and shows every other control or format character. */
    static PrintWriter writer(PrintWriter out) {
        return new PrintWriter(new Filter(out), true);
    }

    private static String escape(String s, boolean keepLayout) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> appendShown(b, cp, keepLayout));
        return b.toString();
    }

    private static void appendShown(StringBuilder b, int cp, boolean keepLayout) {
        if (keepLayout && (cp == '\n' || cp == '\t' || (cp == '\r' && LINE_SEPARATOR_HAS_CR))) {
            b.append((char) cp);
        } else if (cp == '\n') {
            b.append("\\n");
        } else if (cp == '\r') {
            b.append("\\r");
        } else if (cp == '\t') {
            b.append("\\t");
        } else if (isHidden(cp)) {
            for (char unit : Character.toChars(cp)) {
                b.append(String.format("\\u%04X", (int) unit));
            }
        } else {
            b.appendCodePoint(cp);
        }
    }

    /**
     * Control characters (C0, DEL, C1), format characters (bidirectional overrides and isolates,
     * zero-width characters), the Unicode line and paragraph separators, and a surrogate without
     * its pair.
     */
    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static final boolean LINE_SEPARATOR_HAS_CR = System.lineSeparator().indexOf('\r') >= 0;

    /** Escapes as it writes; a surrogate pair is judged as one character, so it is held until its second half. */
    private static final class Filter extends FilterWriter {
        private char high;

        Filter(Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            StringBuilder b = new StringBuilder(2);
            put(b, (char) c);
            out.write(b.toString());
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            StringBuilder b = new StringBuilder(len + 8);
            for (int i = off; i < off + len; i++) {
                put(b, buf[i]);
            }
            out.write(b.toString());
        }

        @Override
        public void write(String str, int off, int len) throws IOException {
            StringBuilder b = new StringBuilder(len + 8);
            for (int i = off; i < off + len; i++) {
                put(b, str.charAt(i));
            }
            out.write(b.toString());
        }

        private void put(StringBuilder b, char ch) {
            if (high != 0) {
                char first = high;
                high = 0;
                if (Character.isLowSurrogate(ch)) {
                    appendShown(b, Character.toCodePoint(first, ch), true);
                    return;
                }
                appendShown(b, first, true);
            }
            if (Character.isHighSurrogate(ch)) {
                high = ch;
            } else {
                appendShown(b, ch, true);
            }
        }

        @Override
        public void close() throws IOException {
            if (high != 0) {
                StringBuilder b = new StringBuilder();
                appendShown(b, high, true);
                high = 0;
                out.write(b.toString());
            }
            super.close();
        }
    }
}
