package org.hazardlog.report.cscr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.report.document.Block;
import org.hazardlog.report.document.BulletList;
import org.hazardlog.report.document.Heading;
import org.hazardlog.report.document.Paragraph;
import org.hazardlog.report.document.Span;

/**
 * The small part of Markdown that report templates need: paragraphs, {@code ##}/{@code ###}
 * subheadings, bullet and numbered lists, bold and italic. Anything else is kept as plain text,
 * so an editor's unusual Markdown shows up rather than disappearing.
 */
final class MarkdownSnippet {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|__(.+?)__|\\*(.+?)\\*|(?<![\\w])_(.+?)_(?![\\w])|`(.+?)`");

    private MarkdownSnippet() {
    }

    static List<Block> parse(String markdown) {
        String text = COMMENT.matcher(markdown).replaceAll("");
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        List<List<Span>> items = new ArrayList<>();
        boolean numbered = false;
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            Matcher h = HEADING.matcher(line);
            Matcher b = BULLET.matcher(raw);
            Matcher n = NUMBERED.matcher(raw);
            boolean continuation = !items.isEmpty() && !line.isEmpty() && raw.startsWith("  ")
                    && !b.matches() && !n.matches();
            if (line.isEmpty() || h.matches() || b.matches() || n.matches()) {
                flushParagraph(paragraph, blocks);
            }
            if (continuation) {
                List<Span> last = new ArrayList<>(items.remove(items.size() - 1));
                last.addAll(spans(" " + line));
                items.add(last);
            } else if (line.isEmpty()) {
                flushList(items, numbered, blocks);
            } else if (h.matches()) {
                flushList(items, numbered, blocks);
                blocks.add(new Heading(h.group(1).length() <= 2 ? 2 : 3, h.group(2).strip()));
            } else if (b.matches() || n.matches()) {
                boolean isNumbered = n.matches();
                if (!items.isEmpty() && isNumbered != numbered) {
                    flushList(items, numbered, blocks);
                }
                numbered = isNumbered;
                items.add(spans((isNumbered ? n : b).group(1).strip()));
            } else {
                flushList(items, numbered, blocks);
                paragraph.append(paragraph.length() == 0 ? "" : " ").append(line);
            }
        }
        flushParagraph(paragraph, blocks);
        flushList(items, numbered, blocks);
        return blocks;
    }

    private static void flushParagraph(StringBuilder paragraph, List<Block> blocks) {
        if (paragraph.length() > 0) {
            blocks.add(new Paragraph(spans(paragraph.toString()), Paragraph.Kind.BODY));
            paragraph.setLength(0);
        }
    }

    private static void flushList(List<List<Span>> items, boolean numbered, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items, numbered));
            items.clear();
        }
    }

    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                spans.add(Span.plain(text.substring(at, m.start())));
            }
            if (m.group(1) != null || m.group(2) != null) {
                spans.add(Span.bold(m.group(1) != null ? m.group(1) : m.group(2)));
            } else if (m.group(3) != null || m.group(4) != null) {
                spans.add(Span.italic(m.group(3) != null ? m.group(3) : m.group(4)));
            } else {
                spans.add(Span.plain(m.group(5)));
            }
            at = m.end();
        }
        if (at < text.length()) {
            spans.add(Span.plain(text.substring(at)));
        }
        return spans;
    }
}
