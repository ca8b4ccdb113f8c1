package org.hazardlog.report.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

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
 * Renders a {@link SafetyDocument} as a Word document: A4, real heading styles, a table of
 * contents field that Word fills in on opening, the running header and "Page X of Y" on every
 * page, coloured risk cells, and table header rows that repeat when a table breaks across pages.
 */
public final class WordWriter {

    /** A4 in twentieths of a point, and 2 cm margins. */
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN = 1134;

    private final SafetyDocument source;
    private final XWPFDocument docx = new XWPFDocument();
    private BigInteger bulletNum;
    private BigInteger decimalAbstract;
    private boolean landscape;

    private WordWriter(SafetyDocument source) {
        this.source = source;
        this.landscape = source.landscape();
    }

    public static void write(SafetyDocument document, OutputStream out) throws IOException {
        new WordWriter(document).write(out);
    }

    private void write(OutputStream out) throws IOException {
        try (docx) {
            WordStyles.addTo(docx);
            numbering();
            docx.getProperties().getCoreProperties().setTitle(source.title());
            docx.getProperties().getCoreProperties().setCreator("HazardLog");
            pageSetup(body(), landscape);
            headerAndFooter();
            for (Block b : source.blocks()) {
                render(b);
            }
            // Word fills in the table of contents and page counts when it opens the file.
            docx.enforceUpdateFields();
            docx.write(out);
        }
    }

    private CTSectPr body() {
        var b = docx.getDocument().getBody();
        return b.isSetSectPr() ? b.getSectPr() : b.addNewSectPr();
    }

    private static void pageSetup(CTSectPr sect, boolean landscape) {
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
        mar.setHeader(BigInteger.valueOf(567));
        mar.setFooter(BigInteger.valueOf(567));
    }

    private int textWidth() {
        return (landscape ? A4_LONG : A4_SHORT) - 2 * MARGIN;
    }

    private void headerAndFooter() {
        XWPFHeaderFooterPolicy policy = docx.createHeaderFooterPolicy();
        XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph h = header.createParagraph();
        h.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.SINGLE);
        XWPFRun hr = h.createRun();
        hr.setText(source.runningHeader());
        hr.setFontSize(8.5);
        hr.setColor("595959");
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        if (!source.footerNote().isEmpty()) {
            XWPFParagraph note = footer.createParagraph();
            note.setAlignment(ParagraphAlignment.CENTER);
            XWPFRun n = note.createRun();
            n.setText(source.footerNote());
            n.setBold(true);
            n.setFontSize(8.5);
            n.setColor("595959");
        }
        XWPFParagraph f = footer.createParagraph();
        f.setAlignment(ParagraphAlignment.CENTER);
        footerText(f, "Page ");
        field(f, "PAGE");
        footerText(f, " of ");
        field(f, "NUMPAGES");
    }

    private static void footerText(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(8.5);
        r.setColor("595959");
    }

    /** A complex field (begin, instruction, separate, result, end): runs keep their order, unlike simple fields. */
    private static void field(XWPFParagraph p, String instruction) {
        // Every run of the field carries the footer's size: viewers format the result they compute
        // like the field's first run.
        XWPFRun begin = footerRun(p);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        footerRun(p).getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        footerRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        footerRun(p).setText("1");
        footerRun(p).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFRun footerRun(XWPFParagraph p) {
        XWPFRun r = p.createRun();
        r.setFontSize(8.5);
        r.setColor("595959");
        return r;
    }

    private void numbering() {
        XWPFNumbering numbering = docx.createNumbering();
        BigInteger bullets = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(0, STNumberFormat.BULLET, "\u2022")));
        bulletNum = numbering.addNum(bullets);
        decimalAbstract = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum(1, STNumberFormat.DECIMAL, "%1.")));
    }

    private static CTAbstractNum abstractNum(int id, STNumberFormat.Enum format, String text) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl lvl = a.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        var ind = lvl.addNewPPr().addNewInd();
        ind.setLeft(BigInteger.valueOf(425));
        ind.setHanging(BigInteger.valueOf(283));
        return a;
    }

    private void render(Block b) {
        if (b instanceof Heading h) {
            XWPFParagraph p = docx.createParagraph();
            p.setStyle("Heading" + h.level());
            p.createRun().setText(h.text());
        } else if (b instanceof Paragraph p) {
            paragraph(p);
        } else if (b instanceof BulletList l) {
            list(l);
        } else if (b instanceof Table t) {
            table(t);
        } else if (b instanceof PageBreak) {
            docx.createParagraph().createRun().addBreak(BreakType.PAGE);
        } else if (b instanceof Contents) {
            contents();
        } else if (b instanceof PageLayout l) {
            newSection(l.landscape());
        }
    }

    /**
     * A table of contents field whose first result already lists the headings (without page
     * numbers), so that a reader that does not update fields still shows the contents; Word
     * replaces it with page numbers when it updates the field on opening.
     */
    private void contents() {
        List<Heading> entries = source.blocks().stream()
                .filter(b -> b instanceof Heading h && h.level() <= 2).map(b -> (Heading) b).toList();
        XWPFParagraph first = docx.createParagraph();
        XWPFRun begin = first.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        first.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-2\" \\h \\z \\u ");
        first.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFParagraph p = first;
        for (int i = 0; i < entries.size(); i++) {
            if (i > 0) {
                p = docx.createParagraph();
            }
            p.setStyle("TOC" + entries.get(i).level());
            if (entries.get(i).level() == 2) {
                p.setIndentationLeft(284);
            }
            p.createRun().setText(entries.get(i).text());
        }
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /**
     * Word keeps a section's page setup in its last paragraph: the section ending here gets a copy
     * of the current setup (with the header and footer), and the rest of the document the new one.
     */
    private void newSection(boolean toLandscape) {
        XWPFParagraph end = docx.createParagraph();
        end.getCTP().addNewPPr().setSectPr((CTSectPr) body().copy());
        landscape = toLandscape;
        pageSetup(body(), landscape);
    }

    private void paragraph(Paragraph p) {
        XWPFParagraph para = docx.createParagraph();
        switch (p.kind()) {
            case TITLE -> para.setStyle("Title");
            case SUBTITLE -> para.setStyle("Subtitle");
            default -> { }
        }
        for (Span s : p.spans()) {
            XWPFRun r = para.createRun();
            r.setText(s.text());
            r.setBold(s.bold());
            r.setItalic(s.italic());
            if (p.kind() == Paragraph.Kind.NOTE) {
                r.setFontSize(9);
                r.setColor("595959");
            }
        }
    }

    private void list(BulletList l) {
        BigInteger num = bulletNum;
        if (l.numbered()) {
            XWPFNumbering numbering = docx.getNumbering();
            num = numbering.addNum(decimalAbstract);
            // Each numbered list starts again at 1.
            numbering.getNum(num).getCTNum().addNewLvlOverride().setIlvl(BigInteger.ZERO);
            numbering.getNum(num).getCTNum().getLvlOverrideArray(0).addNewStartOverride().setVal(BigInteger.ONE);
        }
        for (List<Span> item : l.items()) {
            XWPFParagraph p = docx.createParagraph();
            p.setNumID(num);
            p.setSpacingAfter(40);
            for (Span s : item) {
                XWPFRun r = p.createRun();
                r.setText(s.text());
                r.setBold(s.bold());
                r.setItalic(s.italic());
            }
        }
    }

    private void table(Table t) {
        boolean header = !t.keyValue();
        int rows = t.rows().size() + (header ? 1 : 0);
        if (rows == 0) {
            return;
        }
        int columns = t.columns().size();
        XWPFTable table = docx.createTable(rows, columns);
        int[] widths = widths(t);
        layout(table, widths);
        String textStyle = columns > 8 ? WordStyles.TABLE_TEXT_SMALL : WordStyles.TABLE_TEXT;
        int r = 0;
        if (header) {
            XWPFTableRow row = table.getRow(r++);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                cell(row.getCell(c), widths[c], new Table.Cell(t.columns().get(c).title(), RiskPalette.HEADER_FILL,
                        RiskPalette.HEADER_TEXT, true, false), textStyle);
            }
        }
        for (List<Table.Cell> cells : t.rows()) {
            XWPFTableRow row = table.getRow(r++);
            row.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                Table.Cell cell = cells.get(c);
                if (t.keyValue() && c == 0 && cell.fill() == null) {
                    cell = new Table.Cell(cell.text(), RiskPalette.BAND_FILL, null, true, false);
                }
                cell(row.getCell(c), widths[c], cell, textStyle);
            }
        }
        // A little space between a table and what follows it.
        docx.createParagraph().setSpacingAfter(0);
    }

    private int[] widths(Table t) {
        float total = 0;
        for (Table.Column c : t.columns()) {
            total += c.width();
        }
        int[] widths = new int[t.columns().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.round(textWidth() * t.columns().get(i).width() / total);
        }
        return widths;
    }

    private void layout(XWPFTable table, int[] widths) {
        CTTblPr pr = table.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(textWidth()));
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        var margins = pr.addNewTblCellMar();
        margins.addNewLeft().setW(BigInteger.valueOf(85));
        margins.getLeft().setType(STTblWidth.DXA);
        margins.addNewRight().setW(BigInteger.valueOf(85));
        margins.getRight().setType(STTblWidth.DXA);
        margins.addNewTop().setW(BigInteger.valueOf(28));
        margins.getTop().setType(STTblWidth.DXA);
        margins.addNewBottom().setW(BigInteger.valueOf(28));
        margins.getBottom().setType(STTblWidth.DXA);
        var borders = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        for (CTBorder border : new CTBorder[] {
                borders.isSetTop() ? borders.getTop() : borders.addNewTop(),
                borders.isSetBottom() ? borders.getBottom() : borders.addNewBottom(),
                borders.isSetLeft() ? borders.getLeft() : borders.addNewLeft(),
                borders.isSetRight() ? borders.getRight() : borders.addNewRight(),
                borders.isSetInsideH() ? borders.getInsideH() : borders.addNewInsideH(),
                borders.isSetInsideV() ? borders.getInsideV() : borders.addNewInsideV()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
            border.setColor("B7BEC8");
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.setTableAlignment(TableRowAlign.LEFT);
    }

    private static void cell(XWPFTableCell cell, int width, Table.Cell content, String textStyle) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        if (content.fill() != null) {
            cell.setColor(content.fill());
        }
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setStyle(textStyle);
        if (content.centred()) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
        String[] lines = content.text().split("\n", -1);
        XWPFRun r = run(p, content, content.bold() || content.titled());
        int inRun = 0;
        for (int i = 0; i < lines.length; i++) {
            if (i == 1 && content.titled()) {
                r.addBreak();
                r = run(p, content, content.bold());
                inRun = 0;
            } else if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i], inRun++);
        }
    }

    private static XWPFRun run(XWPFParagraph p, Table.Cell content, boolean bold) {
        XWPFRun r = p.createRun();
        if (bold) {
            r.setBold(true);
        }
        if (content.colour() != null) {
            r.setColor(content.colour());
        }
        return r;
    }
}
