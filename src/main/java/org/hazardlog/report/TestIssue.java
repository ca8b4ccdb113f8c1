package org.hazardlog.report;

import java.util.ArrayList;
import java.util.List;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;

/**
 * A test control whose implementation has not been verified yet: an outstanding test issue for
 * section 8 of the safety case. Rejected controls are not outstanding (their rationale is recorded).
 */
public record TestIssue(Hazard hazard, Control control) {

    public static List<TestIssue> outstanding(List<Hazard> hazards) {
        List<TestIssue> issues = new ArrayList<>();
        for (Hazard h : hazards) {
            for (Control c : h.controls()) {
                if (c.category() == ControlCategory.TEST && isOutstanding(c.status())) {
                    issues.add(new TestIssue(h, c));
                }
            }
        }
        return issues;
    }

    static boolean isOutstanding(ControlStatus status) {
        return status != ControlStatus.IMPLEMENTATION_VERIFIED
                && status != ControlStatus.EFFECTIVENESS_VERIFIED
                && status != ControlStatus.REJECTED;
    }
}
