package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.scheme.RiskSchemeFile;

/** A control imported without a category says it waits for triage until a category is chosen. */
@ExtendWith(ApplicationExtension.class)
class UnassignedControlTriageTest {

    private final HazardEditorModel model = new HazardEditorModel();

    @Start
    void start(Stage stage) {
        model.setScheme(RiskSchemeFile.defaultScheme());
        model.load(Hazard.builder().id(1L).version(1).number(4).name("Dose shown in the wrong unit")
                .controls(List.of(Control.proposed(ControlCategory.UNASSIGNED, "Show the unit beside every dose."))).build());
        stage.setScene(new Scene(new ScrollPane(new ControlsEditor(model, new SimpleObjectProperty<>(ControlVerification.none()))), 700, 400));
        stage.show();
    }

    @Test
    void theTriageNoteShowsUntilACategoryIsChosenAndUnassignedIsNotOfferedForANewControl(FxRobot robot) {
        Label note = robot.lookup("#controlTriage-0").query();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("For triage");

        ComboBox<ControlCategory> category = robot.lookup("#controlCategory-0").query();
        robot.interact(() -> category.setValue(ControlCategory.DESIGN));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#controlTriage-0").queryAs(Label.class).isVisible()).isFalse();
        MenuButton add = robot.lookup("#addControlButton").query();
        assertThat(add.getItems()).extracting(i -> i.getId()).doesNotContain("addControl-UNASSIGNED")
                .contains("addControl-DESIGN");
    }
}
