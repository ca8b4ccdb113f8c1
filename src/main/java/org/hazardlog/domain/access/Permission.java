package org.hazardlog.domain.access;

/**
 * The permission table: each thing a person can do to a log, with the least role that may do it.
 * The service checks these; the window only greys out what the service would refuse.
 */
public enum Permission {
    READ(Role.VIEWER, "Reading the log"),
    PROPOSE_HAZARD(Role.ENGINEER, "Proposing a hazard"),
    EDIT_DRAFT(Role.ENGINEER, "Editing a draft hazard"),
    RECORD_CONTROL_PROGRESS(Role.ENGINEER, "Recording the status, evidence and owner of controls"),
    EDIT_CODE_LOCATIONS(Role.ENGINEER, "Editing code locations"),
    /** Adding, editing, resolving and reopening test issues (defects found in testing). */
    RECORD_TEST_ISSUE(Role.ENGINEER, "Recording test issues"),
    EDIT_ANALYSIS(Role.CSO, "Editing a hazard past draft"),
    SCORE(Role.CSO, "Scoring a hazard"),
    SET_STATUS(Role.CSO, "Changing the status of a hazard"),
    ACCEPT_RESIDUAL_RISK(Role.CSO, "Accepting residual risk"),
    /** A review says the code a hazard links to was looked at by the CSO and is still safe. */
    RECORD_CODE_REVIEW(Role.CSO, "Recording a code review"),
    ISSUE_VERSION(Role.CSO, "Issuing a version"),
    /** Separate from issuing a version: the CSO signs the exact content of one safety case report. */
    APPROVE_CSCR(Role.CSO, "Approving a Clinical Safety Case Report"),
    MANAGE_USERS(Role.CSO, "Managing users"),
    CHANGE_SETTINGS(Role.CSO, "Changing the project settings");

    private final Role leastRole;
    private final String description;

    Permission(Role leastRole, String description) {
        this.leastRole = leastRole;
        this.description = description;
    }

    public Role leastRole() {
        return leastRole;
    }

    /** What the permission allows, as a sentence subject: "Scoring a hazard". */
    public String description() {
        return description;
    }

    /** "the CSO role", or "the Engineer or CSO role" when more than one role may. */
    public String rolesNeeded() {
        return switch (leastRole) {
            case CSO -> "the CSO role";
            case ENGINEER -> "the Engineer or CSO role";
            case VIEWER -> "a role in this log";
        };
    }
}
