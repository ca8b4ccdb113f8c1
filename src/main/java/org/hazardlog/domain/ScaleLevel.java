package org.hazardlog.domain;

/** One step of a likelihood or severity scale: "3 - Medium: Possible". */
public record ScaleLevel(int number, String name, String definition) {

    /** The option-line form the hazard templates use. */
    public String optionLine() {
        return number + " - " + name + ": " + definition;
    }
}
