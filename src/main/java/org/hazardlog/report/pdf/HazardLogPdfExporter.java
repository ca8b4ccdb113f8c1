package org.hazardlog.report.pdf;

import java.io.IOException;
import java.io.OutputStream;

import org.hazardlog.report.Exporter;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.content.HazardLogDocument;

/** The hazard log as a landscape PDF for issuing alongside the safety case. */
public final class HazardLogPdfExporter implements Exporter {

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        PdfRenderer.write(HazardLogDocument.build(input), out);
    }
}
