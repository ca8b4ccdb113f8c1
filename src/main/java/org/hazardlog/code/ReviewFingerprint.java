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
 * @param reviewedText     the lines the reviewer saw, as written, joined by newlines; null when not kept
 *                         (over {@link #MAX_REVIEWED_TEXT} characters, a binary file, or a review taken
 *                         before HazardLog kept it)
 */
public record ReviewFingerprint(String file, int lineCount, String linesFingerprint, long linesRollingHash,
                                String fileFingerprint, String gitCommit, Instant reviewedAt,
                                FingerprintScheme scheme, String reviewedText) {

    /** The most reviewed text kept per file (64 K characters): enough for any range a person reviews. */
    public static final int MAX_REVIEWED_TEXT = 64 * 1024;

    /** A review without its text. */
    public ReviewFingerprint(String file, int lineCount, String linesFingerprint, long linesRollingHash,
                             String fileFingerprint, String gitCommit, Instant reviewedAt, FingerprintScheme scheme) {
        this(file, lineCount, linesFingerprint, linesRollingHash, fileFingerprint, gitCommit, reviewedAt, scheme, null);
    }

    /** When, and at which commit, as people say it: "Reviewed 2026-05-01 at commit 1a2b3c4d5e6f". */
    public String describe() {
        String day = reviewedAt.toString().substring(0, 10);
        return gitCommit == null ? "Reviewed " + day : "Reviewed " + day + " at commit " + shortCommit();
    }

    /** The commit as git prints it in short form; null outside git. */
    public String shortCommit() {
        return gitCommit == null ? null : gitCommit.substring(0, Math.min(12, gitCommit.length()));
    }
}
