package org.hazardlog.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import org.hazardlog.code.FingerprintScheme;
import org.hazardlog.code.LineRange;
import org.hazardlog.code.ReviewFingerprint;
import org.hazardlog.code.ReviewKey;

/**
 * The review fingerprints of hazards' code locations ({@code code_review}). Every method works
 * inside the caller's handle, so a caller's transaction covers the whole of its change.
 */
public final class CodeReviewRepository {

    public Map<ReviewKey, List<ReviewFingerprint>> findAll(Handle h) {
        Map<ReviewKey, List<ReviewFingerprint>> out = new HashMap<>();
        h.createQuery("SELECT hazard_number, location_path, first_line, last_line, file_path, line_count, "
                        + "lines_fingerprint, lines_rolling_hash, file_fingerprint, git_commit, fingerprint_scheme, "
                        + "reviewed_at, reviewed_text FROM code_review ORDER BY hazard_number, location_path, file_path")
                .map((rs, ctx) -> {
                    ReviewKey key = new ReviewKey(rs.getInt("hazard_number"), rs.getString("location_path"),
                            rs.getInt("first_line"), rs.getInt("last_line"));
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(new ReviewFingerprint(
                            rs.getString("file_path"),
                            rs.getInt("line_count"),
                            rs.getString("lines_fingerprint"),
                            rs.getLong("lines_rolling_hash"),
                            rs.getString("file_fingerprint"),
                            rs.getString("git_commit"),
                            rs.getObject("reviewed_at", OffsetDateTime.class).toInstant(),
                            FingerprintScheme.valueOf(rs.getString("fingerprint_scheme")),
                            rs.getString("reviewed_text")));
                    return null;
                }).list();
        return out;
    }

    /**
     * Makes the given fingerprints the reviews of the given hazards: whatever those hazards had
     * before (including reviews of locations they no longer have) is replaced.
     */
    public void replace(Handle h, Collection<Integer> hazardNumbers, Map<ReviewKey, List<ReviewFingerprint>> fingerprints) {
        PreparedBatch delete = h.prepareBatch("DELETE FROM code_review WHERE hazard_number = :number");
        for (int number : hazardNumbers) {
            delete.bind("number", number).add();
        }
        if (delete.size() > 0) {
            delete.execute();
        }
        PreparedBatch insert = h.prepareBatch("INSERT INTO code_review (hazard_number, location_path, first_line, "
                + "last_line, file_path, line_count, lines_fingerprint, lines_rolling_hash, file_fingerprint, git_commit, "
                + "fingerprint_scheme, reviewed_at, reviewed_text) VALUES (:number, :path, :first, :last, :file, :lineCount, "
                + ":lines, :rolling, :fileFingerprint, :commit, :scheme, :at, :text)");
        fingerprints.forEach((key, files) -> {
            for (ReviewFingerprint f : files) {
                insert.bind("number", key.hazardNumber()).bind("path", key.locationPath())
                        .bind("first", key.firstLine()).bind("last", key.lastLine())
                        .bind("file", f.file()).bind("lineCount", f.lineCount())
                        .bind("lines", f.linesFingerprint()).bind("rolling", f.linesRollingHash())
                        .bind("fileFingerprint", f.fileFingerprint()).bind("commit", f.gitCommit())
                        .bind("scheme", f.scheme().name())
                        .bind("at", OffsetDateTime.ofInstant(f.reviewedAt(), ZoneOffset.UTC))
                        .bind("text", f.reviewedText())
                        .add();
            }
        });
        if (insert.size() > 0) {
            insert.execute();
        }
    }

    /**
     * Carries a location's review to the lines its reviewed code moved to. The review stays valid
     * because it is a fingerprint of the code itself, which did not change.
     */
    public void move(Handle h, ReviewKey from, LineRange to) {
        ReviewKey target = from.withLines(to);
        deleteKey(h, target);
        h.createUpdate("UPDATE code_review SET first_line = :newFirst, last_line = :newLast WHERE hazard_number = :number "
                        + "AND location_path = :path AND first_line = :first AND last_line = :last")
                .bind("newFirst", target.firstLine()).bind("newLast", target.lastLine())
                .bind("number", from.hazardNumber()).bind("path", from.locationPath())
                .bind("first", from.firstLine()).bind("last", from.lastLine())
                .execute();
    }

    private static void deleteKey(Handle h, ReviewKey key) {
        h.createUpdate("DELETE FROM code_review WHERE hazard_number = :number AND location_path = :path "
                        + "AND first_line = :first AND last_line = :last")
                .bind("number", key.hazardNumber()).bind("path", key.locationPath())
                .bind("first", key.firstLine()).bind("last", key.lastLine())
                .execute();
    }
}
