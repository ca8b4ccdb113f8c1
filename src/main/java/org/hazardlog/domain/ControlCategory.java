package org.hazardlog.domain;

/** Control categories of the DCB0129 implementation guidance (Table 5), in its order of preference. */
public enum ControlCategory {
    DESIGN("Design", ControlParty.MANUFACTURER),
    TEST("Test", ControlParty.MANUFACTURER),
    TRAINING("Training", ControlParty.DEPLOYMENT),
    BUSINESS_PROCESS("Business process change", ControlParty.DEPLOYMENT);

    private final String label;
    private final ControlParty usualParty;

    ControlCategory(String label, ControlParty usualParty) {
        this.label = label;
        this.usualParty = usualParty;
    }

    public String label() {
        return label;
    }

    /** The party that usually owns this kind of control; any category may belong to either party. */
    public ControlParty usualParty() {
        return usualParty;
    }

    @Override
    public String toString() {
        return label;
    }
}
