package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.version.VersionSummary;
import org.hazardlog.store.HazardLogFile;

/** The CSO issues a signed version from the window; an Engineer sees the CSO's parts greyed out. */
@ExtendWith(ApplicationExtension.class)
class AccountabilityWindowTest {

    private static final String PASSWORD = "signing password";

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
        file = HazardLogFile.at(home.resolve("signed-log-" + System.nanoTime()));
        try (HazardLogService log = HazardLogService.create(file, "QA", PASSWORD.toCharArray())) {
            ExampleLog.fill(log);
            log.users().add("Engineer Eve", Role.ENGINEER);
        }
        model = HazardLogApp.show(stage, file, settings);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> {
            model.editor().clear();
            model.close();
        });
        System.clearProperty("hazardlog.home");
    }

    private java.util.List<VersionSummary> versions() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, "QA")) {
            return log.versions().list();
        }
    }

    private void openIssueDialog(FxRobot robot) {
        robot.clickOn("Audit");
        robot.clickOn("Issue version\u2026");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the window did not get there within 30 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCsoIssuesAVersionSignedWithTheirPassword(FxRobot robot) {
        assertThat(robot.lookup("#whoIsWorking").queryAs(Label.class).getText()).isEqualTo("Working: QA (CSO)");
        openIssueDialog(robot);
        robot.clickOn("#issueSummary").write("Release 2.4 for the pilot wards");
        robot.clickOn("#issuePassword").write(PASSWORD);
        robot.clickOn("#issueSignButton");
        // Issuing runs in the background: the dialog closes when the version is stored.
        waitUntil(() -> robot.lookup("#issueSummary").tryQuery().isEmpty());

        assertThat(versions()).singleElement().satisfies(v -> {
            assertThat(v.summary()).isEqualTo("Release 2.4 for the pilot wards");
            assertThat(v.signature().name()).isEqualTo("QA");
            assertThat(v.signature().role()).isEqualTo(Role.CSO);
            assertThat(v.hazardCount()).isEqualTo(5);
        });
    }

    @Test
    void aWrongPasswordKeepsTheDialogOpenAndIssuesNothing(FxRobot robot) {
        openIssueDialog(robot);
        robot.clickOn("#issueSummary").write("Release 2.4");
        robot.clickOn("#issuePassword").write("not my password");
        robot.clickOn("#issueSignButton");
        waitUntil(() -> robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains("is not right")).tryQuery().isPresent());

        assertThat(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().contains("is not right")).tryQuery()).isPresent();
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#issueSummary").queryTextInputControl().getText()).isEqualTo("Release 2.4");
        assertThat(robot.lookup("#issuePassword").queryTextInputControl().getText()).isEmpty();
        assertThat(versions()).isEmpty();
        robot.clickOn("Cancel");
    }

    @Test
    void anEngineerSeesScoresAndStatusGreyedOutAndCannotIssue(FxRobot robot) {
        robot.interact(() -> model.currentUserProperty().set("Engineer Eve"));
        assertThat(robot.lookup("#whoIsWorking").queryAs(Label.class).getText())
                .isEqualTo("Working: Engineer Eve (Engineer)");
        robot.clickOn("Early warning score calculated from stale observations");
        assertThat(robot.lookup("#initialMatrix").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#statusChoice").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#bulkStatusButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#newHazardButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#historyButton").queryAs(Button.class).isDisabled()).isFalse();
    }
}
