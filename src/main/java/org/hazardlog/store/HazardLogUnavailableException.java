package org.hazardlog.store;

/**
 * A hazard log file that cannot be opened: not a hazard log, written by a newer HazardLog, in use,
 * unreadable. The message is for the user: it names the file and says why.
 */
public class HazardLogUnavailableException extends RuntimeException {

    public HazardLogUnavailableException(String message) {
        super(message);
    }

    public HazardLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
