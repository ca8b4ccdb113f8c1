package org.hazardlog.code;

import java.util.Arrays;

/**
 * Rolling hashes over a file's lines: the hash of any run of lines in constant time, so that finding
 * where reviewed lines moved to costs one pass over the file, however long the run.
 */
final class RollingLines {

    /** prefix[i] is the rolling hash of lines 0 to i-1. */
    private final long[] prefix;

    RollingLines(long[] lineHashes) {
        prefix = new long[lineHashes.length + 1];
        for (int i = 0; i < lineHashes.length; i++) {
            prefix[i + 1] = prefix[i] * Fingerprints.ROLLING_BASE + lineHashes[i];
        }
    }

    /** The rolling hash of {@code count} lines from index {@code from} (counted from 0). */
    long hash(int from, int count) {
        // Arithmetic wraps modulo 2^64, which is what makes the subtraction exact.
        return prefix[from + count] - prefix[from] * power(count);
    }

    /** Starting indexes (from 0) of every run of {@code count} lines whose rolling hash is {@code hash}. */
    int[] candidates(int count, long hash) {
        int lines = prefix.length - 1;
        if (count < 1 || count > lines) {
            return new int[0];
        }
        long power = power(count);
        int[] found = new int[4];
        int n = 0;
        for (int start = 0; start + count <= lines; start++) {
            if (prefix[start + count] - prefix[start] * power == hash) {
                if (n == found.length) {
                    found = Arrays.copyOf(found, n * 2);
                }
                found[n++] = start;
            }
        }
        return Arrays.copyOf(found, n);
    }

    private static long power(int exponent) {
        long result = 1;
        long base = Fingerprints.ROLLING_BASE;
        int e = exponent;
        while (e > 0) {
            if ((e & 1) == 1) {
                result *= base;
            }
            base *= base;
            e >>= 1;
        }
        return result;
    }
}
