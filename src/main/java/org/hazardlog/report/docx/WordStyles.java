package org.hazardlog.report.docx;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import org.hazardlog.report.RiskPalette;

/**
 * The paragraph styles of the Word document, under Word's own style ids ("Heading1") and names
 * ("heading 1") with outline levels, so that the navigation pane, a table of contents field and
 * other tools treat the headings as headings.
 */
final class WordStyles {

    static final String FONT = "Calibri";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_TEXT_SMALL = "TableTextSmall";

    private WordStyles() {
    }

    static void addTo(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        add(styles, "Normal", "Normal", null, -1, 21, false, "222222", 0, 120);
        add(styles, "Title", "Title", "Normal", -1, 52, true, RiskPalette.HEADER_FILL, 1200, 120);
        add(styles, "Subtitle", "Subtitle", "Normal", -1, 30, false, "44546A", 0, 480);
        add(styles, "Heading1", "heading 1", "Normal", 0, 32, true, RiskPalette.HEADER_FILL, 360, 120);
        add(styles, "Heading2", "heading 2", "Normal", 1, 26, true, "2F5496", 240, 80);
        add(styles, "Heading3", "heading 3", "Normal", 2, 22, true, "1F3763", 200, 60);
        add(styles, "TOCHeading", "TOC Heading", "Heading1", 9, 32, true, RiskPalette.HEADER_FILL, 240, 120);
        add(styles, "TOC1", "toc 1", "Normal", -1, 21, false, "222222", 60, 20);
        add(styles, "TOC2", "toc 2", "Normal", -1, 21, false, "222222", 0, 20);
        // Table text as styles rather than formatting on every cell: a 1,000-hazard report has
        // tens of thousands of cells, and each repeated setting is XML to build and write.
        add(styles, TABLE_TEXT, "Table text", "Normal", -1, 18, false, "222222", 0, 0);
        add(styles, TABLE_TEXT_SMALL, "Table text small", "Normal", -1, 15, false, "222222", 0, 0);
    }

    /** Sizes are in half-points, spacing in twentieths of a point, as Word stores them. */
    private static void add(XWPFStyles styles, String id, String name, String basedOn, int outlineLevel, int halfPoints,
                            boolean bold, String colour, int before, int after) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
            s.addNewNext().setVal("Normal");
        }
        s.addNewQFormat();
        if (id.equals("Normal")) {
            s.setDefault(true);
        }
        if (outlineLevel >= 0) {
            s.addNewUiPriority().setVal(BigInteger.valueOf(9));
        }
        CTPPrGeneral p = s.addNewPPr();
        CTSpacing spacing = p.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(before));
        spacing.setAfter(BigInteger.valueOf(after));
        if (outlineLevel >= 0) {
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            p.addNewKeepNext();
            p.addNewKeepLines();
        }
        CTRPr r = s.addNewRPr();
        CTFonts fonts = r.addNewRFonts();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        if (bold) {
            r.addNewB();
        }
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewColor().setVal(colour);
        styles.addStyle(new XWPFStyle(s, styles));
    }
}
