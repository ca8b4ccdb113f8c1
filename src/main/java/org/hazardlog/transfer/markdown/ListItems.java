package org.hazardlog.transfer.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the body of a section into list items and paragraphs. An item keeps every line indented
 * under it (nested bullets, notes, links), dedented to the item's content column, so that a
 * control's sub-bullets stay with the control. Bullets may be {@code -}, {@code *}, {@code +} or
 * the {@code •} of a copied web page; numbered items may be indented, as on a rendered page.
 */
final class ListItems {

    /**
     * One item: its lines as written (dedented, escapes kept, so that sub-bullets can still be told
     * apart) and whether it came from a list marker or was a bare paragraph.
     */
    record Item(String raw, boolean listed) {
        /** The item's text with line escapes undone. */
        String text() {
            return unescapeLines(raw);
        }
    }

    private static final Pattern MARKER = Pattern.compile(
            "^([ \\t\\u00A0]*)([-*+•◦▪‣]|\\d{1,9}[.)])[ \\t\\u00A0]+(?=\\S)");

    private ListItems() {
    }

    /** The column where the text of a list line starts, or -1 when the line is not a list item. */
    static int contentColumn(String line) {
        Matcher m = MARKER.matcher(line);
        return m.find() ? m.end() : -1;
    }

    static List<Item> split(List<String> lines) {
        List<Item> items = new ArrayList<>();
        List<String> current = null;
        boolean listed = false;
        int column = 0;
        int blanks = 0;
        List<String> blankLines = new ArrayList<>();
        for (String raw : lines) {
            if (Lines.isBlank(raw)) {
                if (current != null) {
                    blanks++;
                    blankLines.add(raw);
                }
                continue;
            }
            int content = contentColumn(raw);
            int indent = Lines.indent(raw);
            // Indented under the item (nested bullets included), or a lazy continuation line.
            boolean lazy = blanks == 0 && content < 0;
            boolean continues = current != null && (listed ? indent >= column || lazy : lazy);
            if (continues) {
                // Blank lines inside an item keep any spaces beyond the item's indentation.
                for (String blank : blankLines) {
                    current.add(listed ? Lines.dedent(blank, column) : blank);
                }
                blanks = 0;
                blankLines.clear();
                current.add(listed ? Lines.dedent(raw, column) : raw);
                continue;
            }
            if (current != null) {
                items.add(new Item(Lines.joinTrimmed(current), listed));
            }
            current = new ArrayList<>();
            blanks = 0;
            blankLines.clear();
            if (content >= 0) {
                listed = true;
                column = content;
                current.add(raw.substring(content));
            } else {
                listed = false;
                column = 0;
                current.add(raw);
            }
        }
        if (current != null) {
            items.add(new Item(Lines.joinTrimmed(current), listed));
        }
        items.removeIf(i -> i.raw().isEmpty());
        return items;
    }

    static String unescapeLines(String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            lines[i] = LineEscapes.unescape(lines[i]);
        }
        return String.join("\n", lines);
    }
}
