package org.hazardlog.code;

/**
 * How a stored fingerprint was made. Stored with every review, and a review is always compared the
 * way it was taken, so a review recorded by an earlier HazardLog keeps working after a new scheme
 * appears: a change of scheme never turns old reviews into changes, nor changes into passes.
 */
public enum FingerprintScheme {
    /**
     * SHA-256 of whitespace-normalised lines (leading and trailing whitespace dropped, runs of
     * whitespace one space); SHA-256 of the file's bytes. For files where indentation carries no
     * meaning (the braces do).
     */
    SHA256_NORMALISED_WHITESPACE,
    /**
     * As {@link #SHA256_NORMALISED_WHITESPACE}, but a line's leading whitespace is kept exactly as
     * written: for files where indentation is meaning (Python, YAML, Makefiles ...), so that moving a
     * statement out of a block is a change.
     */
    SHA256_INDENTATION_KEPT;

    /** One line as this scheme compares it. */
    public String normalise(String line) {
        return this == SHA256_INDENTATION_KEPT ? Fingerprints.normaliseKeepingIndentation(line) : Fingerprints.normalise(line);
    }
}
