package org.hazardlog.report.docx;

import java.io.IOException;
import java.io.OutputStream;

import org.hazardlog.report.Exporter;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.content.HazardLogDocument;

/** The hazard log as a Word document, with the same approval page and hazard blocks as its PDF. */
public final class HazardLogWordExporter implements Exporter {

    @Override
    public void write(ReportInput input, OutputStream out) throws IOException {
        WordWriter.write(HazardLogDocument.build(input), out);
    }
}
