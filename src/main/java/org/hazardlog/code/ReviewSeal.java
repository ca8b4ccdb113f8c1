package org.hazardlog.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SHA-256 over everything stored about one hazard's code reviews (each location's key, and every
 * fingerprint, commit, time, scheme and reviewed text), written into the audit event that records
 * the review. The audit trail is hash-chained; the review table is not: the seal is what lets a
 * check tell a review edited in the file from the one HazardLog recorded. The hazard's number is
 * left out, so that renumbering a hazard, which carries its reviews along, keeps the seal.
 */
public final class ReviewSeal {

    private static final String PREFIX = "review seal sha256:";
    private static final Pattern IN_TEXT = Pattern.compile("review seal (sha256:[0-9a-f]{64})");
    private static final char FIELD = '\u001f';
    private static final char RECORD = '\u001e';

    private ReviewSeal() {
    }

    /** The seal of one hazard's reviews, as {@code sha256:HEX}. */
    public static String of(Map<ReviewKey, List<ReviewFingerprint>> reviewsOfOneHazard) {
        List<ReviewKey> keys = new ArrayList<>(reviewsOfOneHazard.keySet());
        keys.sort(Comparator.comparing(ReviewKey::locationPath).thenComparingInt(ReviewKey::firstLine)
                .thenComparingInt(ReviewKey::lastLine));
        StringBuilder s = new StringBuilder();
        for (ReviewKey k : keys) {
            s.append(k.locationPath()).append(FIELD).append(k.firstLine()).append(FIELD).append(k.lastLine()).append(RECORD);
            List<ReviewFingerprint> files = new ArrayList<>(reviewsOfOneHazard.get(k));
            files.sort(Comparator.comparing(ReviewFingerprint::file));
            for (ReviewFingerprint f : files) {
                s.append(f.file()).append(FIELD).append(f.lineCount()).append(FIELD).append(f.linesFingerprint())
                        .append(FIELD).append(f.linesRollingHash()).append(FIELD).append(f.fileFingerprint())
                        .append(FIELD).append(f.gitCommit()).append(FIELD).append(f.reviewedAt())
                        .append(FIELD).append(f.scheme().name()).append(FIELD)
                        .append(f.reviewedText() == null ? "\u0000" : f.reviewedText()).append(RECORD);
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The words that carry a seal in an audit event's text. */
    public static String phrase(String seal) {
        return PREFIX + seal.substring("sha256:".length());
    }

    /** The seal an audit event's text carries, if any. */
    static Optional<String> in(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = IN_TEXT.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
