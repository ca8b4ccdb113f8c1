package org.hazardlog.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;

/**
 * The embedded fonts of report PDFs: Liberation Sans (metrically Arial, so it looks like the
 * Word version) with DejaVu Sans for the characters it lacks, such as check marks. Embedded
 * because a PDF for issuing must look the same on the auditor's machine as on ours.
 */
final class PdfFonts {

    private static final String FOLDER = "/org/hazardlog/report/pdf/fonts/";
    // Loaded once: parsing a TrueType file costs more than writing a small report.
    private static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
    private static final BaseFont BOLD = load("LiberationSans-Bold.ttf");
    private static final BaseFont ITALIC = load("LiberationSans-Italic.ttf");
    private static final BaseFont FALLBACK = load("DejaVuSans.ttf");

    private PdfFonts() {
    }

    private static BaseFont load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the font " + name + " is missing from the application");
            }
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BaseFont regular() {
        return REGULAR;
    }

    static Font font(float size, boolean bold, boolean italic, Color colour) {
        return new Font(bold ? BOLD : italic ? ITALIC : REGULAR, size, Font.NORMAL, colour);
    }

    /** Text in the given style, falling back to DejaVu Sans only for the characters Liberation Sans lacks. */
    static Phrase phrase(String text, Font font) {
        BaseFont base = font.getBaseFont();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && !Character.isISOControl(c) && !base.charExists(c)) {
                FontSelector selector = new FontSelector();
                selector.addFont(font);
                selector.addFont(new Font(FALLBACK, font.getSize(), Font.NORMAL, font.getColor()));
                return selector.process(text);
            }
        }
        return new Phrase(new Chunk(text, font));
    }

    static Color colour(String rgb) {
        return rgb == null ? null : new Color(Integer.parseInt(rgb, 16));
    }
}
