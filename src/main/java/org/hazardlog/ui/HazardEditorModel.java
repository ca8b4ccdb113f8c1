package org.hazardlog.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.ScoringWarning;
import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.ScoringCheck;

/**
 * The hazard being edited in the detail pane: every field as a property, whether they differ from
 * the stored copy, the risk levels and scoring warnings they give, and undo / redo of the edits.
 * Likelihood and severity use 0 for "not scored" because a choice cannot offer null.
 */
public final class HazardEditorModel {

    public static final int UNSCORED = 0;

    private Hazard original;
    private final ObjectProperty<RiskScheme> scheme = new SimpleObjectProperty<>();
    private final UndoStack undo = new UndoStack();

    public final StringProperty number = new SimpleStringProperty("");
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty project = new SimpleStringProperty("");
    public final StringProperty labelling = new SimpleStringProperty("");
    public final BooleanProperty logged = new SimpleBooleanProperty();
    public final BooleanProperty forTriage = new SimpleBooleanProperty();
    public final BooleanProperty deprecated = new SimpleBooleanProperty();
    public final StringProperty description = new SimpleStringProperty("");
    public final ObservableList<String> causes = FXCollections.observableArrayList();
    public final StringProperty effect = new SimpleStringProperty("");
    public final StringProperty hazard = new SimpleStringProperty("");
    public final ObservableList<String> hazardTypes = FXCollections.observableArrayList();
    public final StringProperty harm = new SimpleStringProperty("");
    public final StringProperty existingControls = new SimpleStringProperty("");
    public final ObjectProperty<Integer> initialLikelihood = new SimpleObjectProperty<>(UNSCORED);
    public final ObjectProperty<Integer> initialSeverity = new SimpleObjectProperty<>(UNSCORED);
    final ObservableList<ControlRow> controls = FXCollections.observableArrayList(
            r -> new Observable[] {r.category, r.party, r.text, r.status, r.owner, r.evidence, r.tests});
    public final ObjectProperty<Integer> residualLikelihood = new SimpleObjectProperty<>(UNSCORED);
    public final ObjectProperty<Integer> residualSeverity = new SimpleObjectProperty<>(UNSCORED);
    public final StringProperty residualAssessment = new SimpleStringProperty("");
    public final ObjectProperty<HazardStatus> status = new SimpleObjectProperty<>(HazardStatus.DRAFT);
    public final StringProperty statusText = new SimpleStringProperty("");
    public final StringProperty owner = new SimpleStringProperty("");
    public final StringProperty actionSummary = new SimpleStringProperty("");
    final ObservableList<LocationRow> locations = FXCollections.observableArrayList(
            r -> new Observable[] {r.path, r.startLine, r.endLine, r.note});

    /** Why the edit was made, kept with each changed field in the audit trail; not part of the hazard. */
    public final StringProperty reason = new SimpleStringProperty("");

    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty nameProblem = new SimpleStringProperty("");
    private final ObservableList<ScoringWarning> warnings = FXCollections.observableArrayList();
    private final ObjectBinding<Optional<RiskLevel>> initialRisk;
    private final ObjectBinding<Optional<RiskLevel>> residualRisk;
    private boolean loading;

    public HazardEditorModel() {
        initialRisk = riskOf(initialLikelihood, initialSeverity);
        residualRisk = riskOf(residualLikelihood, residualSeverity);
        trackAll();
        status.addListener((obs, was, now) -> {
            // The wording follows a status picked in the window, unless the user wrote their own.
            if (!loading && now != null
                    && (statusText.get().isBlank() || (was != null && statusText.get().equals(was.label())))) {
                undo.joinLast(() -> statusText.set(now.label()));
            }
        });
    }

    private void trackAll() {
        undo.track(name, "name");
        undo.track(project, "project");
        undo.track(labelling, "labelling");
        undo.track(logged, "label: hazard logged");
        undo.track(forTriage, "label: for triage");
        undo.track(deprecated, "label: deprecated");
        undo.track(description, "description");
        undo.track(causes, "causes");
        undo.track(effect, "effect");
        undo.track(hazard, "hazard");
        undo.track(hazardTypes, "hazard types");
        undo.track(harm, "harm");
        undo.track(existingControls, "existing controls");
        undo.track(initialLikelihood, "initial likelihood");
        undo.track(initialSeverity, "initial severity");
        undo.track(controls, "controls");
        undo.track(residualLikelihood, "residual likelihood");
        undo.track(residualSeverity, "residual severity");
        undo.track(residualAssessment, "residual risk assessment");
        undo.track(status, "status");
        undo.track(statusText, "status wording");
        undo.track(owner, "owner");
        undo.track(actionSummary, "action summary");
        undo.track(locations, "code locations");
        List<Observable> all = List.of(name, project, labelling, logged, forTriage, deprecated, description, causes,
                effect, hazard, hazardTypes, harm, existingControls, initialLikelihood, initialSeverity, controls,
                residualLikelihood, residualSeverity, residualAssessment, status, statusText, owner, actionSummary,
                locations);
        all.forEach(o -> o.addListener(x -> fieldChanged()));
    }

    /** Rows added later are tracked too, so a change of a control's status can be undone. */
    private ControlRow tracked(ControlRow r) {
        undo.track(r.category, "control category");
        undo.track(r.party, "control party");
        undo.track(r.text, "control text");
        undo.track(r.status, "control status");
        undo.track(r.owner, "control owner");
        undo.track(r.evidence, "control evidence");
        undo.track(r.tests, "control tests");
        return r;
    }

    private LocationRow tracked(LocationRow r) {
        undo.track(r.path, "code location path");
        undo.track(r.startLine, "code location start line");
        undo.track(r.endLine, "code location end line");
        undo.track(r.note, "code location note");
        return r;
    }

    private ObjectBinding<Optional<RiskLevel>> riskOf(ObjectProperty<Integer> likelihood, ObjectProperty<Integer> severity) {
        return Bindings.createObjectBinding(() -> scheme.get() == null ? Optional.empty()
                : scheme.get().riskLevel(assessment(likelihood, severity)), scheme, likelihood, severity);
    }

    private static Assessment assessment(ObjectProperty<Integer> likelihood, ObjectProperty<Integer> severity) {
        return new Assessment(levelOrNull(likelihood.get()), levelOrNull(severity.get()));
    }

    private static Integer levelOrNull(Integer v) {
        return v == null || v == UNSCORED ? null : v;
    }

    private static int levelOrZero(Integer v) {
        return v == null ? UNSCORED : v;
    }

    public void setScheme(RiskScheme s) {
        scheme.set(s);
    }

    public RiskScheme scheme() {
        return scheme.get();
    }

    public ObjectProperty<RiskScheme> schemeProperty() {
        return scheme;
    }

    /** Shows a stored hazard for editing; its edits start a fresh undo history. */
    public void load(Hazard h) {
        loading = true;
        try {
            undo.withoutRecording(() -> fill(h));
            original = h;
            editing.set(true);
            problem.set("");
            reason.set("");
        } finally {
            loading = false;
        }
        undo.clear();
        dirty.set(false);
        refreshChecks();
    }

    private void fill(Hazard h) {
        number.set(h.number() == null ? "" : String.valueOf(h.number()));
        name.set(h.name());
        project.set(h.project());
        labelling.set(h.labelling());
        logged.set(h.utilityLabels().contains(UtilityLabel.LOGGED));
        forTriage.set(h.utilityLabels().contains(UtilityLabel.FOR_TRIAGE));
        deprecated.set(h.utilityLabels().contains(UtilityLabel.DEPRECATED));
        description.set(h.description());
        causes.setAll(h.causes());
        effect.set(h.effect());
        hazard.set(h.hazard());
        hazardTypes.setAll(h.hazardTypes());
        harm.set(h.harm());
        existingControls.set(h.existingControls());
        initialLikelihood.set(levelOrZero(h.initial().likelihood()));
        initialSeverity.set(levelOrZero(h.initial().severity()));
        controls.setAll(h.controls().stream().map(ControlRow::new).map(this::tracked).toList());
        residualLikelihood.set(levelOrZero(h.residual().likelihood()));
        residualSeverity.set(levelOrZero(h.residual().severity()));
        residualAssessment.set(h.residualAssessment());
        status.set(h.status());
        statusText.set(h.statusText());
        owner.set(h.assignment());
        actionSummary.set(h.actionSummary());
        locations.setAll(h.codeLocations().stream().map(LocationRow::new).map(this::tracked).toList());
    }

    /** Starts a new, unsaved hazard: a draft until the CSO opens it. */
    public void startNew(String defaultOwner) {
        load(Hazard.builder().name("New hazard").status(HazardStatus.DRAFT).statusText(HazardStatus.DRAFT.label())
                .assignment(defaultOwner).build());
        original = null;
        undo.withoutRecording(() -> name.set(""));
        dirty.set(true);
    }

    public void clear() {
        original = null;
        reason.set("");
        editing.set(false);
        dirty.set(false);
        problem.set("");
        undo.clear();
    }

    public boolean isNew() {
        return editing.get() && original == null;
    }

    /** The hazard as edited; throws {@link InvalidValueException} naming the field that is wrong. */
    public Hazard edited() {
        Hazard.Builder b = original == null ? Hazard.builder() : original.toBuilder();
        Set<UtilityLabel> labels = EnumSet.noneOf(UtilityLabel.class);
        if (logged.get()) {
            labels.add(UtilityLabel.LOGGED);
        }
        if (forTriage.get()) {
            labels.add(UtilityLabel.FOR_TRIAGE);
        }
        if (deprecated.get()) {
            labels.add(UtilityLabel.DEPRECATED);
        }
        return b.name(name.get())
                .project(project.get())
                .labelling(labelling.get())
                .utilityLabels(labels)
                .description(description.get())
                .causes(new ArrayList<>(causes))
                .effect(effect.get())
                .hazard(hazard.get())
                .hazardTypes(new ArrayList<>(hazardTypes))
                .harm(harm.get())
                .existingControls(existingControls.get())
                .initial(assessment(initialLikelihood, initialSeverity))
                .controls(controls.stream().map(ControlRow::toControl).toList())
                .residual(assessment(residualLikelihood, residualSeverity))
                .residualAssessment(residualAssessment.get())
                .status(status.get())
                .statusText(statusText.get())
                .assignment(owner.get())
                .actionSummary(actionSummary.get())
                .codeLocations(locations.stream().map(LocationRow::toLocation).toList())
                .build();
    }

    private void fieldChanged() {
        if (loading || !editing.get()) {
            return;
        }
        problem.set("");
        nameProblem.set(name.get().isBlank() ? "A hazard needs a name." : "");
        if (original == null) {
            dirty.set(true);
        } else {
            try {
                dirty.set(!edited().sameContent(original));
            } catch (InvalidValueException e) {
                dirty.set(true);
            }
        }
        refreshChecks();
    }

    /** Scoring warnings follow every edit, so the CSO sees them before saving, not after. */
    private void refreshChecks() {
        if (scheme.get() == null || !editing.get()) {
            warnings.clear();
            return;
        }
        try {
            List<ScoringWarning> now = new ScoringCheck(scheme.get()).warnings(edited());
            if (!now.equals(warnings)) {
                warnings.setAll(now);
            }
        } catch (InvalidValueException e) {
            // An incomplete edit (no name yet, a half-typed line number) has no warnings to show yet.
        }
    }

    /** Called after a save: the saved copy becomes the one edits are compared with. */
    public void saved(Hazard stored) {
        loading = true;
        try {
            undo.withoutRecording(() -> fill(stored));
            original = stored;
            reason.set("");
        } finally {
            loading = false;
        }
        dirty.set(false);
        refreshChecks();
    }

    public void addControl(org.hazardlog.domain.ControlCategory category) {
        controls.add(tracked(ControlRow.blank(category)));
    }

    public void moveControl(int from, int to) {
        if (from < 0 || to < 0 || from >= controls.size() || to >= controls.size() || from == to) {
            return;
        }
        List<ControlRow> reordered = new ArrayList<>(controls);
        reordered.add(to, reordered.remove(from));
        controls.setAll(reordered);
    }

    public void removeControl(int index) {
        if (index >= 0 && index < controls.size()) {
            controls.remove(index);
        }
    }

    public void addLocation() {
        locations.add(tracked(LocationRow.blank()));
    }

    public void removeLocation(int index) {
        if (index >= 0 && index < locations.size()) {
            locations.remove(index);
        }
    }

    public void undo() {
        undo.undo();
    }

    public void redo() {
        undo.redo();
    }

    UndoStack undoStack() {
        return undo;
    }

    public Hazard original() {
        return original;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty editingProperty() {
        return editing;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public StringProperty nameProblemProperty() {
        return nameProblem;
    }

    public ObservableList<ScoringWarning> warnings() {
        return warnings;
    }

    public ObjectBinding<Optional<RiskLevel>> initialRisk() {
        return initialRisk;
    }

    public ObjectBinding<Optional<RiskLevel>> residualRisk() {
        return residualRisk;
    }

    public boolean isShowing(Hazard h) {
        return original != null && h != null && Objects.equals(original.id(), h.id());
    }
}
