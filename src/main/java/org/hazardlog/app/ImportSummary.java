package org.hazardlog.app;

/** What an import did to the log: hazards added, hazards changed, and hazards that were already the same. */
public record ImportSummary(int added, int updated, int unchanged) {

    public int total() {
        return added + updated + unchanged;
    }

    @Override
    public String toString() {
        return added + " added, " + updated + " updated, " + unchanged + " unchanged";
    }
}
