package org.hazardlog.domain;

/**
 * A likelihood and severity judgement, each a level number of the log's risk scheme, or null
 * while not yet scored ("TBC"). A score is never invented: half-scored is a real state.
 * The risk level is not part of it: it is always looked up in the risk scheme.
 */
public record Assessment(Integer likelihood, Integer severity) {

    public static final Assessment UNSCORED = new Assessment(null, null);

    public Assessment {
        requireLevel("likelihood", likelihood);
        requireLevel("severity", severity);
    }

    public static Assessment of(int likelihood, int severity) {
        return new Assessment(likelihood, severity);
    }

    public boolean isScored() {
        return likelihood != null && severity != null;
    }

    public boolean isUnscored() {
        return likelihood == null && severity == null;
    }

    private static void requireLevel(String what, Integer level) {
        if (level != null && level < 1) {
            throw new IllegalArgumentException(what + " must be a level number from 1, not " + level);
        }
    }
}
