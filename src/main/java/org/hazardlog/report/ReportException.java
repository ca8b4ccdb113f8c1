package org.hazardlog.report;

/**
 * A document that cannot be written, or a workbook that cannot be read, for a reason the user can
 * put right: the message says what and why, and is shown without a stack trace.
 */
public class ReportException extends RuntimeException {

    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
