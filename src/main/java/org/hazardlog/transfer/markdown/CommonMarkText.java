package org.hazardlog.transfer.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * CommonMark (with GFM tables) for the readers of whole hazard logs in one Markdown file: the
 * parser, the text of inline content (a table cell, a label), and the source lines of blocks, so
 * that a field's value keeps its Markdown (lists, sub-bullets) for the section readers.
 */
final class CommonMarkText {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private CommonMarkText() {
    }

    static Node parse(String text) {
        return PARSER.parse(text);
    }

    /** Inline content as plain text: code keeps its backticks, line breaks and {@code <br>} become new lines. */
    static String inline(Node node) {
        StringBuilder out = new StringBuilder();
        append(node, out);
        return out.toString().strip();
    }

    private static void append(Node node, StringBuilder out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text t) {
                out.append(t.getLiteral());
            } else if (n instanceof Code c) {
                out.append('`').append(c.getLiteral()).append('`');
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.append('\n');
            } else if (n instanceof HtmlInline h) {
                if (BREAK.matcher(h.getLiteral()).matches()) {
                    out.append('\n');
                }
            } else {
                append(n, out);
            }
        }
    }

    /** The lines of the source a block spans, as written. */
    static List<String> sourceLines(Node block, List<String> lines) {
        List<SourceSpan> spans = block.getSourceSpans();
        if (spans.isEmpty()) {
            return List.of();
        }
        int first = spans.get(0).getLineIndex();
        int last = spans.get(spans.size() - 1).getLineIndex();
        return new ArrayList<>(lines.subList(first, last + 1));
    }

    /** The line (from 1) a block starts on. */
    static int lineOf(Node block) {
        List<SourceSpan> spans = block.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    /** The text of an HTML fragment: {@code <br>} as new lines, tags dropped, the common entities decoded. */
    static String html(String fragment) {
        String t = BREAK.matcher(fragment).replaceAll("\n");
        t = TAG.matcher(t).replaceAll("");
        t = t.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&apos;", "'").replace("&amp;", "&");
        StringBuilder lines = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            lines.append(line.strip()).append('\n');
        }
        return lines.toString().strip();
    }

    /** The rows of the HTML tables in a block, each as its cells' text. CommonMark leaves HTML as it is. */
    static List<List<String>> htmlRows(String html) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = Pattern.compile("(?is)<tr[^>]*>(.*?)</tr>").matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = Pattern.compile("(?is)<t([hd])[^>]*>(.*?)</t\\1>").matcher(row.group(1));
            while (cell.find()) {
                cells.add(html(cell.group(2)));
            }
            rows.add(cells);
        }
        return rows;
    }
}
