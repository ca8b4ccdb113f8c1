package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;

/** View > Code check opens the Code view on the hazard selected in the main window. */
@ExtendWith(ApplicationExtension.class)
class CodeCheckMenuTest {

    @TempDir
    static Path home;

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        System.setProperty("hazardlog.home", home.toString());
        UserSettings settings = UserSettings.load();
        settings.markExampleOffered();
        model = HazardLogApp.show(stage, HazardLogFile.at(home.resolve("menu-log-" + System.nanoTime())), settings);
        model.logProperty().get().create(Hazard.builder().name("Allergy not shown at prescribing")
                .codeLocations(List.of(new CodeLocation("src/prescribing/AllergyCheck.java", 40, 96, null))).build());
        model.reload();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w.getScene().lookup("#codeView") != null)
                    .forEach(Window::hide);
            model.close();
        });
        System.clearProperty("hazardlog.home");
    }

    @Test
    void viewCodeCheckOpensTheCodeViewOnTheSelectedHazard(FxRobot robot) throws Exception {
        robot.clickOn("Allergy not shown at prescribing");

        robot.clickOn("View").clickOn("#codeCheckMenu");

        assertThat(robot.lookup("#codeView").tryQuery()).isPresent();
        assertThat(robot.lookup("#markReviewedButton").queryButton().getText()).isEqualTo("Mark hazard 1's code reviewed");
        // The view checks on a thread of its own; wait for its answer rather than race it.
        String expected = "Choose the repository root: the folder the code locations' paths start from.";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> expected.equals(robot.lookup("#codeMessage").queryLabeled().getText()));
    }
}
