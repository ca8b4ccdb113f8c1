package org.hazardlog.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over an unambiguous encoding of a sequence of values: each value is written as its
 * length in UTF-8 bytes, a colon and the bytes, and null as {@code -1:}. So no two different
 * sequences of values encode alike ("ab","c" differs from "a","bc"; null differs from "").
 */
public final class Canonical {

    private final MessageDigest digest;

    private Canonical(String domain) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        add(domain);
    }

    /** A hash whose first value names what is hashed, so a hash of one kind never matches another. */
    public static Canonical of(String domain) {
        return new Canonical(domain);
    }

    public Canonical add(String value) {
        if (value == null) {
            digest.update("-1:".getBytes(StandardCharsets.US_ASCII));
            return this;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
        return this;
    }

    public Canonical add(long value) {
        return add(Long.toString(value));
    }

    /** Lower-case hex, 64 characters. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String sha256(String text) {
        return of("text").add(text).hex();
    }
}
