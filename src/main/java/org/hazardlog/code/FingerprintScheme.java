package org.hazardlog.code;

/**
 * How a stored fingerprint was made. Stored with every review so that a later HazardLog that
 * fingerprints differently can still tell an old review from a change.
 */
public enum FingerprintScheme {
    /** {@link Fingerprints}: SHA-256 of whitespace-normalised lines; SHA-256 of the file's bytes. */
    SHA256_NORMALISED_WHITESPACE
}
