package org.hazardlog.domain;

/** A value a user or a file gave that the hazard log cannot hold; the message says what and why. */
public class InvalidValueException extends IllegalArgumentException {

    public InvalidValueException(String message) {
        super(message);
    }
}
