package org.hazardlog.domain;

/**
 * The status of a hazard. Open, Transferred and Closed are the only values the DCB0129
 * implementation guidance prescribes; Draft covers hazards proposed but not yet triaged.
 */
public enum HazardStatus {
    DRAFT("Draft"),
    OPEN("Open"),
    TRANSFERRED("Transferred"),
    CLOSED("Closed");

    private final String label;

    HazardStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
