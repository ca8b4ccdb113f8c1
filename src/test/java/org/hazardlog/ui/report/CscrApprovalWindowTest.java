package org.hazardlog.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.domain.cscr.CscrApproval;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.ui.HazardLogApp;
import org.hazardlog.ui.MainViewModel;

/** The CSO approves the safety case of an issued version from the Reports window; others are told why not. */
@ExtendWith(ApplicationExtension.class)
class CscrApprovalWindowTest {

    private static final String PASSWORD = "signing password";
    private static final String STATEMENT = "I judge WardView 3.2.0 safe for the pilot ward only, with the gaps listed.";
    private static final String SIGN_OFF = "Approved for the pilot release.";

    @TempDir
    static Path home;

    private Stage stage;
    private HazardLogFile file;
    private UserSettings settings;
    private MainViewModel model;

    private static HazardLogFile issued;

    /** Made once and copied for each test: hashing passwords is slow, and the window's start-up has a time limit. */
    @BeforeAll
    static void anIssuedVersion() {
        issued = HazardLogFile.at(home.resolve("issued"));
        try (HazardLogService log = HazardLogService.create(issued, "alice", PASSWORD.toCharArray())) {
            ExampleLog.fill(log);
            log.saveProjectSettings(new ProjectSettings("WardView", "3.2.0", "Example Health", "alice", "J. Smith",
                    "P. Patel", "Dr B. Approver"));
            log.users().add("bob", Role.ENGINEER);
            log.versions().issue("Release 3.2.0", PASSWORD.toCharArray());
        }
    }

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        System.setProperty("hazardlog.home", home.toString());
        settings = UserSettings.load();
        settings.markExampleOffered();
        settings.put("currentUser", "alice");
        file = HazardLogFile.at(home.resolve("approval-" + System.nanoTime()));
        Files.copy(issued.file(), file.file());
        model = HazardLogApp.show(stage, file, settings);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> model.close());
        System.clearProperty("hazardlog.home");
    }

    private void openReports(FxRobot robot, String version) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> "reportsMenu".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
        @SuppressWarnings("unchecked")
        ChoiceBox<String> choice = robot.lookup("#reportVersion").queryAs(ChoiceBox.class);
        robot.interact(() -> choice.setValue(version));
    }

    private List<CscrApproval> approvals() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, "alice")) {
            return log.cscrApprovals().list();
        }
    }

    private long approvalEvents() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, "alice")) {
            return log.audit().events(AuditQuery.ALL).stream().filter(e -> e.entity().equals(AuditEvent.CSCR)).count();
        }
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryLabeled().getText();
    }

    private void writeOwnTexts(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#cscrStatement").queryAs(TextArea.class).setText(STATEMENT);
            robot.lookup("#cscrSignOff").queryAs(TextArea.class).setText(SIGN_OFF);
        });
    }

    private void sign(FxRobot robot, String password) {
        robot.interact(() -> robot.lookup("#cscrPassword").queryAs(PasswordField.class).setText(password));
        // With every unfilled fact a gap to confirm, the button may be below the scrolled view: press it as the keyboard would.
        robot.interact(() -> robot.lookup("#signCscr").queryButton().fire());
    }

    @Test
    void theCsoSignsTheHashTheySawWithTheirOwnTextsAndEachGapConfirmed(FxRobot robot) {
        openReports(robot, "Version 1 (issued)");
        assertThat(robot.lookup("#approveCscrReason").queryLabeled().isVisible()).isFalse();
        robot.clickOn("#approveCscr");

        assertThat(text(robot, "#cscrRestsOn")).contains("Version 1", "Release 3.2.0", "issued by alice");
        assertThat(robot.lookup("#cscrStatement").queryAs(TextArea.class).getText())
                .as("a proposal from the log's data").contains("[Clinical Safety Officer:");
        assertThat(robot.lookup("#signCscr").queryAs(Button.class).isDisabled())
                .as("the proposal is never signed as it stands").isTrue();

        writeOwnTexts(robot);
        robot.clickOn("#prepareCscr");
        String hash = robot.lookup("#cscrContentHash").queryAs(TextField.class).getText();
        assertThat(hash).matches("SHA-256 [0-9a-f]{64}");
        List<CheckBox> gaps = robot.lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("cscrGap-")).toList();
        assertThat(gaps).extracting(CheckBox::getText).anyMatch(t -> t.contains("(unscored)"))
                .anyMatch(t -> t.contains("(draft)"));
        robot.interact(() -> robot.lookup("#cscrPassword").queryAs(PasswordField.class).setText(PASSWORD));
        assertThat(robot.lookup("#signCscr").queryAs(Button.class).isDisabled())
                .as("gaps not yet confirmed").isTrue();
        assertThat(text(robot, "#cscrBlocker")).startsWith("Confirm each gap");

        robot.interact(() -> gaps.forEach(b -> b.setSelected(true)));
        sign(robot, "not the password");
        assertThat(text(robot, "#cscrApprovalMessage")).contains("is not right");
        assertThat(approvals()).as("a wrong password records nothing").isEmpty();
        assertThat(approvalEvents()).isZero();

        sign(robot, PASSWORD);

        assertThat(text(robot, "#cscrApprovalMessage")).startsWith("Approved: approval 1 of version 1 by alice");
        CscrApproval approval = approvals().get(0);
        assertThat("SHA-256 " + approval.contentHash()).isEqualTo(hash);
        assertThat(approval.statement()).isEqualTo(STATEMENT);
        assertThat(approval.signOff()).isEqualTo(SIGN_OFF);
        assertThat(approval.confirmedGaps()).hasSize(gaps.size());
        assertThat(approvalEvents()).isEqualTo(3 + gaps.size());
    }

    @Test
    void changingATextAfterPreparingThrowsTheHashAwaySoTheCsoSignsOnlyWhatTheySaw(FxRobot robot) {
        openReports(robot, "Version 1 (issued)");
        robot.clickOn("#approveCscr");
        writeOwnTexts(robot);
        robot.clickOn("#prepareCscr");
        assertThat(robot.lookup("#cscrContentHash").queryAs(TextField.class).getText()).startsWith("SHA-256 ");

        robot.interact(() -> robot.lookup("#cscrStatement").queryAs(TextArea.class).appendText(" Reviewed again."));

        assertThat(robot.lookup("#cscrContentHash").queryAs(TextField.class).getText()).isEqualTo("not prepared yet");
        assertThat(text(robot, "#cscrBlocker")).startsWith("Prepare the report");
        assertThat(robot.lookup("#signCscr").queryAs(Button.class).isDisabled()).isTrue();
    }

    @Test
    void theLogAsItIsNowCannotBeApprovedAndTheWindowSaysWhy(FxRobot robot) {
        openReports(robot, ReportsModel.CURRENT);

        assertThat(robot.lookup("#approveCscr").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#approveCscrReason")).startsWith("Only the safety case of an issued version");
    }

    @Test
    void anEngineerIsToldOnlyTheCsoApproves(FxRobot robot) {
        robot.interact(() -> {
            model.close();
            model = HazardLogApp.show(stage, file, settings, "bob");
        });
        openReports(robot, "Version 1 (issued)");

        assertThat(robot.lookup("#approveCscr").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#approveCscrReason"))
                .isEqualTo("Only the Clinical Safety Officer approves a safety case; bob is an Engineer.");
        assertThat(approvals()).isEmpty();
    }
}
