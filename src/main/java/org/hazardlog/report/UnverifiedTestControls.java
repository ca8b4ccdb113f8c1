package org.hazardlog.report;

import java.util.List;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;

/**
 * Controls of category Test whose implementation is not verified yet. They are not test issues
 * (defects found in testing, recorded as such); the safety case counts them and points to where
 * each is listed. Rejected controls are not counted: their rationale is recorded.
 */
public final class UnverifiedTestControls {

    private UnverifiedTestControls() {
    }

    public static int count(List<Hazard> hazards) {
        int n = 0;
        for (Hazard h : hazards) {
            for (Control c : h.controls()) {
                if (c.category() == ControlCategory.TEST && isUnverified(c.status())) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean isUnverified(ControlStatus status) {
        return status != ControlStatus.IMPLEMENTATION_VERIFIED
                && status != ControlStatus.EFFECTIVENESS_VERIFIED
                && status != ControlStatus.REJECTED;
    }
}
