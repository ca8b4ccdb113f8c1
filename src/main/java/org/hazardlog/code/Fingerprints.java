package org.hazardlog.code;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * How reviewed code is fingerprinted. A fingerprint is stored in hazard logs, so this must never
 * change meaning: a new way of fingerprinting needs a new {@link FingerprintScheme}.
 *
 * <p>Lines are compared whitespace-normalised (leading and trailing whitespace dropped, runs of
 * whitespace made one space) so that re-indenting or changing line endings (a Windows checkout) does
 * not count as a change of the reviewed code; in files where indentation is meaning
 * ({@link IndentationRules}) the leading whitespace is kept ({@link FingerprintScheme}).
 */
public final class Fingerprints {

    /**
     * Multiplier of the rolling line hash: 2^64 divided by the golden ratio, a constant whose bits
     * are well mixed. Stored reviews depend on it, like everything in this class.
     */
    static final long ROLLING_BASE = 0x9E3779B97F4A7C15L;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final HexFormat HEX = HexFormat.of();

    private Fingerprints() {
    }

    public static String normalise(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (isNormalInside(line, start, end)) {
            return start == 0 && end == line.length() ? line : line.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start);
        boolean gap = false;
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                gap = true;
            } else {
                if (gap) {
                    out.append(' ');
                    gap = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The line normalised, but with its leading whitespace exactly as written: in Python or YAML,
     * which block a line belongs to is its indentation. A blank line is empty whatever it holds.
     */
    public static String normaliseKeepingIndentation(String line) {
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (start == 0 || start == line.length()) {
            return normalise(line);
        }
        return line.substring(0, start) + normalise(line.substring(start));
    }

    /** Most lines have only single spaces between words: they need no copying. */
    private static boolean isNormalInside(String line, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            // end is not whitespace, so i + 1 < end whenever c is
            if (Character.isWhitespace(c) && (c != ' ' || Character.isWhitespace(line.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    /** SHA-256 of normalised lines {@code from} (inclusive) to {@code to} (exclusive), joined by newlines. */
    public static String ofLines(List<String> normalisedLines, int from, int to) {
        MessageDigest sha = sha256();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sha.update((byte) '\n');
            }
            sha.update(normalisedLines.get(i).getBytes(StandardCharsets.UTF_8));
        }
        return HEX.formatHex(sha.digest());
    }

    /** SHA-256 of a file's bytes exactly as they are on disk. */
    public static String ofBytes(byte[] content) {
        return HEX.formatHex(sha256().digest(content));
    }

    /**
     * A 64-bit hash of one normalised line (FNV-1a over its UTF-16 characters). Only used to find
     * candidate places where reviewed lines moved to; a candidate is confirmed by the SHA-256.
     */
    static long lineHash(String normalisedLine) {
        long h = FNV_OFFSET;
        for (int i = 0; i < normalisedLine.length(); i++) {
            h ^= normalisedLine.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
