package org.hazardlog.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes one kind of document from the log. {@link OutputFile} decides where the bytes go. */
public interface Exporter {

    void write(ReportInput input, OutputStream out) throws IOException;
}
