package org.hazardlog.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.risk.RiskLevel;
import org.hazardlog.domain.risk.RiskScheme;

/**
 * The hazard being edited in the detail pane: its core fields as properties, whether they differ
 * from the stored copy, and the risk levels they give. Likelihood and severity use 0 for "not
 * scored" because a combo box cannot offer null as a choice.
 */
public final class HazardEditorModel {

    public static final int UNSCORED = 0;

    private Hazard original;
    private final ObjectProperty<RiskScheme> scheme = new SimpleObjectProperty<>();

    public final StringProperty number = new SimpleStringProperty("");
    public final StringProperty name = new SimpleStringProperty("");
    public final StringProperty description = new SimpleStringProperty("");
    public final StringProperty causes = new SimpleStringProperty("");
    public final StringProperty harm = new SimpleStringProperty("");
    public final StringProperty owner = new SimpleStringProperty("");
    public final ObjectProperty<HazardStatus> status = new SimpleObjectProperty<>(HazardStatus.DRAFT);
    public final StringProperty statusText = new SimpleStringProperty("");
    public final ObjectProperty<Integer> initialLikelihood = new SimpleObjectProperty<>(UNSCORED);
    public final ObjectProperty<Integer> initialSeverity = new SimpleObjectProperty<>(UNSCORED);
    public final ObjectProperty<Integer> residualLikelihood = new SimpleObjectProperty<>(UNSCORED);
    public final ObjectProperty<Integer> residualSeverity = new SimpleObjectProperty<>(UNSCORED);
    public final StringProperty residualAssessment = new SimpleStringProperty("");

    private final BooleanProperty editing = new SimpleBooleanProperty(false);
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectBinding<Optional<RiskLevel>> initialRisk;
    private final ObjectBinding<Optional<RiskLevel>> residualRisk;
    private boolean loading;

    public HazardEditorModel() {
        initialRisk = riskOf(initialLikelihood, initialSeverity);
        residualRisk = riskOf(residualLikelihood, residualSeverity);
        for (ObservableValue<?> field : fields()) {
            field.addListener((obs, was, now) -> fieldChanged());
        }
        status.addListener((obs, was, now) -> {
            // The wording follows a status picked in the window, unless the user wrote their own.
            if (!loading && now != null && (statusText.get().isBlank() || (was != null && statusText.get().equals(was.label())))) {
                statusText.set(now.label());
            }
        });
    }

    private List<ObservableValue<?>> fields() {
        return Arrays.asList(name, description, causes, harm, owner, status, statusText, initialLikelihood,
                initialSeverity, residualLikelihood, residualSeverity, residualAssessment);
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

    /** Shows a stored hazard for editing. */
    public void load(Hazard h) {
        loading = true;
        try {
            original = h;
            number.set(h.number() == null ? "" : String.valueOf(h.number()));
            name.set(h.name());
            description.set(h.description());
            causes.set(String.join("\n", h.causes()));
            harm.set(h.harm());
            owner.set(h.assignment());
            status.set(h.status());
            statusText.set(h.statusText());
            initialLikelihood.set(levelOrZero(h.initial().likelihood()));
            initialSeverity.set(levelOrZero(h.initial().severity()));
            residualLikelihood.set(levelOrZero(h.residual().likelihood()));
            residualSeverity.set(levelOrZero(h.residual().severity()));
            residualAssessment.set(h.residualAssessment());
            editing.set(true);
            problem.set("");
        } finally {
            loading = false;
        }
        dirty.set(false);
    }

    /** Starts a new, unsaved hazard: a draft until the CSO opens it. */
    public void startNew() {
        load(Hazard.builder().name("New hazard").status(HazardStatus.DRAFT).statusText(HazardStatus.DRAFT.label()).build());
        original = null;
        name.set("");
        dirty.set(true);
    }

    public void clear() {
        original = null;
        editing.set(false);
        dirty.set(false);
        problem.set("");
    }

    public boolean isNew() {
        return editing.get() && original == null;
    }

    /** The hazard as edited; throws {@link InvalidValueException} naming the field that is wrong. */
    public Hazard edited() {
        Hazard.Builder b = original == null ? Hazard.builder() : original.toBuilder();
        return b.name(name.get())
                .description(description.get())
                .causes(Arrays.stream(causes.get().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .harm(harm.get())
                .assignment(owner.get())
                .status(status.get())
                .statusText(statusText.get())
                .initial(assessment(initialLikelihood, initialSeverity))
                .residual(assessment(residualLikelihood, residualSeverity))
                .residualAssessment(residualAssessment.get())
                .build();
    }

    private void fieldChanged() {
        if (loading || !editing.get()) {
            return;
        }
        problem.set("");
        if (original == null) {
            dirty.set(true);
            return;
        }
        try {
            dirty.set(!edited().sameContent(original));
        } catch (InvalidValueException e) {
            dirty.set(true);
        }
    }

    /** Called after a save: the saved copy becomes the one edits are compared with. */
    public void saved(Hazard stored) {
        load(stored);
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
