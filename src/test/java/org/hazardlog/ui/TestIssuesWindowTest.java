package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.testissue.TestIssueDetails;
import org.hazardlog.store.HazardLogFile;

/** The Test issues tab: an Engineer records, resolves and filters test issues; a Viewer only reads them. */
@ExtendWith(ApplicationExtension.class)
class TestIssuesWindowTest {

    @TempDir
    static Path home;

    private Stage stage;
    private HazardLogFile file;
    private FakeDialogs dialogs;
    private MainViewModel main;
    private TestIssuesView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty("hazardlog.home", home.toString());
        file = HazardLogFile.at(home.resolve("log-" + System.nanoTime()));
        try (HazardLogService log = HazardLogService.openOrCreate(file, "cso")) {
            log.users().add("eve", Role.ENGINEER);
            log.users().add("val", Role.VIEWER);
            log.create(Hazard.builder().name("Wrong patient record opened from a stale ward list").build());
            log.testIssues().add("TI-001", new TestIssueDetails("Ward list not refreshed after transfer", "", List.of(1),
                    "A nurse could open the previous patient's record."));
        }
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> main.close());
        System.clearProperty("hazardlog.home");
    }

    private void openAs(FxRobot robot, String user) {
        robot.interact(() -> {
            dialogs = new FakeDialogs();
            main = new MainViewModel(dialogs, UserSettings.load());
            view = new TestIssuesView(main);
            main.openAs(file, user);
            stage.setScene(new Scene(view, 1100, 600));
            stage.show();
        });
    }

    private List<TestIssue> stored() {
        try (HazardLogService log = HazardLogService.openToRead(file, "val")) {
            return log.testIssues().list();
        }
    }

    private TableView<TestIssue> table(FxRobot robot) {
        return robot.lookup("#testIssueTable").queryTableView();
    }

    @Test
    void anEngineerAddsResolvesAndFiltersTestIssues(FxRobot robot) {
        openAs(robot, "eve");
        assertThat(table(robot).getItems()).extracting(TestIssue::id).containsExactly("TI-001");

        robot.clickOn("#newTestIssue");
        robot.clickOn("#testIssueTitle").write("Dose field accepts tenfold values");
        robot.clickOn("#testIssueHazards").write("1");
        robot.clickOn("#testIssueImpact").write("A tenfold insulin dose could be given.");
        robot.clickOn("#saveTestIssue");
        assertThat(dialogs.errors).isEmpty();
        assertThat(stored()).extracting(TestIssue::id).containsExactly("TI-001", "TI-002");
        assertThat(table(robot).getItems()).hasSize(2);
        assertThat(robot.lookup("#testIssueId").queryAs(TextField.class).getText()).isEqualTo("TI-002");

        dialogs.choices.add("Upper limit added in 3.2.1; test ST-40 passes.");
        robot.clickOn("#resolveTestIssue");
        assertThat(stored().get(1).resolved()).hasValueSatisfying(r -> assertThat(r.by()).isEqualTo("eve"));
        assertThat(robot.lookup("#testIssueState").queryAs(Label.class).getText()).startsWith("Resolved by eve");
        assertThat(robot.lookup("#resolveTestIssue").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#reopenTestIssue").queryButton().isDisabled()).isFalse();

        robot.interact(() -> view.model().shownProperty().set(TestIssuesModel.Shown.OPEN));
        assertThat(table(robot).getItems()).extracting(TestIssue::id).containsExactly("TI-001");
        assertThat(robot.lookup("#testIssueCount").queryAs(Label.class).getText()).isEqualTo("2 test issues: 1 open, 1 resolved");
    }

    @Test
    void anUnknownHazardIsRefusedWithAMessageAndNothingIsSaved(FxRobot robot) {
        openAs(robot, "eve");
        robot.clickOn("#newTestIssue");
        robot.clickOn("#testIssueTitle").write("Allergy banner hidden");
        robot.clickOn("#testIssueHazards").write("1, 99");
        robot.clickOn("#saveTestIssue");
        assertThat(dialogs.errors).singleElement().asString().contains("Hazard 99 is not in this log");
        assertThat(stored()).hasSize(1);

        robot.interact(() -> view.model().hazardsProperty().set("one"));
        robot.clickOn("#saveTestIssue");
        assertThat(dialogs.errors).last().asString().contains("\"one\" is not a number");
    }

    @Test
    void unsavedChangesAreNotDroppedWithoutAsking(FxRobot robot) {
        openAs(robot, "eve");
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        robot.interact(() -> view.model().titleProperty().set("Ward list not refreshed after a bed move"));
        dialogs.confirmAnswer = false;
        robot.clickOn("#newTestIssue");
        assertThat(dialogs.confirmations).isEqualTo(1);
        assertThat(view.model().titleProperty().get()).isEqualTo("Ward list not refreshed after a bed move");
        robot.clickOn("#saveTestIssue");
        assertThat(stored().get(0).title()).isEqualTo("Ward list not refreshed after a bed move");
    }

    @Test
    void aViewerReadsButCannotChange(FxRobot robot) {
        openAs(robot, "val");
        robot.interact(() -> table(robot).getSelectionModel().select(0));
        assertThat(robot.lookup("#testIssueTitle").queryAs(TextField.class).isEditable()).isFalse();
        for (String id : List.of("#newTestIssue", "#saveTestIssue", "#resolveTestIssue", "#reopenTestIssue")) {
            assertThat(robot.lookup(id).queryAs(Button.class).isDisabled()).as(id).isTrue();
        }
        assertThat(robot.lookup("#testIssueReadOnly").queryAs(Label.class).getText())
                .contains("you are a Viewer", "Engineer or CSO");
    }
}
