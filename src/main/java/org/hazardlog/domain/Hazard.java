package org.hazardlog.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the hazard log, with the fields of the DCB0129 representative hazard log and of the
 * Quill / DCSP hazard templates. Immutable: an edit makes a changed copy through {@link #toBuilder()}.
 *
 * <p>{@code id} and {@code version} belong to the store: the version is the copy's revision, and a
 * save based on an older revision is refused rather than overwriting someone else's change.
 */
public final class Hazard {

    private final Long id;
    private final long version;
    private final Integer number;
    private final String name;
    private final String description;
    private final List<String> causes;
    private final String effect;
    private final String hazard;
    private final List<String> hazardTypes;
    private final String harm;
    private final String existingControls;
    private final String assignment;
    private final String labelling;
    private final String project;
    private final Set<UtilityLabel> utilityLabels;
    private final Assessment initial;
    private final Assessment residual;
    private final String residualAssessment;
    private final String actionSummary;
    private final HazardStatus status;
    private final String statusText;
    private final List<Control> controls;
    private final List<CodeLocation> codeLocations;
    private int hash;

    private Hazard(Builder b) {
        if (b.number != null && b.number < 1) {
            throw new InvalidValueException("hazard number must be 1 or more, not " + b.number);
        }
        this.id = b.id;
        this.version = b.version;
        this.number = b.number;
        this.name = Text.require("hazard name", b.name, Text.MAX_LINE);
        this.description = Text.optional("description", b.description, Text.MAX_TEXT);
        Text.checkCount("causes", b.causes.size());
        Text.checkCount("hazard types", b.hazardTypes.size());
        Text.checkCount("controls", b.controls.size());
        Text.checkCount("code locations", b.codeLocations.size());
        this.causes = lines("cause", b.causes);
        this.effect = Text.optional("effect", b.effect, Text.MAX_TEXT);
        this.hazard = Text.optional("hazard", b.hazard, Text.MAX_TEXT);
        this.hazardTypes = lines("hazard type", b.hazardTypes).stream().distinct().toList();
        this.harm = Text.optional("harm", b.harm, Text.MAX_TEXT);
        this.existingControls = Text.optional("existing controls", b.existingControls, Text.MAX_TEXT);
        this.assignment = Text.optional("assignment", b.assignment, Text.MAX_LINE);
        this.labelling = Text.optional("labelling", b.labelling, Text.MAX_TEXT);
        this.project = Text.optional("project", b.project, Text.MAX_LINE);
        this.utilityLabels = b.utilityLabels.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(b.utilityLabels));
        this.initial = Objects.requireNonNullElse(b.initial, Assessment.UNSCORED);
        this.residual = Objects.requireNonNullElse(b.residual, Assessment.UNSCORED);
        this.residualAssessment = Text.optional("residual risk assessment", b.residualAssessment, Text.MAX_TEXT);
        this.actionSummary = Text.optional("action summary", b.actionSummary, Text.MAX_TEXT);
        this.status = Objects.requireNonNullElse(b.status, HazardStatus.DRAFT);
        this.statusText = Text.optional("status wording", b.statusText, Text.MAX_TEXT);
        this.controls = List.copyOf(b.controls);
        this.codeLocations = List.copyOf(b.codeLocations);
    }

    private static List<String> lines(String field, List<String> values) {
        List<String> kept = new ArrayList<>(values.size());
        for (String v : values) {
            String t = Text.optional(field, v, Text.MAX_TEXT);
            if (!t.isEmpty()) {
                kept.add(t);
            }
        }
        return List.copyOf(kept);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    /** The hazard number users cite ("Hazard 27"); null until the log assigns one. */
    public Integer number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<String> causes() {
        return causes;
    }

    /** The change to the intended care pathway. */
    public String effect() {
        return effect;
    }

    /** The potential for harm. */
    public String hazard() {
        return hazard;
    }

    public List<String> hazardTypes() {
        return hazardTypes;
    }

    /** What is scored: the harm to a patient, or the potential clinical impact. */
    public String harm() {
        return harm;
    }

    public String existingControls() {
        return existingControls;
    }

    /** The owner of the hazard; by default the Clinical Safety Officer. */
    public String assignment() {
        return assignment;
    }

    public String labelling() {
        return labelling;
    }

    public String project() {
        return project;
    }

    public Set<UtilityLabel> utilityLabels() {
        return utilityLabels;
    }

    public Assessment initial() {
        return initial;
    }

    public Assessment residual() {
        return residual;
    }

    public String residualAssessment() {
        return residualAssessment;
    }

    public String actionSummary() {
        return actionSummary;
    }

    public HazardStatus status() {
        return status;
    }

    /** The status in the words a user or an imported file gave; kept even when it maps to a status. */
    public String statusText() {
        return statusText;
    }

    public List<Control> controls() {
        return controls;
    }

    public List<CodeLocation> codeLocations() {
        return codeLocations;
    }

    public boolean isNew() {
        return id == null;
    }

    /** Field-for-field equality, store identity and revision included. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Hazard h && Objects.equals(id, h.id) && version == h.version && sameContent(h);
    }

    /** Equal in everything a user wrote, whatever the store's id and revision. */
    public boolean sameContent(Hazard h) {
        return Objects.equals(number, h.number) && name.equals(h.name) && description.equals(h.description)
                && causes.equals(h.causes) && effect.equals(h.effect) && hazard.equals(h.hazard)
                && hazardTypes.equals(h.hazardTypes) && harm.equals(h.harm)
                && existingControls.equals(h.existingControls) && assignment.equals(h.assignment)
                && labelling.equals(h.labelling) && project.equals(h.project)
                && utilityLabels.equals(h.utilityLabels) && initial.equals(h.initial)
                && residual.equals(h.residual) && residualAssessment.equals(h.residualAssessment)
                && actionSummary.equals(h.actionSummary) && status == h.status
                && statusText.equals(h.statusText) && controls.equals(h.controls)
                && codeLocations.equals(h.codeLocations);
    }

    @Override
    public int hashCode() {
        // Immutable, so worked out once: the table's filter looks hazards up by hash on every keystroke.
        int h = hash;
        if (h == 0) {
            h = Objects.hash(id, version, number, name);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "Hazard " + number + ": " + name;
    }

    /** Accumulates the fields of a hazard; {@link #build()} validates them. */
    public static final class Builder {
        private Long id;
        private long version;
        private Integer number;
        private String name;
        private String description;
        private List<String> causes = new ArrayList<>();
        private String effect;
        private String hazard;
        private List<String> hazardTypes = new ArrayList<>();
        private String harm;
        private String existingControls;
        private String assignment;
        private String labelling;
        private String project;
        private Set<UtilityLabel> utilityLabels = EnumSet.noneOf(UtilityLabel.class);
        private Assessment initial = Assessment.UNSCORED;
        private Assessment residual = Assessment.UNSCORED;
        private String residualAssessment;
        private String actionSummary;
        private HazardStatus status = HazardStatus.DRAFT;
        private String statusText;
        private List<Control> controls = new ArrayList<>();
        private List<CodeLocation> codeLocations = new ArrayList<>();

        private Builder() {
        }

        private Builder(Hazard h) {
            id = h.id;
            version = h.version;
            number = h.number;
            name = h.name;
            description = h.description;
            causes = new ArrayList<>(h.causes);
            effect = h.effect;
            hazard = h.hazard;
            hazardTypes = new ArrayList<>(h.hazardTypes);
            harm = h.harm;
            existingControls = h.existingControls;
            assignment = h.assignment;
            labelling = h.labelling;
            project = h.project;
            utilityLabels = h.utilityLabels.isEmpty()
                    ? EnumSet.noneOf(UtilityLabel.class) : EnumSet.copyOf(h.utilityLabels);
            initial = h.initial;
            residual = h.residual;
            residualAssessment = h.residualAssessment;
            actionSummary = h.actionSummary;
            status = h.status;
            statusText = h.statusText;
            controls = new ArrayList<>(h.controls);
            codeLocations = new ArrayList<>(h.codeLocations);
        }

        public Builder id(Long v) { id = v; return this; }
        public Builder version(long v) { version = v; return this; }
        public Builder number(Integer v) { number = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder causes(Collection<String> v) { causes = new ArrayList<>(v); return this; }
        public Builder effect(String v) { effect = v; return this; }
        public Builder hazard(String v) { hazard = v; return this; }
        public Builder hazardTypes(Collection<String> v) { hazardTypes = new ArrayList<>(v); return this; }
        public Builder harm(String v) { harm = v; return this; }
        public Builder existingControls(String v) { existingControls = v; return this; }
        public Builder assignment(String v) { assignment = v; return this; }
        public Builder labelling(String v) { labelling = v; return this; }
        public Builder project(String v) { project = v; return this; }
        public Builder utilityLabels(Collection<UtilityLabel> v) {
            utilityLabels = v.isEmpty() ? EnumSet.noneOf(UtilityLabel.class) : EnumSet.copyOf(v);
            return this;
        }
        public Builder initial(Assessment v) { initial = v; return this; }
        public Builder residual(Assessment v) { residual = v; return this; }
        public Builder residualAssessment(String v) { residualAssessment = v; return this; }
        public Builder actionSummary(String v) { actionSummary = v; return this; }
        public Builder status(HazardStatus v) { status = v; return this; }
        public Builder statusText(String v) { statusText = v; return this; }
        public Builder controls(Collection<Control> v) { controls = new ArrayList<>(v); return this; }
        public Builder codeLocations(Collection<CodeLocation> v) { codeLocations = new ArrayList<>(v); return this; }

        public Hazard build() {
            return new Hazard(this);
        }
    }
}
