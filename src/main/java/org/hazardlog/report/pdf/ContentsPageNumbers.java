package org.hazardlog.report.pdf;

import java.awt.Color;
import java.util.HashMap;
import java.util.Map;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/**
 * The page numbers of the contents, which are printed before the pages they name exist. Each is
 * a small template placed in the contents line now and written when its heading is laid out,
 * so the document is laid out once rather than twice.
 */
final class ContentsPageNumbers {

    private static final float WIDTH = 30;

    private record Slot(PdfTemplate template, Font font) {
    }

    private final Map<String, Slot> slots = new HashMap<>();

    /** A chunk to put at the end of the contents line for the heading tagged {@code tag}. */
    Chunk placeholder(PdfContentByte canvas, String tag, Font font) {
        float height = font.getSize() + 3;
        PdfTemplate template = canvas.createTemplate(WIDTH, height);
        slots.put(tag, new Slot(template, font));
        try {
            return new Chunk(Image.getInstance(template), 0, -2.5f);
        } catch (BadElementException e) {
            throw new IllegalStateException("a page number template cannot be placed", e);
        }
    }

    /** Writes the page number of a heading into its contents line, if it has one. */
    void headingOnPage(String tag, int page) {
        Slot slot = slots.remove(tag);
        if (slot == null) {
            return;
        }
        BaseFont base = slot.font().getBaseFont();
        float size = slot.font().getSize();
        String text = String.valueOf(page);
        PdfTemplate t = slot.template();
        t.beginText();
        t.setFontAndSize(base, size);
        Color colour = slot.font().getColor();
        if (colour != null) {
            t.setColorFill(colour);
        }
        t.setTextMatrix(WIDTH - base.getWidthPoint(text, size), 2.5f);
        t.showText(text);
        t.endText();
    }
}
