package org.hazardlog.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.hazardlog.domain.InvalidValueException;

/**
 * A password as the log keeps it: never the password itself, but a slow, salted PBKDF2-HMAC-SHA256
 * hash with the iteration count it was made with, so the count can rise for new passwords without
 * breaking old ones. Salt and hash are Base64.
 */
public record PasswordHash(String algorithm, int iterations, String salt, String hash) {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 floor for PBKDF2-HMAC-SHA256 is 600,000; the minimum is 210,000. */
    public static final int ITERATIONS = 600_000;
    public static final int MIN_ITERATIONS = 210_000;
    public static final int MIN_LENGTH = 8;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    public PasswordHash {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(hash, "hash");
        if (!ALGORITHM.equals(algorithm)) {
            throw new IllegalArgumentException("unknown password hash " + algorithm);
        }
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("a password hash needs at least " + MIN_ITERATIONS + " iterations");
        }
    }

    /** Hashes a new password with a fresh random salt. The caller clears the password afterwards. */
    public static PasswordHash of(char[] password) {
        if (password.length < MIN_LENGTH) {
            throw new InvalidValueException("a password needs at least " + MIN_LENGTH + " characters");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder();
        return new PasswordHash(ALGORITHM, ITERATIONS, b64.encodeToString(salt), b64.encodeToString(hash));
    }

    /** Whether the password is the one hashed, compared in constant time. */
    public boolean matches(char[] password) {
        byte[] expected = Base64.getDecoder().decode(hash);
        byte[] actual = derive(password, Base64.getDecoder().decode(salt), iterations);
        try {
            return MessageDigest.isEqual(expected, actual);
        } finally {
            Arrays.fill(actual, (byte) 0);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * A short digest of the stored hash, salt and parameters, kept in the audit trail when a password
     * is set: it tells whether the password in the users table is the one the trail recorded, without
     * the trail holding the hash itself (which would let anyone with the trail try guesses offline).
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("hazardlog-password-fingerprint-v1".getBytes(StandardCharsets.UTF_8));
            for (String part : new String[] {algorithm, String.valueOf(iterations), salt, hash}) {
                sha.update((byte) 0);
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Never shows the hash, so it cannot end up in a log or a message by accident. */
    @Override
    public String toString() {
        return "PasswordHash[" + algorithm + ", " + iterations + " iterations]";
    }
}
