package org.hazardlog.report.xlsx;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.hazardlog.domain.RiskScheme;
import org.hazardlog.report.RiskPalette;

/**
 * The few cell styles of the workbook, made once: Excel allows about 64,000 styles per file, and
 * a style per cell would also make large logs slow to write.
 */
final class WorkbookStyles {

    private final XSSFWorkbook workbook;
    private final RiskScheme scheme;
    final XSSFCellStyle header;
    final XSSFCellStyle text;
    final XSSFCellStyle centred;
    final XSSFCellStyle title;
    final XSSFCellStyle label;
    final XSSFCellStyle unscored;
    final XSSFCellStyle banner;
    final XSSFCellStyle draftBanner;
    final XSSFCellStyle groupHeader;
    /** The first group's heading, at its left: the part of it that every printed page repeats. */
    final XSSFCellStyle groupHeaderLeft;
    /** A hazard transferred to the deploying organisation: its row is shaded. */
    final XSSFCellStyle transferredText;
    final XSSFCellStyle transferredCentred;
    /** A control (or a cell of controls) for the deploying organisation to carry out. */
    final XSSFCellStyle deploymentText;
    private final Map<Integer, XSSFCellStyle> risk = new HashMap<>();

    WorkbookStyles(XSSFWorkbook workbook, RiskScheme scheme) {
        this.workbook = workbook;
        this.scheme = scheme;
        header = bordered();
        header.setFillForegroundColor(colour(RiskPalette.HEADER_FILL));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setFont(font(true, RiskPalette.HEADER_TEXT, 11));
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);

        text = bordered();
        text.setWrapText(true);
        text.setVerticalAlignment(VerticalAlignment.TOP);

        centred = bordered();
        centred.setAlignment(HorizontalAlignment.CENTER);
        centred.setVerticalAlignment(VerticalAlignment.TOP);
        centred.setWrapText(true);

        title = workbook.createCellStyle();
        title.setFont(font(true, RiskPalette.HEADER_FILL, 14));

        label = workbook.createCellStyle();
        label.setFont(font(true, "000000", 11));
        label.setVerticalAlignment(VerticalAlignment.TOP);

        unscored = filled(RiskPalette.UNSCORED_FILL, RiskPalette.UNSCORED_TEXT, false);

        banner = workbook.createCellStyle();
        banner.setFont(font(true, RiskPalette.HEADER_FILL, 11));
        banner.setVerticalAlignment(VerticalAlignment.CENTER);
        banner.setWrapText(true);
        draftBanner = workbook.createCellStyle();
        draftBanner.setFont(font(true, DRAFT_TEXT, 11));
        draftBanner.setFillForegroundColor(colour(DRAFT_FILL));
        draftBanner.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        draftBanner.setVerticalAlignment(VerticalAlignment.CENTER);
        draftBanner.setWrapText(true);

        groupHeader = bordered();
        groupHeader.setFillForegroundColor(colour(GROUP_FILL));
        groupHeader.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        groupHeader.setFont(font(true, RiskPalette.HEADER_TEXT, 11));
        groupHeader.setAlignment(HorizontalAlignment.CENTER);
        groupHeader.setVerticalAlignment(VerticalAlignment.CENTER);
        groupHeaderLeft = workbook.createCellStyle();
        groupHeaderLeft.cloneStyleFrom(groupHeader);
        groupHeaderLeft.setAlignment(HorizontalAlignment.LEFT);

        transferredText = shaded(text, TRANSFERRED_FILL);
        transferredCentred = shaded(centred, TRANSFERRED_FILL);
        deploymentText = shaded(text, DEPLOYMENT_FILL);
    }

    /** Shades of blue and violet, so that they never read as a risk colour (green to red). */
    static final String TRANSFERRED_FILL = "E4DCF2";
    static final String DEPLOYMENT_FILL = "D6E9F8";
    static final String GROUP_FILL = "2E5597";
    static final String DRAFT_FILL = "FDE2E1";
    static final String DRAFT_TEXT = "9C0006";

    private XSSFCellStyle shaded(XSSFCellStyle base, String fill) {
        XSSFCellStyle s = workbook.createCellStyle();
        s.cloneStyleFrom(base);
        s.setFillForegroundColor(colour(fill));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    /** The style of a cell showing risk level {@code level}; 0 means not scored. */
    XSSFCellStyle risk(int level) {
        if (level == 0) {
            return unscored;
        }
        return risk.computeIfAbsent(level, l -> filled(RiskPalette.fill(scheme, l), RiskPalette.text(scheme, l), true));
    }

    private XSSFCellStyle filled(String fill, String textColour, boolean bold) {
        XSSFCellStyle s = bordered();
        s.setFillForegroundColor(colour(fill));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setFont(font(bold, textColour, 11));
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        s.setWrapText(true);
        return s;
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle s = workbook.createCellStyle();
        XSSFColor grey = colour("B7BEC8");
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setTopBorderColor(grey);
        s.setBottomBorderColor(grey);
        s.setLeftBorderColor(grey);
        s.setRightBorderColor(grey);
        return s;
    }

    private XSSFFont font(boolean bold, String rgb, int points) {
        XSSFFont f = workbook.createFont();
        f.setBold(bold);
        f.setColor(colour(rgb));
        f.setFontHeightInPoints((short) points);
        f.setFontName("Calibri");
        return f;
    }

    /** Written as opaque ARGB ("FF" first), the form Excel itself writes. */
    static XSSFColor colour(String rgb) {
        int v = Integer.parseInt(rgb, 16);
        return new XSSFColor(new byte[] {(byte) 0xFF, (byte) (v >> 16), (byte) (v >> 8), (byte) v}, null);
    }
}
