package org.hazardlog.code;

import java.util.ArrayList;
import java.util.List;

import org.hazardlog.domain.Hazard;

/** One code location of one hazard: the unit of work of a check, or of taking fingerprints. */
record HazardLocation(Hazard hazard, int index) {

    /** Every location of the hazards, in the log's order. */
    static List<HazardLocation> of(List<Hazard> hazards) {
        List<HazardLocation> all = new ArrayList<>();
        for (Hazard h : hazards) {
            for (int i = 0; i < h.codeLocations().size(); i++) {
                all.add(new HazardLocation(h, i));
            }
        }
        return all;
    }
}
