package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
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
import org.hazardlog.cli.HazardLogCommand;
import org.hazardlog.domain.access.Role;
import org.hazardlog.store.HazardLogFile;

/** {@code hazardlog --db LOG --user NAME} with no command opens the window with NAME working, as a command would act. */
@ExtendWith(ApplicationExtension.class)
class WindowUserTest {

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
        settings.put("currentUser", "alice");
        file = HazardLogFile.at(home.resolve("team-" + System.nanoTime()));
        try (HazardLogService log = HazardLogService.openOrCreate(file, "alice")) {
            ExampleLog.fill(log);
            log.users().add("bob", Role.ENGINEER);
        }
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> model.close());
        System.clearProperty("hazardlog.home");
    }

    /** Runs the command line as the launcher does, with the window opened on this test's stage. */
    private int launch(FxRobot robot, String... args) {
        StringWriter err = new StringWriter();
        int[] code = new int[1];
        robot.interact(() -> code[0] = HazardLogCommand.run(args,
                (HazardLogCommand.WindowOpener) (log, user) -> model = HazardLogApp.show(stage, log, settings, user),
                new ByteArrayInputStream(new byte[0]), new PrintWriter(new StringWriter()), new PrintWriter(err)));
        assertThat(err.toString()).isEmpty();
        return code[0];
    }

    private String working(FxRobot robot) {
        return robot.lookup("#whoIsWorking").queryAs(Label.class).getText();
    }

    @Test
    void theWindowOpensWithTheUserNamedOnTheCommandLineWorking(FxRobot robot) {
        assertThat(launch(robot, "--db", file.file().toString(), "--user", "bob")).isZero();

        assertThat(working(robot)).isEqualTo("Working: bob (Engineer)");
        assertThat(model.accountability().actorProperty().get().role()).isEqualTo(Role.ENGINEER);
        TableView<?> table = robot.lookup("#hazardTable").queryTableView();
        assertThat(table.getItems()).hasSize(5);
        assertThat(UserSettings.load().get("currentUser")).as("the window's own choice is kept").contains("alice");
    }

    @Test
    void someoneTheLogDoesNotKnowReadsItWithTheCommandsWording(FxRobot robot) {
        assertThat(launch(robot, "--db", file.file().toString(), "--user", "  robert ")).isZero();

        assertThat(working(robot)).isEqualTo("Working: robert is not a user of this log: read only");
        assertThat(robot.lookup("#hazardTable").queryTableView().getItems()).hasSize(5);
        assertThat(robot.lookup("#newHazardButton").query().isDisabled()).isTrue();
    }

    @Test
    void theLogIsReadableBehindTheWhoIsWorkingQuestion(FxRobot robot) {
        settings.put("currentUser", "robert");
        // Not waited for: the question blocks the call that opens the window until it is answered.
        Platform.runLater(() -> model = HazardLogApp.show(stage, file, settings));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup((Node n) -> n instanceof Labeled l && "Who is working?".equals(l.getText()))
                .tryQuery()).as("the question is open").isPresent();
        assertThat(robot.lookup("#hazardTable").queryTableView().getItems()).hasSize(5);
        assertThat(robot.lookup("#hazardCount").queryLabeled().getText()).isEqualTo("5 hazards");
        assertThat(working(robot)).isEqualTo("Working: robert is not a user of this log: read only");

        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(working(robot)).isEqualTo("Working: alice (CSO)");
    }
}
