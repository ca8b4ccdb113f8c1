package org.hazardlog.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;

import org.hazardlog.report.RiskPalette;
import org.hazardlog.report.document.Block;
import org.hazardlog.report.document.BulletList;
import org.hazardlog.report.document.Contents;
import org.hazardlog.report.document.Heading;
import org.hazardlog.report.document.PageBreak;
import org.hazardlog.report.document.PageLayout;
import org.hazardlog.report.document.Paragraph;
import org.hazardlog.report.document.SafetyDocument;
import org.hazardlog.report.document.Span;
import org.hazardlog.report.document.Table;

/**
 * Renders a {@link SafetyDocument} as a PDF for issuing: A4, embedded fonts, running header,
 * "Page X of Y", bookmarks, a contents page with page numbers, coloured risk cells, and tables
 * whose header row repeats and whose rows move whole to the next page rather than split.
 *
 * <p>Laid out once: the contents' page numbers are filled in as their headings are placed
 * ({@link ContentsPageNumbers}).
 */
public final class PdfRenderer {

    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color HEADING = PdfFonts.colour(RiskPalette.HEADER_FILL);
    private static final Color HEADING_2 = new Color(0x2F, 0x54, 0x96);
    private static final Color GREY = new Color(0x59, 0x59, 0x59);
    private static final Color BORDER = new Color(0xB7, 0xBE, 0xC8);
    private static final float[] HEADING_SIZE = {0, 16, 13, 11};
    /** Below this much room, a heading starts on the next page instead of sitting alone at the bottom. */
    private static final float KEEP_WITH_NEXT = 100;
    private static final int SMALL_TABLE = 12;

    private final SafetyDocument source;
    private final Map<String, String[]> headings = new HashMap<>();
    private final ContentsPageNumbers contentsPages = new ContentsPageNumbers();

    private PdfRenderer(SafetyDocument source) {
        this.source = source;
        int i = 0;
        for (Block b : source.blocks()) {
            if (b instanceof Heading h) {
                headings.put(tag(i), new String[] {String.valueOf(h.level()), h.text()});
            }
            i++;
        }
    }

    public static void write(SafetyDocument document, OutputStream out) throws IOException {
        new PdfRenderer(document).layout(out);
    }

    private static String tag(int blockIndex) {
        return "h" + blockIndex;
    }

    private void layout(OutputStream out) throws IOException {
        Document document = new Document(source.landscape() ? PageSize.A4.rotate() : PageSize.A4, 50, 50, 64, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            PageDecoration decoration = new PageDecoration(source.runningHeader(), headings, contentsPages);
            decoration.footerNote(source.footerNote());
            writer.setPageEvent(decoration);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            document.addTitle(source.title());
            document.addCreator("HazardLog");
            document.open();
            List<Block> blocks = source.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
                if (blocks.get(i) instanceof Heading h && next instanceof Table t) {
                    // Lay the table out first, so the heading can go to the next page with it.
                    PdfPTable table = table(t);
                    heading(document, writer, h, i, spaceFor(document, table, t));
                    document.add(table);
                    i++;
                } else {
                    render(document, writer, blocks.get(i), i);
                }
            }
            document.close();
        } catch (DocumentException e) {
            throw new IOException("the PDF could not be laid out: " + e.getMessage(), e);
        }
    }

    private void render(Document document, PdfWriter writer, Block b, int index) throws DocumentException {
        if (b instanceof Heading h) {
            heading(document, writer, h, index, 0);
        } else if (b instanceof Paragraph p) {
            document.add(paragraph(p));
        } else if (b instanceof BulletList l) {
            document.add(list(l));
        } else if (b instanceof Table t) {
            document.add(table(t));
        } else if (b instanceof PageBreak) {
            document.newPage();
        } else if (b instanceof PageLayout l) {
            document.setPageSize(l.landscape() ? PageSize.A4.rotate() : PageSize.A4);
            document.newPage();
        } else if (b instanceof Contents) {
            contents(document, writer);
        }
    }

    /** The room a table needs below its heading: all of a small table, else its header and first row. */
    private static float spaceFor(Document document, PdfPTable table, Table t) {
        table.setTotalWidth(document.right() - document.left());
        try {
            if (table.isSplitLate() && t.rows().size() <= SMALL_TABLE) {
                return table.getTotalHeight() + table.spacingBefore();
            }
            int rows = Math.min(table.size(), t.keyValue() ? 1 : 2);
            float h = table.spacingBefore();
            for (int r = 0; r < rows; r++) {
                h += table.getRowHeight(r);
            }
            return h;
        } finally {
            // Back to a width relative to the page: a locked width makes OpenPDF lay a long table out
            // again on every page (ten seconds for a 1,000-row log instead of a fraction of one).
            table.setTotalWidth(0);
        }
    }

    private void heading(Document document, PdfWriter writer, Heading h, int index, float followedBy) throws DocumentException {
        float headingHeight = HEADING_SIZE[h.level()] * 2.2f + 14;
        float needed = Math.max(KEEP_WITH_NEXT, headingHeight + followedBy);
        float pageHeight = document.top() - document.bottom();
        if (needed < pageHeight && writer.getVerticalPosition(false) - document.bottom() < needed) {
            document.newPage();
        }
        Font font = PdfFonts.font(HEADING_SIZE[h.level()], true, false, h.level() == 1 ? HEADING : HEADING_2);
        Chunk text = new Chunk(h.text(), font);
        text.setGenericTag(tag(index));
        text.setLocalDestination(tag(index));
        com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(new Phrase(text));
        p.setSpacingBefore(h.level() == 1 ? 14 : 8);
        p.setSpacingAfter(h.level() == 1 ? 6 : 4);
        p.setLeading(HEADING_SIZE[h.level()] * 1.25f);
        document.add(p);
    }

    private com.lowagie.text.Paragraph paragraph(Paragraph p) {
        float size = switch (p.kind()) {
            case TITLE -> 26;
            case SUBTITLE -> 15;
            case NOTE -> 8.5f;
            default -> 10;
        };
        Color colour = switch (p.kind()) {
            case TITLE -> HEADING;
            case SUBTITLE, NOTE -> GREY;
            default -> TEXT;
        };
        com.lowagie.text.Paragraph out = new com.lowagie.text.Paragraph();
        for (Span s : p.spans()) {
            out.add(PdfFonts.phrase(s.text(), PdfFonts.font(size, s.bold() || p.kind() == Paragraph.Kind.TITLE, s.italic(), colour)));
        }
        out.setLeading(size * 1.3f);
        out.setSpacingAfter(p.kind() == Paragraph.Kind.TITLE ? 4 : p.kind() == Paragraph.Kind.SUBTITLE ? 18 : 6);
        if (p.kind() == Paragraph.Kind.TITLE) {
            out.setSpacingBefore(80);
        }
        return out;
    }

    private com.lowagie.text.List list(BulletList l) {
        com.lowagie.text.List list = new com.lowagie.text.List(l.numbered(), 14);
        if (!l.numbered()) {
            list.setListSymbol(new Chunk("\u2022", PdfFonts.font(10, false, false, TEXT)));
        }
        list.setIndentationLeft(8);
        for (List<Span> item : l.items()) {
            ListItem li = new ListItem();
            for (Span s : item) {
                li.add(PdfFonts.phrase(s.text(), PdfFonts.font(10, s.bold(), s.italic(), TEXT)));
            }
            li.setLeading(13);
            li.setSpacingAfter(2);
            list.add(li);
        }
        return list;
    }

    private PdfPTable table(Table t) throws DocumentException {
        int columns = t.columns().size();
        PdfPTable table = new PdfPTable(columns);
        float[] widths = new float[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = t.columns().get(i).width();
        }
        table.setWidths(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        // A row moves whole to the next page; only a row taller than a page is split.
        table.setSplitLate(true);
        table.setSplitRows(true);
        // Small tables (a matrix, a hazard's controls) read best on one page.
        table.setKeepTogether(t.rows().size() <= SMALL_TABLE);
        float size = columns > 8 ? 7f : 8.5f;
        if (!t.keyValue()) {
            for (Table.Column c : t.columns()) {
                table.addCell(cell(new Table.Cell(c.title(), RiskPalette.HEADER_FILL, RiskPalette.HEADER_TEXT, true, false), size));
            }
            table.setHeaderRows(1);
        }
        for (List<Table.Cell> row : t.rows()) {
            for (int c = 0; c < columns; c++) {
                Table.Cell cell = row.get(c);
                if (t.keyValue() && c == 0 && cell.fill() == null) {
                    cell = new Table.Cell(cell.text(), RiskPalette.BAND_FILL, null, true, false);
                }
                table.addCell(cell(cell, size));
            }
        }
        return table;
    }

    private static PdfPCell cell(Table.Cell c, float size) {
        Color colour = c.colour() == null ? TEXT : PdfFonts.colour(c.colour());
        Phrase phrase;
        int newline = c.text().indexOf('\n');
        if (c.titled() && newline > 0) {
            phrase = new Phrase();
            phrase.add(PdfFonts.phrase(c.text().substring(0, newline + 1), PdfFonts.font(size, true, false, colour)));
            phrase.add(PdfFonts.phrase(c.text().substring(newline + 1), PdfFonts.font(size, c.bold(), false, colour)));
        } else {
            phrase = PdfFonts.phrase(c.text(), PdfFonts.font(size, c.bold() || c.titled(), false, colour));
        }
        PdfPCell cell = new PdfPCell(phrase);
        if (c.fill() != null) {
            cell.setBackgroundColor(PdfFonts.colour(c.fill()));
        }
        cell.setBorderColor(BORDER);
        cell.setBorderWidth(0.5f);
        cell.setPaddingLeft(4);
        cell.setPaddingRight(4);
        cell.setPaddingTop(2.5f);
        cell.setPaddingBottom(4);
        cell.setLeading(0, 1.25f);
        cell.setHorizontalAlignment(c.centred() ? Element.ALIGN_CENTER : Element.ALIGN_LEFT);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }

    /** Headings of levels 1 and 2 with their page numbers, each a link to its heading. */
    private void contents(Document document, PdfWriter writer) throws DocumentException {
        int i = 0;
        for (Block b : source.blocks()) {
            if (b instanceof Heading h && h.level() <= 2) {
                String tag = tag(i);
                Font font = PdfFonts.font(h.level() == 1 ? 10.5f : 9.5f, h.level() == 1, false, TEXT);
                com.lowagie.text.Paragraph line = new com.lowagie.text.Paragraph();
                Chunk title = new Chunk(h.text(), font);
                title.setLocalGoto(tag);
                line.add(title);
                line.add(new Chunk(new DottedLineSeparator()));
                line.add(contentsPages.placeholder(writer.getDirectContent(), tag, font));
                line.setIndentationLeft(h.level() == 1 ? 0 : 16);
                line.setSpacingBefore(h.level() == 1 ? 5 : 1);
                document.add(line);
            }
            i++;
        }
    }
}
