package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.ui.MyControlsModel.Row;

/**
 * My controls in a log as an import leaves it: most controls have no owner. An Engineer finds
 * them, narrows them by category and party, and takes one; a Viewer cannot.
 */
@ExtendWith(ApplicationExtension.class)
class MyControlsWindowTest {

    private static final String REFRESH = "Refresh the ward list when it gains focus.";
    private static final String TRAIN = "Train ward clerks to check the wristband.";
    private static final String PHARMACY = "Pharmacy reviews every free-text prescription.";

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
        file = HazardLogFile.at(home.resolve("imported-" + System.nanoTime()));
        try (HazardLogService log = HazardLogService.openOrCreate(file, "cso")) {
            log.users().add("eve", Role.ENGINEER);
            log.users().add("val", Role.VIEWER);
            log.create(Hazard.builder().name("Wrong patient record opened from a stale ward list")
                    .controls(List.of(Control.proposed(ControlCategory.DESIGN, REFRESH),
                            Control.proposed(ControlCategory.TRAINING, TRAIN),
                            new Control(null, ControlCategory.TEST, ControlParty.MANUFACTURER,
                                    "UI test: a refresh during selection opens the chosen patient.",
                                    ControlStatus.IMPLEMENTED, "eve", "CI job ward-list")))
                    .build());
            log.create(Hazard.builder().name("Free-text medicine given without a dose unit")
                    .controls(List.of(Control.proposed(ControlCategory.BUSINESS_PROCESS, PHARMACY)))
                    .build());
        }
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> model.close());
        System.clearProperty("hazardlog.home");
    }

    private void openAs(FxRobot robot, String user) {
        robot.interact(() -> model = HazardLogApp.show(stage, file, settings, user));
        robot.clickOn("#myControlsTab");
    }

    private static TableView<Row> table(FxRobot robot, String id) {
        return robot.lookup(id).queryTableView();
    }

    private static List<String> texts(TableView<Row> table) {
        return table.getItems().stream().map(r -> r.control().text()).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Hazard stored(int number) {
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            return log.hazard(number).orElseThrow();
        }
    }

    private Control storedControl(int number, String text) {
        return stored(number).controls().stream().filter(c -> c.text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void controlsWithoutAnOwnerAreListedBesideTheEngineersOwnAndNarrowByCategoryAndParty(FxRobot robot) {
        openAs(robot, "eve");

        assertThat(texts(table(robot, "#myControlsTable")))
                .containsExactly("UI test: a refresh during selection opens the chosen patient.");
        assertThat(text(robot, "#myControlsCount")).isEqualTo("1 control");
        assertThat(texts(table(robot, "#unownedTable"))).containsExactly(REFRESH, TRAIN, PHARMACY);
        assertThat(text(robot, "#unownedCount")).isEqualTo("3 controls without an owner");

        ComboBox<ControlCategory> category = robot.lookup("#unownedCategory").queryComboBox();
        ComboBox<ControlParty> party = robot.lookup("#unownedParty").queryComboBox();
        robot.interact(() -> party.setValue(ControlParty.DEPLOYMENT));
        assertThat(texts(table(robot, "#unownedTable"))).containsExactly(TRAIN, PHARMACY);
        assertThat(text(robot, "#unownedCount")).isEqualTo("2 of 3 controls without an owner");

        robot.interact(() -> category.setValue(ControlCategory.BUSINESS_PROCESS));
        assertThat(texts(table(robot, "#unownedTable"))).containsExactly(PHARMACY);
        assertThat(text(robot, "#unownedCount")).isEqualTo("1 of 3 controls without an owner");

        robot.interact(() -> party.setValue(ControlParty.MANUFACTURER));
        assertThat(table(robot, "#unownedTable").getItems()).isEmpty();
        assertThat(text(robot, "#unownedCount")).isEqualTo("0 of 3 controls without an owner");

        robot.interact(() -> {
            category.setValue(null);
            party.setValue(null);
        });
        assertThat(texts(table(robot, "#unownedTable"))).containsExactly(REFRESH, TRAIN, PHARMACY);
    }

    @Test
    void assignToMeMakesTheEngineerTheOwnerAndTheAuditTrailRecordsIt(FxRobot robot) {
        openAs(robot, "eve");
        assertThat(robot.lookup("#assignToMe").queryButton().isDisabled()).as("nothing selected yet").isTrue();

        robot.clickOn(TRAIN);
        assertThat(text(robot, "#assignToMeHint"))
                .isEqualTo("Assign to me makes eve the owner of the selected control of hazard 1; the audit trail records it.");
        robot.clickOn("#assignToMe");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(storedControl(1, TRAIN).owner()).isEqualTo("eve");
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            List<AuditEvent> history = log.audit().history(1);
            AuditEvent last = history.get(history.size() - 1);
            assertThat(last.user()).isEqualTo("eve");
            assertThat(last.role()).isEqualTo(Role.ENGINEER);
            assertThat(last.field()).as("the audit trail names a control by its first 40 characters")
                    .isEqualTo("control \"Train ward clerks to check the wristb...\" owner");
            assertThat(last.newValue()).isEqualTo("eve");
        }
        assertThat(texts(table(robot, "#myControlsTable"))).contains(TRAIN);
        assertThat(texts(table(robot, "#unownedTable"))).containsExactly(REFRESH, PHARMACY);
        assertThat(text(robot, "#unownedCount")).isEqualTo("2 controls without an owner");
        assertThat(table(robot, "#unownedTable").getSelectionModel().getSelectedItem().control().text())
                .as("the next control is ready to be taken").isEqualTo(PHARMACY);
        assertThat(model.statusMessageProperty().get()).isEqualTo("Hazard 1: you now own the control \"" + TRAIN + "\".");
    }

    @Test
    void aViewerSeesWhyTheyCannotTakeAControl(FxRobot robot) {
        openAs(robot, "val");

        assertThat(texts(table(robot, "#unownedTable"))).hasSize(3);
        robot.clickOn(REFRESH);
        Button assign = robot.lookup("#assignToMe").queryButton();
        assertThat(assign.isDisabled()).isTrue();
        Tooltip why = (Tooltip) robot.lookup("#assignToMeHolder").query().getProperties().get("javafx.scene.control.Tooltip");
        String reason = "You are a Viewer: taking a control needs the Engineer or CSO role. "
                + "The CSO can change your role under Audit > Users.";
        assertThat(why.getText()).isEqualTo(reason);
        assertThat(text(robot, "#assignToMeHint")).isEqualTo(reason);

        assertThat(text(robot, "#myControlsEmpty")).isEqualTo("No controls are owned by this name.");
        robot.doubleClickOn(REFRESH);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(storedControl(1, REFRESH).owner()).isEmpty();
    }

    @Test
    void someoneTheLogDoesNotKnowReadsOnlyAndIsToldSo(FxRobot robot) {
        openAs(robot, "robert");

        robot.clickOn(REFRESH);
        assertThat(robot.lookup("#assignToMe").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#assignToMeHint")).isEqualTo("robert is not a user of this log, so the log is read "
                + "only: choose who you are under Audit > Who is working.");
    }

    @Test
    void aControlWhoseHazardChangedMeanwhileIsNotTakenAndNothingIsOverwritten(FxRobot robot) {
        openAs(robot, "eve");
        robot.clickOn(REFRESH);
        Hazard theirs;
        try (HazardLogService cso = HazardLogService.openOrCreate(file, "cso")) {
            Hazard h = cso.hazard(1).orElseThrow();
            theirs = cso.save(h.toBuilder().description("Seen on ward 7 after the overnight refresh.").build());
        }

        robot.clickOn("#assignToMe");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains("was changed by someone else")).tryQuery()).isPresent();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        Hazard now = stored(1);
        assertThat(now.version()).isEqualTo(theirs.version());
        assertThat(now.description()).isEqualTo("Seen on ward 7 after the overnight refresh.");
        assertThat(storedControl(1, REFRESH).owner()).isEmpty();
        assertThat(texts(table(robot, "#unownedTable"))).as("read again").contains(REFRESH);
        assertThat(model.hazards().get(0).version()).isEqualTo(theirs.version());
    }
}
