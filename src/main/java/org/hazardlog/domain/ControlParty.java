package org.hazardlog.domain;

/** Who is responsible for carrying out a control. */
public enum ControlParty {
    MANUFACTURER("Manufacturer"),
    DEPLOYMENT("Deploying organisation");

    private final String label;

    ControlParty(String label) {
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
