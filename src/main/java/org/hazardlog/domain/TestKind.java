package org.hazardlog.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * What a test linked to a control shows (DCB0129 Spec 6.3.2 and 6.3.3): that the control was built
 * as specified, or that it actually reduces the risk.
 */
public enum TestKind {
    IMPLEMENTATION("implementation"),
    EFFECTIVENESS("effectiveness");

    private final String word;

    TestKind(String word) {
        this.word = word;
    }

    /** The lower-case word used in files and on the command line. */
    public String word() {
        return word;
    }

    public static Optional<TestKind> ofWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.strip().toLowerCase(Locale.ROOT);
        for (TestKind k : values()) {
            if (k.word.equals(w) || k.name().toLowerCase(Locale.ROOT).equals(w)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return word;
    }
}
