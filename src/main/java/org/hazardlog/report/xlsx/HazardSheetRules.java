package org.hazardlog.report.xlsx;

import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FontFormatting;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFFontFormatting;
import org.apache.poi.xssf.usermodel.XSSFPatternFormatting;

import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.report.RiskPalette;
import org.hazardlog.report.RiskWords;

/**
 * What keeps the Hazard Log sheet right while someone edits it in a spreadsheet: drop-down lists
 * of the scheme's words on the score and status columns (anything else is refused, since the risk
 * formula only knows those words), and risk cells coloured by the level the formula gives.
 */
final class HazardSheetRules {

    private final Sheet sheet;
    private final RiskScheme scheme;

    HazardSheetRules(Sheet sheet, RiskScheme scheme) {
        this.sheet = sheet;
        this.scheme = scheme;
    }

    /** Lists on rows {@code first} to {@code lastListed}; level colours on the hazard rows up to {@code lastHazard}. */
    void apply(int first, int lastHazard, int lastListed) {
        list(HazardColumn.INITIAL_SEVERITY, SchemeLookup.SEVERITY_LIST, "severity", first, lastListed);
        list(HazardColumn.RESIDUAL_SEVERITY, SchemeLookup.SEVERITY_LIST, "severity", first, lastListed);
        list(HazardColumn.INITIAL_LIKELIHOOD, SchemeLookup.LIKELIHOOD_LIST, "likelihood", first, lastListed);
        list(HazardColumn.RESIDUAL_LIKELIHOOD, SchemeLookup.LIKELIHOOD_LIST, "likelihood", first, lastListed);
        list(HazardColumn.STATUS, SchemeLookup.HAZARD_STATUS_LIST, "hazard status", first, lastListed);
        levelColours(first, lastHazard);
    }

    static void list(Sheet sheet, int column, String listName, String what, int firstRow, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(helper.createFormulaListConstraint(listName),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Not a " + what, "Choose a " + what + " from the list: the values are those of the "
                + "Scheme sheet.");
        v.setShowErrorBox(true);
        // In POI's XSSF this flag is inverted: true writes the list with its drop-down arrow shown.
        v.setSuppressDropDownArrow(true);
        sheet.addValidationData(v);
    }

    private void list(HazardColumn column, String listName, String what, int firstRow, int lastRow) {
        list(sheet, column.ordinal(), listName, what, firstRow, lastRow);
    }

    /** One rule per level and one for TBC, matching the words the risk formula returns. */
    private void levelColours(int first, int last) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] riskCells = {
            new CellRangeAddress(first, last, HazardColumn.INITIAL_RISK.ordinal(), HazardColumn.INITIAL_RISK.ordinal()),
            new CellRangeAddress(first, last, HazardColumn.RESIDUAL_RISK.ordinal(), HazardColumn.RESIDUAL_RISK.ordinal())
        };
        for (RiskLevel level : scheme.riskLevels()) {
            cf.addConditionalFormatting(riskCells, rule(cf, level.label(),
                    RiskPalette.fill(scheme, level.number()), RiskPalette.text(scheme, level.number())));
        }
        cf.addConditionalFormatting(riskCells, rule(cf, RiskWords.UNSCORED, RiskPalette.UNSCORED_FILL,
                RiskPalette.UNSCORED_TEXT));
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String words, String fill, String text) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + words.replace("\"", "\"\"") + "\"", null);
        PatternFormatting pattern = rule.createPatternFormatting();
        // A differential fill is drawn from its background colour (ECMA-376 18.8.20), not the foreground.
        ((XSSFPatternFormatting) pattern).setFillBackgroundColor(WorkbookStyles.colour(fill));
        pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        FontFormatting font = rule.createFontFormatting();
        ((XSSFFontFormatting) font).setFontColor(WorkbookStyles.colour(text));
        return rule;
    }
}
