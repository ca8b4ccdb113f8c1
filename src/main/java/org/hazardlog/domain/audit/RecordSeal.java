package org.hazardlog.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SHA-256 over rows as stored (each a list of column values), written into the audit event that
 * wrote them. The audit trail is hash-chained; the tables it describes are not: the seal is what
 * lets a check tell a row edited in the file from the one HazardLog recorded. A seal is named in
 * an event's text ({@code test issue seal sha256:HEX}), so that one text can say what it seals.
 */
public final class RecordSeal {

    private static final char FIELD = '\u001f';
    private static final char RECORD = '\u001e';
    private static final String NULL = "\u0000";

    private RecordSeal() {
    }

    /** The seal of the rows, in the order given, as {@code sha256:HEX}; a null value differs from "". */
    public static String of(List<List<String>> rows) {
        StringBuilder s = new StringBuilder();
        for (List<String> row : rows) {
            for (String value : row) {
                s.append(value == null ? NULL : value).append(FIELD);
            }
            s.append(RECORD);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The words that carry a seal in an event's text: {@code name sha256:HEX}. */
    public static String phrase(String name, String seal) {
        return name + " " + seal;
    }

    /** The last seal called {@code name} that {@code text} carries, if any. */
    public static Optional<String> in(String name, String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile(Pattern.quote(name) + " (sha256:[0-9a-f]{64})").matcher(text);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return Optional.ofNullable(found);
    }
}
