package org.hazardlog.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The states of a hazard that a safety case must not pass over: each is something the log says
 * that a reader would otherwise take as safe. Computed from the log alone, against its risk scheme;
 * the safety case lists them, the CSO confirms them before approving, and the window and
 * {@code list --exceptions} show the same findings.
 */
public final class RiskExceptions {

    /** One kind of exception, with the sentence that explains it to a reader. */
    public enum Kind {
        REDUCED_WITHOUT_IMPLEMENTED_CONTROL("reduced-without-control",
                "Residual risk lower than the initial risk with no implemented or verified control"),
        CLOSED_AT_UNACCEPTABLE_RISK("closed-at-4-5", "Closed at a residual risk of level 4 or 5"),
        CLOSED_UNSCORED("closed-unscored", "Closed without a complete initial and residual score"),
        CLOSED_WITH_ONLY_PROPOSED_CONTROLS("closed-only-proposed",
                "Closed although every additional control is only proposed"),
        TRANSFERRED_WITHOUT_DEPLOYMENT_CONTROL("transferred-no-deployment-control",
                "Transferred with no control for the deploying organisation"),
        ACCEPTED_WITHOUT_JUSTIFICATION("accepted-without-justification",
                "Residual risk of level 2 or 3 accepted (Closed or Transferred) without a written justification"),
        DRAFT("draft", "Draft, not yet reviewed by the Clinical Safety Officer"),
        /** Needs the recorded test evidence, so found by {@code domain.evidence.EvidenceExceptions}, not {@link #of}. */
        RESIDUAL_UNVERIFIED("residual-unverified",
                "Residual risk unverified: a control it relies on has failing or missing test evidence");

        private final String key;
        private final String description;

        Kind(String key, String description) {
            this.key = key;
            this.description = description;
        }

        /** A short stable name for scripts and JSON, such as {@code closed-unscored}. */
        public String key() {
            return key;
        }

        public String description() {
            return description;
        }
    }

    /** One exception of one hazard. */
    public record Finding(int hazardNumber, String hazardName, Kind kind) {
    }

    private final RiskScheme scheme;

    public RiskExceptions(RiskScheme scheme) {
        this.scheme = scheme;
    }

    /** The exceptions of one hazard, in the order of {@link Kind}. */
    public List<Kind> of(Hazard h) {
        List<Kind> found = new ArrayList<>();
        Optional<RiskLevel> initial = scheme.riskLevel(h.initial());
        Optional<RiskLevel> residual = scheme.riskLevel(h.residual());
        boolean anyInPlace = h.controls().stream().anyMatch(c -> c.status().isInPlace());
        if (initial.isPresent() && residual.isPresent() && residual.get().number() < initial.get().number() && !anyInPlace) {
            found.add(Kind.REDUCED_WITHOUT_IMPLEMENTED_CONTROL);
        }
        int level = residual.map(RiskLevel::number).orElse(0);
        boolean closed = h.status() == HazardStatus.CLOSED;
        if (closed && level >= 4) {
            found.add(Kind.CLOSED_AT_UNACCEPTABLE_RISK);
        }
        if (closed && (initial.isEmpty() || residual.isEmpty())) {
            found.add(Kind.CLOSED_UNSCORED);
        }
        List<Control> counted = h.controls().stream().filter(c -> c.status() != ControlStatus.REJECTED).toList();
        if (closed && !counted.isEmpty() && counted.stream().allMatch(c -> c.status() == ControlStatus.PROPOSED)) {
            found.add(Kind.CLOSED_WITH_ONLY_PROPOSED_CONTROLS);
        }
        if (h.status() == HazardStatus.TRANSFERRED
                && h.controls().stream().noneMatch(c -> c.party() == ControlParty.DEPLOYMENT && c.status() != ControlStatus.REJECTED)) {
            found.add(Kind.TRANSFERRED_WITHOUT_DEPLOYMENT_CONTROL);
        }
        boolean accepted = closed || h.status() == HazardStatus.TRANSFERRED;
        if (accepted && (level == 2 || level == 3) && h.residualAssessment().isBlank()) {
            found.add(Kind.ACCEPTED_WITHOUT_JUSTIFICATION);
        }
        if (h.status() == HazardStatus.DRAFT) {
            found.add(Kind.DRAFT);
        }
        return found;
    }

    /** Every exception of the log, hazard by hazard. */
    public List<Finding> findings(List<Hazard> hazards) {
        List<Finding> all = new ArrayList<>();
        for (Hazard h : hazards) {
            for (Kind k : of(h)) {
                all.add(new Finding(h.number() == null ? 0 : h.number(), h.name(), k));
            }
        }
        return all;
    }

    /** How many hazards have each kind of exception; kinds with none are left out. */
    public static Map<Kind, Integer> counts(List<Finding> findings) {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        for (Finding f : findings) {
            counts.merge(f.kind(), 1, Integer::sum);
        }
        return counts;
    }

    public boolean hasAny(Hazard h) {
        return !of(h).isEmpty();
    }
}
