package org.hazardlog.cli;

/** A command that cannot do what was asked, for a reason the message gives the user. */
public class RefusedException extends RuntimeException {

    public RefusedException(String message) {
        super(message);
    }
}
