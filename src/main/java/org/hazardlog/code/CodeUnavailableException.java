package org.hazardlog.code;

/**
 * The code a check needs cannot be read: the repository folder is missing or not a folder, no
 * repository root is set, or a file cannot be read. The message is for the user: it says which and why.
 */
public class CodeUnavailableException extends RuntimeException {

    public CodeUnavailableException(String message) {
        super(message);
    }

    public CodeUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
