package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;

/** The real window, driven headless through Monocle, as a CSO and an engineer would use it. */
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
        settings.put("currentUser", "QA");
        file = HazardLogFile.at(home.resolve("window-log-" + System.nanoTime()));
        try (HazardLogService log = HazardLogService.openOrCreate(file, "QA")) { // QA creates the log, so is its CSO
            ExampleLog.fill(log);
        }
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

    private TableView<Hazard> table(FxRobot robot) {
        return robot.lookup("#hazardTable").queryTableView();
    }

    private void reveal(FxRobot robot, String query) {
        HazardEditorView editor = robot.lookup("#hazardEditor").queryAs(HazardEditorView.class);
        Node node = robot.lookup(query).query();
        robot.interact(() -> {
            editor.applyCss();
            editor.layout();
            editor.reveal(node);
        });
    }

    private Hazard stored(int number) {
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            return log.hazard(number).orElseThrow();
        }
    }

    @Test
    void aHazardCreatedInTheWindowIsInTheTableAfterTheLogIsClosedAndReopened(FxRobot robot) {
        robot.clickOn("#newHazardButton");
        robot.clickOn("#nameField").write("Infusion pump rate shown in the wrong units");
        robot.clickOn("#saveButton");

        robot.interact(() -> model.close());
        robot.interact(() -> model = HazardLogApp.show(stage, file, settings));

        assertThat(table(robot).getItems()).extracting(Hazard::name)
                .contains("Infusion pump rate shown in the wrong units");
        assertThat(table(robot).getItems()).filteredOn(h -> h.number() == 6).singleElement()
                .extracting(Hazard::assignment).isEqualTo("QA");
        assertThat(stage.getTitle()).isEqualTo(file.displayName() + " \u2014 HazardLog");
    }

    @Test
    void theCsoScoresAHazardThroughTheMatrixPicker(FxRobot robot) {
        robot.clickOn("Early warning score calculated from stale observations");
        reveal(robot, "#initialMatrix");
        robot.clickOn("#initialMatrix-L4-S3");

        assertThat(robot.lookup("#initialMatrix-level").queryLabeled().getText()).isEqualTo("3 - Medium");
        assertThat(robot.lookup("#initialMatrix-summary").queryLabeled().getText())
                .isEqualTo("Likelihood 4 High  \u00b7  Severity 3 Considerable");
        assertThat(robot.lookup("#initialMatrix-acceptability").queryLabeled().getText()).startsWith("Undesirable");
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);

        assertThat(stored(5).initial()).isEqualTo(Assessment.of(4, 3));
        assertThat(table(robot).getItems()).filteredOn(h -> h.number() == 5).singleElement()
                .extracting(Hazard::initial).isEqualTo(Assessment.of(4, 3));
    }

    @Test
    void anEngineerChangesAControlStatusFromMyControls(FxRobot robot) {
        robot.clickOn("#myControlsTab");
        TableView<?> mine = robot.lookup("#myControlsTable").queryTableView();
        assertThat(mine.getItems()).as("QA owns one control of hazard 1 and one of hazard 2").hasSize(2);

        robot.clickOn("Regression tests for each allergy source.");
        int row = mine.getSelectionModel().getSelectedIndex();
        Node statusCell = robot.lookup("#myControlsTable .table-cell").match(
                (Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c && c.getTableRow() != null
                        && c.getTableRow().getIndex() == row && c.getTableColumn() != null
                        && "myControlStatusColumn".equals(c.getTableColumn().getId())).query();
        robot.doubleClickOn(statusCell);
        robot.clickOn("Effectiveness verified");
        WaitForAsyncUtils.waitForFxEvents();

        Hazard allergy = stored(2);
        assertThat(allergy.controls()).filteredOn(c -> c.text().startsWith("Regression tests")).singleElement()
                .extracting(c -> c.status()).isEqualTo(ControlStatus.EFFECTIVENESS_VERIFIED);
    }

    @Test
    void clickingAHeatMapCellFiltersTheTable(FxRobot robot) {
        robot.clickOn("#riskMapTab");
        assertThat(robot.lookup("#initialHeatMap-L3-S4").queryButton().getText()).isEqualTo("2");
        robot.clickOn("#initialHeatMap-L3-S4");

        assertThat(table(robot).getItems()).extracting(Hazard::number).containsExactlyInAnyOrder(1, 2);
        assertThat(robot.lookup("#hazardCount").queryLabeled().getText()).isEqualTo("2 of 5 hazards");
        assertThat(robot.lookup("#cellFilter").queryAs(Label.class).getText()).isEqualTo("Initial L3 \u00d7 S4");

        robot.clickOn("#clearFilters");
        assertThat(table(robot).getItems()).hasSize(5);
    }

    @Test
    void anUnsavedEditIsNotLostWhenSwitchingHazards(FxRobot robot) {
        robot.clickOn("Dose unit defaults to milligrams for a microgram medicine");
        robot.clickOn("#nameField").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Dose unit defaults to mg for a mcg medicine");

        robot.clickOn("Early warning score calculated from stale observations");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Keep editing");
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);

        assertThat(robot.lookup("#nameField").queryTextInputControl().getText())
                .isEqualTo("Dose unit defaults to mg for a mcg medicine");
        assertThat(robot.lookup("#hazardNumber").queryLabeled().getText()).isEqualTo("3");
        assertThat(table(robot).getSelectionModel().getSelectedItem().number()).isEqualTo(3);

        robot.clickOn("Early warning score calculated from stale observations");
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.Button b && "Save".equals(b.getText())
                && b.getScene() != stage.getScene());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stored(3).name()).isEqualTo("Dose unit defaults to mg for a mcg medicine");
        assertThat(robot.lookup("#hazardNumber").queryLabeled().getText()).isEqualTo("5");
    }
}
