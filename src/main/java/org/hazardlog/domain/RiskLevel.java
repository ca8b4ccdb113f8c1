package org.hazardlog.domain;

/** A risk level of the scheme, with what the organisation's plan says about accepting it. */
public record RiskLevel(int number, String name, String acceptability) {

    public String label() {
        return number + " - " + name;
    }
}
