package org.hazardlog.report.pdf;

import java.io.IOException;
import java.io.OutputStream;

import org.hazardlog.report.Exporter;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.cscr.CscrTemplates;
import org.hazardlog.report.cscr.SafetyCaseReport;

/** The Clinical Safety Case Report as a PDF for issuing. */
public final class CscrPdfExporter implements Exporter {

    private final CscrTemplates templates;

    public CscrPdfExporter(CscrTemplates templates) {
        this.templates = templates;
    }

    /** Writes a safety case already made, such as an approved one, whatever the input. */
    public static Exporter of(org.hazardlog.report.document.SafetyDocument document) {
        return (input, out) -> PdfRenderer.write(document, out);
    }

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        PdfRenderer.write(SafetyCaseReport.build(input, templates), out);
    }
}
