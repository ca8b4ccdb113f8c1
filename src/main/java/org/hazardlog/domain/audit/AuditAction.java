package org.hazardlog.domain.audit;

/** The kinds of change the audit trail records. Stored by name. */
public enum AuditAction {
    CREATE("Created"),
    EDIT("Edited"),
    IMPORT("Imported"),
    ISSUE("Issued and signed"),
    USER_ADD("User added"),
    USER_ROLE("Role changed"),
    USER_PASSWORD("Password set"),
    SETTINGS("Settings changed"),
    CODE_REVIEW("Code reviewed"),
    APPROVE("Approved and signed");

    private final String label;

    AuditAction(String label) {
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
