package org.hazardlog.domain.access;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;

/**
 * Who may make which change to a hazard, worked out from the fields that change: every write path
 * (a save, several saves at once, My controls, an import) compares the stored hazard with the
 * changed one here, so no path can change a field its role may not.
 *
 * <p>A hazard's analysis (name, description, causes, controls as written, owner ...) is the
 * Engineer's to shape while the hazard is a draft, and the CSO's once the CSO has taken it out of
 * draft. The progress of a control (its status, evidence and owner) and the code locations are
 * the Engineer's at any time. Scores, status and the acceptance of residual risk are the CSO's.
 */
public final class AccessPolicy {

    /** One field or group of fields and the permission changing it needs beyond the analysis rule. */
    private record Field(String name, Function<Hazard, Object> value, Permission permission) {
    }

    private static final List<Field> CSO_FIELDS = List.of(
            new Field("status", h -> List.of(h.status(), h.statusText()), Permission.SET_STATUS),
            new Field("initial risk score", Hazard::initial, Permission.SCORE),
            new Field("residual risk score", Hazard::residual, Permission.SCORE),
            new Field("residual risk assessment", Hazard::residualAssessment, Permission.ACCEPT_RESIDUAL_RISK));

    private static final List<Field> ENGINEER_FIELDS = List.of(
            new Field("controls' status, evidence, owner or tests", AccessPolicy::controlProgress,
                    Permission.RECORD_CONTROL_PROGRESS),
            new Field("code locations", Hazard::codeLocations, Permission.EDIT_CODE_LOCATIONS));

    /** Fields whose permission depends on whether the hazard is still a draft. */
    private static final List<Field> ANALYSIS_FIELDS = List.of(
            new Field("number", Hazard::number, null),
            new Field("name", Hazard::name, null),
            new Field("description", Hazard::description, null),
            new Field("causes", Hazard::causes, null),
            new Field("effect", Hazard::effect, null),
            new Field("hazard", Hazard::hazard, null),
            new Field("hazard types", Hazard::hazardTypes, null),
            new Field("harm", Hazard::harm, null),
            new Field("existing controls", Hazard::existingControls, null),
            new Field("owner", Hazard::assignment, null),
            new Field("labelling", Hazard::labelling, null),
            new Field("project", Hazard::project, null),
            new Field("labels", Hazard::utilityLabels, null),
            new Field("action summary", Hazard::actionSummary, null),
            new Field("controls", AccessPolicy::controlDefinitions, null));

    private AccessPolicy() {
    }

    /** Refuses, naming the role needed, unless the actor may do what the permission allows. */
    public static void require(Actor who, Permission p) {
        require(who, p, p.description());
    }

    public static void require(Actor who, Permission p, String doing) {
        if (!who.may(p)) {
            throw refusal(who, p, doing, "");
        }
    }

    /** A new hazard: anyone who may propose one adds a draft; only the CSO adds one scored or past draft. */
    public static void checkCreate(Actor who, Hazard created) {
        String which = created.number() == null ? "a hazard" : "hazard " + created.number();
        require(who, Permission.PROPOSE_HAZARD, "Adding " + which);
        if (created.status() != HazardStatus.DRAFT) {
            require(who, Permission.SET_STATUS, "Adding " + which + " with status " + created.status().label());
        }
        if (!created.initial().isUnscored() || !created.residual().isUnscored()) {
            require(who, Permission.SCORE, "Adding " + which + " with a risk score");
        }
        if (!created.residualAssessment().isEmpty()) {
            require(who, Permission.ACCEPT_RESIDUAL_RISK, "Adding " + which + " with a residual risk assessment");
        }
    }

    /** A stored hazard changed: each changed field needs its permission. Nothing changed needs nothing. */
    public static void checkChange(Actor who, Hazard before, Hazard after) {
        String which = "hazard " + before.number();
        for (Field f : CSO_FIELDS) {
            check(who, f, before, after, f.permission(), which, "");
        }
        boolean draft = before.status() == HazardStatus.DRAFT;
        Permission analysis = draft ? Permission.EDIT_DRAFT : Permission.EDIT_ANALYSIS;
        String why = draft ? "" : " (" + Role.ENGINEER.label() + "s change a hazard's analysis only while it is a draft)";
        for (Field f : ANALYSIS_FIELDS) {
            check(who, f, before, after, analysis, which, why);
        }
        for (Field f : ENGINEER_FIELDS) {
            check(who, f, before, after, f.permission(), which, "");
        }
    }

    private static void check(Actor who, Field f, Hazard before, Hazard after, Permission p, String which, String why) {
        if (!Objects.equals(f.value().apply(before), f.value().apply(after)) && !who.may(p)) {
            throw refusal(who, p, "Changing the " + f.name() + " of " + which, who.isUser() ? why : "");
        }
    }

    private static AccessRefusedException refusal(Actor who, Permission p, String doing, String why) {
        String needs = p.rolesNeeded();
        String message = doing + " needs " + needs + "; " + who.describe() + why + ".";
        if (who.name().isBlank()) {
            message = doing + " needs " + needs + ", and nobody is named as working: say who you are first.";
        }
        return new AccessRefusedException(p, message);
    }

    /** The controls as written: which controls there are, in which order, and what each says. */
    private static List<List<Object>> controlDefinitions(Hazard h) {
        return h.controls().stream()
                .map(c -> List.<Object>of(Objects.toString(c.id()), c.category(), c.party(), c.text()))
                .toList();
    }

    /**
     * The work done on each control, keyed by the control, so a reordering is not mistaken for
     * progress. The tests that verify a control are the engineers' to link, as verification is.
     */
    private static List<List<Object>> controlProgress(Hazard h) {
        return h.controls().stream()
                .sorted(Comparator.comparing((Control c) -> Objects.toString(c.id())).thenComparing(Control::text))
                .map(c -> List.<Object>of(Objects.toString(c.id()), c.text(), c.status(), c.owner(), c.evidence(),
                        c.tests()))
                .toList();
    }
}
