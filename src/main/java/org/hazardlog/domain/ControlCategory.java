package org.hazardlog.domain;

/**
 * Control categories of the DCB0129 implementation guidance (Table 5), in its order of preference,
 * then {@link #UNASSIGNED}: a control read from a file that gives it no category (the DCSP form's
 * plain "New hazard controls"). It is kept as a control so that nothing written is lost, but it is
 * never presented as one of the four kinds until someone triages it and picks one.
 */
public enum ControlCategory {
    DESIGN("Design", ControlParty.MANUFACTURER),
    TEST("Test", ControlParty.MANUFACTURER),
    TRAINING("Training", ControlParty.DEPLOYMENT),
    BUSINESS_PROCESS("Business process change", ControlParty.DEPLOYMENT),
    // A hazard log's untriaged controls are the manufacturer's to sort; the party can be changed with the category.
    UNASSIGNED("Unassigned", ControlParty.MANUFACTURER);

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

    /** False for {@link #UNASSIGNED}: a control still waiting for triage to give it a category. */
    public boolean isAssigned() {
        return this != UNASSIGNED;
    }

    @Override
    public String toString() {
        return label;
    }
}
