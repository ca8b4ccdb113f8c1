package org.hazardlog.transfer.taxonomy;

/** One named kind of hazard, in the group it belongs to. */
public record HazardType(String name, String group, String description) {
}
