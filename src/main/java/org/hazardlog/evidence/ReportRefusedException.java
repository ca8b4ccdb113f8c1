package org.hazardlog.evidence;

/** A test report that cannot be evidence, with a message that names the file and says why. */
public final class ReportRefusedException extends RuntimeException {

    public ReportRefusedException(String message) {
        super(message);
    }

    public ReportRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
