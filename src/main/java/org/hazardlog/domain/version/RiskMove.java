package org.hazardlog.domain.version;

/** How a hazard's risk level moved between two versions. */
public enum RiskMove {
    UP("up"),
    DOWN("down"),
    SAME("same"),
    SCORED("newly scored"),
    UNSCORED("no longer scored"),
    NOT_SCORED("not scored");

    private final String label;

    RiskMove(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RiskMove between(Integer before, Integer after) {
        if (before == null && after == null) {
            return NOT_SCORED;
        }
        if (before == null) {
            return SCORED;
        }
        if (after == null) {
            return UNSCORED;
        }
        return after > before ? UP : after < before ? DOWN : SAME;
    }

    public boolean changed() {
        return this != SAME && this != NOT_SCORED;
    }
}
