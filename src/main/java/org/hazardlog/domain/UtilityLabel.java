package org.hazardlog.domain;

import java.util.Optional;

/** The "general utility label" of the Quill and DCSP hazard templates, numbered as they number it. */
public enum UtilityLabel {
    LOGGED(1, "Hazard logged"),
    FOR_TRIAGE(2, "New hazard for triage"),
    DEPRECATED(3, "Deprecated hazard");

    private final int number;
    private final String label;

    UtilityLabel(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public static Optional<UtilityLabel> ofNumber(int number) {
        for (UtilityLabel l : values()) {
            if (l.number == number) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }
}
