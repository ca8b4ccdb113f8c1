package org.hazardlog.domain.version;

import java.time.Instant;
import java.util.Objects;

import org.hazardlog.domain.access.Role;

/**
 * The CSO's approval of an issued version: who signed, in which role, when (UTC), and what the
 * signature means. HazardLog only records a signature after checking the signer's password.
 */
public record Signature(String name, Role role, Instant time, String meaning) {

    public static final String APPROVED = "approved";

    public Signature {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(meaning, "meaning");
    }

    /** "Approved by Dr A. Okafor (CSO) at 2025-03-01T10:15:00Z". */
    @Override
    public String toString() {
        return Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1) + " by " + name + " (" + role.label()
                + ") at " + time;
    }
}
