package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.ScoringWarning;
import org.hazardlog.scheme.RiskSchemeFile;

/** Editing one hazard: undo and redo, dirty tracking and live scoring warnings. */
class HazardEditorModelTest {

    private final HazardEditorModel editor = new HazardEditorModel();
    private Hazard wrongPatient;

    @BeforeEach
    void load() {
        editor.setScheme(RiskSchemeFile.defaultScheme());
        wrongPatient = ExampleLog.hazards().get(0).toBuilder().id(10L).version(1).build();
        editor.load(wrongPatient);
    }

    @Test
    void undoTakesBackEditsInReverseOrderAndRedoDoesThemAgain() {
        editor.name.set("Renamed");
        editor.status.set(HazardStatus.CLOSED);
        editor.addControl(ControlCategory.TEST);

        editor.undo();
        assertThat(editor.controls).hasSize(3);
        editor.undo();
        assertThat(editor.status.get()).isEqualTo(HazardStatus.OPEN);
        assertThat(editor.statusText.get()).as("the wording that followed the status goes back with it").isEqualTo("Open");
        editor.undo();
        assertThat(editor.name.get()).isEqualTo(wrongPatient.name());
        assertThat(editor.isDirty()).isFalse();

        editor.redo();
        assertThat(editor.name.get()).isEqualTo("Renamed");
        assertThat(editor.isDirty()).isTrue();
    }

    @Test
    void typingInOneFieldIsOneUndoStep() {
        editor.description.set("A");
        editor.description.set("AB");
        editor.description.set("ABC");
        editor.undo();
        assertThat(editor.description.get()).isEqualTo(wrongPatient.description());
    }

    @Test
    void aControlStatusChangeCanBeUndone() {
        editor.controls.get(1).status.set(ControlStatus.EFFECTIVENESS_VERIFIED);
        assertThat(editor.edited().controls().get(1).status()).isEqualTo(ControlStatus.EFFECTIVENESS_VERIFIED);
        editor.undo();
        assertThat(editor.edited().controls().get(1).status()).isEqualTo(ControlStatus.IMPLEMENTED);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void loadingAnotherHazardStartsAFreshUndoHistory() {
        editor.name.set("Renamed");
        editor.load(ExampleLog.hazards().get(1).toBuilder().id(11L).build());
        editor.undo();
        assertThat(editor.name.get()).isEqualTo(ExampleLog.hazards().get(1).name());
    }

    @Test
    void scoringWarningsFollowTheEdits() {
        assertThat(editor.warnings()).isEmpty();
        editor.controls.forEach(c -> c.status.set(ControlStatus.PROPOSED));
        editor.residualLikelihood.set(1);
        editor.residualSeverity.set(1);
        assertThat(editor.warnings()).containsExactly(ScoringWarning.REDUCTION_WITHOUT_CONTROL_IN_PLACE);
        editor.controls.get(0).status.set(ControlStatus.IMPLEMENTED);
        assertThat(editor.warnings()).isEmpty();
    }

    @Test
    void reorderingAndRemovingControlsKeepsTheirIdentity() {
        Hazard stored = wrongPatient.toBuilder().controls(wrongPatient.controls().stream()
                .map(c -> c.withId((long) c.text().length())).toList()).build();
        editor.load(stored);
        editor.moveControl(0, 2);
        editor.removeControl(0);
        assertThat(editor.edited().controls()).extracting(c -> c.id())
                .containsExactly(stored.controls().get(2).id(), stored.controls().get(0).id());
    }

    @Test
    void aHalfTypedLineNumberIsReportedNotGuessed() {
        editor.addLocation();
        editor.locations.get(2).path.set("src/a.py");
        editor.locations.get(2).startLine.set("12x");
        org.assertj.core.api.Assertions.assertThatThrownBy(editor::edited)
                .hasMessage("code location src/a.py: start line \"12x\" is not a number");
    }

    @Test
    void unscoringIsAnExplicitChoiceThatGivesNoLevel() {
        editor.initialLikelihood.set(HazardEditorModel.UNSCORED);
        editor.initialSeverity.set(HazardEditorModel.UNSCORED);
        assertThat(editor.edited().initial()).isEqualTo(Assessment.UNSCORED);
        assertThat(editor.initialRisk().get()).isEmpty();
    }
}
