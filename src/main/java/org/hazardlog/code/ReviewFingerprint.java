package org.hazardlog.code;

import java.time.Instant;

/**
 * What a reviewer saw of one file of a code location when marking it reviewed: fingerprints of
 * the referenced lines (the whole file when the location has no lines) and of the whole file, and
 * the git commit when the repository is a git repository.
 *
 * @param file             the file, relative to the repository root ({@code /}-separated)
 * @param lineCount        how many lines the fingerprint covers
 * @param linesFingerprint SHA-256 of the whitespace-normalised lines
 * @param linesRollingHash rolling hash of the same lines, used only to find where they moved to
 * @param fileFingerprint  SHA-256 of the whole file's bytes
 * @param gitCommit        the commit checked out at review, or null outside git
 */
public record ReviewFingerprint(String file, int lineCount, String linesFingerprint, long linesRollingHash,
                                String fileFingerprint, String gitCommit, Instant reviewedAt,
                                FingerprintScheme scheme) {
}
