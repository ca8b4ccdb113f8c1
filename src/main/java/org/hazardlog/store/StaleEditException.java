package org.hazardlog.store;

/**
 * A save based on an older copy of a hazard than the one in the log: someone else saved in
 * between. Refused so that their change is never overwritten.
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String message) {
        super(message);
    }
}
