package org.hazardlog.transfer.markdown;

import java.util.List;

/**
 * Line helpers that treat a non-breaking space as a space where it is structure (indentation,
 * blank lines, the edges of a value): text copied from web pages is full of them. Inside a value
 * a non-breaking space is kept as written.
 */
final class Lines {

    static final char NBSP = '\u00A0';

    private Lines() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == NBSP || Character.isWhitespace(c);
    }

    static boolean isBlank(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (!isSpace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The number of leading space characters (tabs and non-breaking spaces included). */
    static int indent(String line) {
        int i = 0;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Non-breaking spaces as spaces, for matching structure; the length stays the same. */
    static String plain(String s) {
        return s.indexOf(NBSP) < 0 ? s : s.replace(NBSP, ' ');
    }

    /** Drops up to {@code n} leading space characters. */
    static String dedent(String line, int n) {
        int i = 0;
        while (i < n && i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        return line.substring(i);
    }

    /** The lines joined with newlines, without the blank lines at either end. */
    static String joinTrimmed(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && isBlank(lines.get(from))) {
            from++;
        }
        while (to > from && isBlank(lines.get(to - 1))) {
            to--;
        }
        return strip(String.join("\n", lines.subList(from, to)));
    }
}
