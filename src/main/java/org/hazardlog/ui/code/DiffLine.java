package org.hazardlog.ui.code;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the change since review as the Code view shows it: the reviewed line (with its
 * number then), the current line (with its number now), a line both have, or a heading.
 *
 * @param before the line's number as reviewed, or null
 * @param after  the line's number now, or null
 */
public record DiffLine(Kind kind, Integer before, Integer after, String text) {

    /** What a line of the diff is; each is styled {@code diff-<name>}. */
    public enum Kind {
        HEADER, HUNK, REMOVED, ADDED, SAME, NOTE;

        String styleClass() {
            return "diff-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+),\\d+ \\+(\\d+),\\d+ @@");

    /** The lines of a unified diff ({@code ReviewDiff}), numbered from its hunk headers. */
    static List<DiffLine> of(List<String> unified) {
        List<DiffLine> out = new ArrayList<>();
        int before = 0;
        int after = 0;
        boolean inHunk = false;
        for (String line : unified) {
            Matcher hunk = HUNK.matcher(line);
            if (hunk.find()) {
                before = Integer.parseInt(hunk.group(1));
                after = Integer.parseInt(hunk.group(2));
                inHunk = true;
                out.add(new DiffLine(Kind.HUNK, null, null, line));
            } else if (!inHunk && (line.startsWith("--- ") || line.startsWith("+++ "))) {
                out.add(new DiffLine(Kind.HEADER, null, null, line.substring(4)));
            } else if (inHunk && line.startsWith("-")) {
                out.add(new DiffLine(Kind.REMOVED, before++, null, line.substring(1)));
            } else if (inHunk && line.startsWith("+")) {
                out.add(new DiffLine(Kind.ADDED, null, after++, line.substring(1)));
            } else if (inHunk && line.startsWith(" ")) {
                out.add(new DiffLine(Kind.SAME, before++, after++, line.substring(1)));
            } else {
                out.add(new DiffLine(Kind.NOTE, null, null, line));
            }
        }
        return out;
    }
}
