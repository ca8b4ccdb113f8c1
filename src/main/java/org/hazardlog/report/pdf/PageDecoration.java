package org.hazardlog.report.pdf;

import java.awt.Color;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * What every page carries: the running header (product, version, document) above a rule, and
 * "Page X of Y" below. Also notes the page of each heading, for the contents and the bookmarks.
 */
final class PageDecoration extends PdfPageEventHelper {

    private static final float SIZE = 8f;
    private static final Color GREY = new Color(0x59, 0x59, 0x59);

    private final String runningHeader;
    private String footerNote = "";
    private final Set<String> placed = new HashSet<>();
    private final Map<String, String[]> headings;
    private final ContentsPageNumbers contents;
    /** The latest bookmark at each heading level, so a heading finds its parent even when a level is skipped. */
    private final PdfOutline[] latest = new PdfOutline[4];
    private PdfTemplate total;

    /** {@code headings}: tag to {level, title}, for bookmarks. */
    PageDecoration(String runningHeader, Map<String, String[]> headings, ContentsPageNumbers contents) {
        this.runningHeader = runningHeader;
        this.headings = headings;
        this.contents = contents;
    }

    /** A note printed above the page number on every page, such as "NOT APPROVED - DRAFT". */
    void footerNote(String note) {
        footerNote = note;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(40, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        Rectangle page = document.getPageSize();
        float left = document.left();
        float right = document.right();
        float top = page.getTop() - 36;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT,
                PdfFonts.phrase(runningHeader, PdfFonts.font(SIZE, false, false, GREY)), left, top, 0);
        cb.saveState();
        cb.setColorStroke(new Color(0xB7, 0xBE, 0xC8));
        cb.setLineWidth(0.5f);
        cb.moveTo(left, top - 5);
        cb.lineTo(right, top - 5);
        cb.stroke();
        cb.restoreState();

        String text = "Page " + writer.getPageNumber() + " of ";
        float width = PdfFonts.regular().getWidthPoint(text, SIZE);
        float totalWidth = PdfFonts.regular().getWidthPoint("000", SIZE);
        float x = (left + right) / 2 - (width + totalWidth) / 2;
        float y = page.getBottom() + 28;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, PdfFonts.phrase(text, PdfFonts.font(SIZE, false, false, GREY)), x, y, 0);
        cb.addTemplate(total, x + width, y);
        if (!footerNote.isEmpty()) {
            ColumnText.showTextAligned(cb, Element.ALIGN_CENTER,
                    PdfFonts.phrase(footerNote, PdfFonts.font(SIZE, true, false, GREY)), (left + right) / 2, y + 11, 0);
        }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(PdfFonts.regular(), SIZE);
        total.setColorFill(GREY);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String tag) {
        if (placed.add(tag)) {
            contents.headingOnPage(tag, writer.getPageNumber());
        }
        String[] heading = headings.get(tag);
        if (heading == null) {
            return;
        }
        int level = Integer.parseInt(heading[0]);
        latest[0] = writer.getDirectContent().getRootOutline();
        PdfOutline parent = latest[0];
        for (int l = level - 1; l >= 1; l--) {
            if (latest[l] != null) {
                parent = latest[l];
                break;
            }
        }
        latest[level] = new PdfOutline(parent, new PdfDestination(PdfDestination.FITH, rect.getTop() + 14), heading[1], false);
        for (int l = level + 1; l < latest.length; l++) {
            latest[l] = null;
        }
    }
}
