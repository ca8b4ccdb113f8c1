package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;

/** The real window, driven headless through Monocle. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path home;

    private Stage stage;
    private HazardLogFile file;
    private UserSettings settings;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty("hazardlog.home", home.toString());
        settings = UserSettings.load();
        settings.markExampleOffered();
        file = HazardLogFile.at(home.resolve("window-log-" + System.nanoTime()));
        model = HazardLogApp.show(stage, file, settings);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> {
            model.editor().clear(); // a failed step must not leave an unsaved-changes question open
            model.close();
        });
        System.clearProperty("hazardlog.home");
    }

    @Test
    void aHazardCreatedInTheWindowIsInTheTableAfterTheLogIsClosedAndReopened(FxRobot robot) {
        robot.clickOn("#newHazardButton");
        robot.clickOn("#nameField").write("Infusion pump rate shown in the wrong units");
        robot.clickOn("#initialLikelihood");
        robot.clickOn("3 - Medium");
        robot.clickOn("#initialSeverity");
        robot.clickOn("4 - Major");
        assertThat(robot.lookup("#initialRiskLabel").queryLabeled().getText()).isEqualTo("3 - Medium");
        assertThat(robot.lookup("#initialRiskLabelAcceptability").queryLabeled().getText()).startsWith("Undesirable level of risk");
        robot.clickOn("#saveButton");

        robot.interact(() -> model.close());
        robot.interact(() -> model = HazardLogApp.show(stage, file, settings));

        TableView<Hazard> table = robot.lookup("#hazardTable").queryTableView();
        assertThat(table.getItems()).singleElement().satisfies(h -> {
            assertThat(h.number()).isEqualTo(1);
            assertThat(h.name()).isEqualTo("Infusion pump rate shown in the wrong units");
            assertThat(h.initial()).isEqualTo(org.hazardlog.domain.Assessment.of(3, 4));
        });
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .anySatisfy(c -> assertThat(c.getText()).isEqualTo("Infusion pump rate shown in the wrong units"));
        assertThat(stage.getTitle()).isEqualTo(file.displayName() + " \u2014 HazardLog");
    }

    @Test
    void selectingARowShowsTheHazardInTheEditor(FxRobot robot) {
        robot.clickOn("#newHazardButton");
        robot.clickOn("#nameField").write("Lab result delayed");
        robot.clickOn("#saveButton");
        robot.clickOn("#newHazardButton");
        robot.clickOn("#nameField").write("Allergy not shown");
        robot.clickOn("#saveButton");

        robot.clickOn("Lab result delayed");

        assertThat(robot.lookup("#nameField").queryTextInputControl().getText()).isEqualTo("Lab result delayed");
        assertThat(robot.lookup("#hazardNumber").queryLabeled().getText()).isEqualTo("1");
    }
}
