package org.hazardlog.transfer.markdown;

import java.util.regex.Pattern;

/**
 * Backslash escapes at the start of a line of text, so that a value whose line looks like a
 * heading, a section separator or a code fence is written as text and read back unchanged.
 * A written file has no code fences of its own: fence lines in values are escaped too, because an
 * unclosed fence would swallow every section after it.
 */
final class LineEscapes {

    /** Line starts that the reader would take for structure. */
    private static final Pattern NEEDS_ESCAPE = Pattern.compile(
            "#{1,6}(?:[ \\t\\u00A0].*|)|[-*_]{3,}[ \\t]*|`{3,}.*|~{3,}.*|\\\\[#\\-*_`~\\\\].*", Pattern.DOTALL);

    private LineEscapes() {
    }

    static String escape(String line) {
        int i = Lines.indent(line);
        String rest = line.substring(i);
        if (NEEDS_ESCAPE.matcher(rest).matches()) {
            return line.substring(0, i) + "\\" + rest;
        }
        return line;
    }

    static String unescape(String line) {
        int i = Lines.indent(line);
        if (line.length() > i + 1 && line.charAt(i) == '\\' && "#-*_`~\\".indexOf(line.charAt(i + 1)) >= 0) {
            return line.substring(0, i) + line.substring(i + 1);
        }
        return line;
    }
}
