package org.hazardlog.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardChanges;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.RiskScheme;

/**
 * What importing hazards does to a log, hazard by hazard: a hazard whose number the log already
 * has updates that hazard (or leaves it as it is, when nothing differs); any other is created. The
 * window shows a plan as its preview; {@link HazardLogService#importHazards} makes the plan again
 * inside its transaction, carries it out and returns it with the hazards as stored.
 *
 * <p>Steps are in the order of the incoming hazards.
 */
public final class ImportPlan {

    public enum Action {
        CREATE("create", "created"),
        UPDATE("update", "updated"),
        UNCHANGED("unchanged", "unchanged");

        private final String planned;
        private final String done;

        Action(String planned, String done) {
            this.planned = planned;
            this.done = done;
        }

        /** As a preview says it: "create". */
        public String planned() {
            return planned;
        }

        /** As a report says it: "created". */
        public String done() {
            return done;
        }
    }

    /**
     * One hazard of the import. {@code hazard} is the incoming content under the stored hazard's
     * identity (store id, revision, and the ids of the controls matched to stored ones), which is
     * what gets saved; once carried out, it is the hazard as stored. {@code before} is the log's
     * copy before the import, null for a hazard to create. {@code changes} is empty unless updated.
     * {@code notes} say which controls were matched although their text changed; {@code
     * removedWithProgress} are stored controls the file no longer has although work was recorded on
     * them (a status past Proposed, or evidence): removing them needs the user's consent.
     */
    public record Step(Action action, Hazard hazard, Hazard before, HazardChanges changes, List<String> notes,
                       List<Control> removedWithProgress) {

        public Step {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(hazard, "hazard");
            Objects.requireNonNull(changes, "changes");
            notes = List.copyOf(notes);
            removedWithProgress = List.copyOf(removedWithProgress);
        }

        public Step(Action action, Hazard hazard, Hazard before, HazardChanges changes) {
            this(action, hazard, before, changes, List.of(), List.of());
        }

        /** A hazard without a number (a copied web page) is always created, with the next free number. */
        public boolean getsNextNumber() {
            return action == Action.CREATE && hazard.number() == null;
        }
    }

    /** The changes of a step that changes nothing, worked out once. */
    private static final HazardChanges NONE = HazardChanges.between(
            Hazard.builder().name("none").build(), Hazard.builder().name("none").build());

    private final List<Step> steps;
    private final boolean carriedOut;

    private ImportPlan(List<Step> steps, boolean carriedOut) {
        this.steps = List.copyOf(steps);
        this.carriedOut = carriedOut;
    }

    /**
     * Plans the import of {@code incoming} into a log that holds {@code stored}. Refuses a number
     * that comes twice: there would be no telling which copy is meant.
     */
    public static ImportPlan of(List<Hazard> incoming, List<Hazard> stored, RiskScheme scheme) {
        Map<Integer, Hazard> byNumber = new HashMap<>();
        stored.forEach(h -> byNumber.put(h.number(), h));
        Set<Integer> seen = new HashSet<>();
        List<Step> steps = new ArrayList<>(incoming.size());
        for (Hazard h : incoming) {
            if (h.number() != null && !seen.add(h.number())) {
                throw new InvalidValueException("hazard number " + h.number() + " is given twice in this import");
            }
            Hazard before = h.number() == null ? null : byNumber.get(h.number());
            steps.add(step(h, before, scheme));
        }
        return new ImportPlan(steps, false);
    }

    private static Step step(Hazard incoming, Hazard before, RiskScheme scheme) {
        Hazard fresh = incoming.toBuilder().id(null).version(0).controls(incoming.controls().stream()
                .map(c -> c.withId(null)).toList()).build();
        if (before == null) {
            return new Step(Action.CREATE, fresh, null, NONE);
        }
        ControlMatching.Result matched = ControlMatching.match(fresh.controls(), before.controls());
        Hazard merged = fresh.toBuilder().id(before.id()).version(before.version()).controls(matched.controls()).build();
        if (merged.sameContent(before)) {
            return new Step(Action.UNCHANGED, before, before, NONE);
        }
        List<Control> removed = matched.removals().stream()
                .filter(ControlMatching.Removal::hasProgress).map(ControlMatching.Removal::control).toList();
        return new Step(Action.UPDATE, merged, before, HazardChanges.between(before, merged, scheme), matched.notes(), removed);
    }

    /**
     * The incoming content as a new revision of the stored hazard. A control keeps its id when it
     * is matched to a stored control (see {@link ControlMatching}), so that an engineer's status,
     * owner and evidence stay attached to the same control.
     */
    static Hazard withIdentityOf(Hazard incoming, Hazard stored) {
        return incoming.toBuilder().id(stored.id()).version(stored.version())
                .controls(ControlMatching.match(incoming.controls(), stored.controls()).controls()).build();
    }

    /** The same plan with each step's hazard as the log now stores it (same order as the steps). */
    ImportPlan carriedOut(List<Hazard> stored) {
        if (stored.size() != steps.size()) {
            throw new IllegalArgumentException(stored.size() + " stored hazards for " + steps.size() + " steps");
        }
        List<Step> done = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            done.add(new Step(s.action(), stored.get(i), s.before(), s.changes(), s.notes(), s.removedWithProgress()));
        }
        return new ImportPlan(done, true);
    }

    public List<Step> steps() {
        return steps;
    }

    /** True for the result of an import, false for a preview. */
    public boolean isCarriedOut() {
        return carriedOut;
    }

    public List<Step> steps(Action action) {
        return steps.stream().filter(s -> s.action() == action).toList();
    }

    public int count(Action action) {
        return (int) steps.stream().filter(s -> s.action() == action).count();
    }

    /** Stored controls with recorded work that the import would remove, by hazard: each needs consent. */
    public List<Step> stepsRemovingProgress() {
        return steps.stream().filter(s -> !s.removedWithProgress().isEmpty()).toList();
    }

    /**
     * "hazard 3: Design control "Audit the feed" (Implemented)", one line per control with recorded
     * work that the import would remove.
     */
    public List<String> removalsWithProgress() {
        List<String> lines = new ArrayList<>();
        for (Step s : stepsRemovingProgress()) {
            for (Control c : s.removedWithProgress()) {
                lines.add("hazard " + s.hazard().number() + ": " + c.category().label() + " control \"" + c.text()
                        + "\" (" + c.status().label() + (c.evidence().isEmpty() ? "" : ", with evidence") + ")");
            }
        }
        return lines;
    }

    /** Whether carrying it out would write anything. */
    public boolean changesTheLog() {
        return steps.stream().anyMatch(s -> s.action() != Action.UNCHANGED);
    }

    /** "45 created, 2 updated, 1 unchanged" (or "to create" ... for a preview). */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Action a : Action.values()) {
            int n = count(a);
            parts.add(carriedOut ? n + " " + a.done() : n + (a == Action.UNCHANGED ? " unchanged" : " to " + a.planned()));
        }
        return String.join(", ", parts);
    }
}
