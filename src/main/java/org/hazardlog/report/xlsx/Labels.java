package org.hazardlog.report.xlsx;

import java.util.Locale;
import java.util.Optional;

import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.UtilityLabel;

/** Reads the words the workbook writes (and close variants people type) back into the domain's values. */
final class Labels {

    private Labels() {
    }

    static Optional<ControlStatus> status(String text) {
        String k = HazardColumn.key(text);
        for (ControlStatus s : ControlStatus.values()) {
            if (HazardColumn.key(s.label()).equals(k) || HazardColumn.key(s.name()).equals(k)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    static Optional<ControlParty> party(String text) {
        String k = HazardColumn.key(text);
        if (k.equals("deployment") || k.equals("deployingorganisation") || k.equals("deployingorganization")) {
            return Optional.of(ControlParty.DEPLOYMENT);
        }
        if (k.equals("manufacturer")) {
            return Optional.of(ControlParty.MANUFACTURER);
        }
        return Optional.empty();
    }

    static Optional<ControlCategory> category(String text) {
        String k = HazardColumn.key(text);
        for (ControlCategory c : ControlCategory.values()) {
            if (HazardColumn.key(c.label()).equals(k) || HazardColumn.key(c.name()).equals(k)) {
                return Optional.of(c);
            }
        }
        if (k.equals("testing")) {
            return Optional.of(ControlCategory.TEST);
        }
        if (k.equals("businessprocess")) {
            return Optional.of(ControlCategory.BUSINESS_PROCESS);
        }
        return Optional.empty();
    }

    /** "Open", "closed", "Open: awaiting residual scoring": the status a status cell begins with. */
    static Optional<HazardStatus> hazardStatus(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (HazardStatus s : HazardStatus.values()) {
            String label = s.label().toLowerCase(Locale.ROOT);
            if (lower.equals(label) || lower.startsWith(label + " ") || lower.startsWith(label + ":")
                    || lower.startsWith(label + ",") || lower.startsWith(label + " -")) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    static Optional<UtilityLabel> utilityLabel(String text) {
        String k = HazardColumn.key(text);
        for (UtilityLabel l : UtilityLabel.values()) {
            if (HazardColumn.key(l.label()).equals(k) || k.equals(String.valueOf(l.number()))
                    || k.startsWith(l.number() + HazardColumn.key(l.label()))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
