package org.hazardlog.report;

import java.time.Instant;
import java.util.Objects;

/**
 * A signature on an issued document: who signed, in which role, when, and what the signature
 * means ("Approved as the Clinical Safety Officer"). The current, unissued log has none; issued
 * versions will carry one into the sign-off block.
 */
public record Signature(String name, String role, Instant time, String meaning) {

    public Signature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(meaning, "meaning");
    }
}
