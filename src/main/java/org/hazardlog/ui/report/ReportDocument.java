package org.hazardlog.ui.report;

import org.hazardlog.report.Exporter;
import org.hazardlog.report.cscr.CscrTemplates;
import org.hazardlog.report.docx.CscrWordExporter;
import org.hazardlog.report.pdf.CscrPdfExporter;
import org.hazardlog.report.pdf.HazardLogPdfExporter;
import org.hazardlog.report.xlsx.HazardLogWorkbook;

/** The documents the Reports window writes, each with its exporter and a sensible file name. */
enum ReportDocument {
    WORKBOOK("Hazard Log workbook (.xlsx)", "hazard-log.xlsx", false),
    CSCR_WORD("Clinical Safety Case Report (.docx)", "clinical-safety-case-report.docx", true),
    CSCR_PDF("Clinical Safety Case Report (PDF)", "clinical-safety-case-report.pdf", true),
    HAZARD_LOG_PDF("Hazard log (PDF)", "hazard-log.pdf", false);

    private final String label;
    private final String fileName;
    private final boolean usesTemplates;

    ReportDocument(String label, String fileName, boolean usesTemplates) {
        this.label = label;
        this.fileName = fileName;
        this.usesTemplates = usesTemplates;
    }

    String fileName() {
        return fileName;
    }

    String extension() {
        return fileName.substring(fileName.lastIndexOf('.') + 1);
    }

    boolean usesTemplates() {
        return usesTemplates;
    }

    Exporter exporter(CscrTemplates templates) {
        return switch (this) {
            case WORKBOOK -> new HazardLogWorkbook();
            case CSCR_WORD -> new CscrWordExporter(templates);
            case CSCR_PDF -> new CscrPdfExporter(templates);
            case HAZARD_LOG_PDF -> new HazardLogPdfExporter();
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
