package org.hazardlog.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
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
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.ui.HazardLogApp;
import org.hazardlog.ui.MainViewModel;

/** File > Project settings… and File > Reports… in the real window, headless. */
@ExtendWith(ApplicationExtension.class)
class ReportWindowsTest {

    @TempDir
    static Path home;

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        System.setProperty("hazardlog.home", home.toString());
        UserSettings settings = UserSettings.load();
        settings.markExampleOffered();
        HazardLogFile file = HazardLogFile.at(home.resolve("reports-" + System.nanoTime()));
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            ExampleLog.fill(log);
        }
        model = HazardLogApp.show(stage, file, settings);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> model.close());
        System.clearProperty("hazardlog.home");
    }

    private void choose(FxRobot robot, String menuItemId) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().get(0).getItems().stream()
                .filter(i -> menuItemId.equals(i.getId())).findFirst().orElseThrow();
        assertThat(item.isDisable()).isFalse();
        robot.interact(item::fire);
    }

    @Test
    void projectSettingsAreSavedInTheLog(FxRobot robot) {
        choose(robot, "projectSettingsMenu");
        robot.clickOn("#settingsProduct").write("WardView ePrescribing");
        robot.clickOn("#settingsVersion").write("3.2.0");
        robot.clickOn("#settingsCso").write("Dr A. Okafor");
        robot.clickOn("#saveSettings");

        var saved = model.logProperty().get().projectSettings();
        assertThat(saved.product()).isEqualTo("WardView ePrescribing");
        assertThat(saved.version()).isEqualTo("3.2.0");
        assertThat(saved.cso()).isEqualTo("Dr A. Okafor");
        assertThat(robot.lookup("#projectSettingsWindow").tryQuery()).isEmpty();
    }

    @Test
    void theFormEditsEveryPerReleaseFactAndKeepsTheOthers(FxRobot robot) {
        choose(robot, "projectSettingsMenu");
        for (org.hazardlog.domain.ProjectSettings.Field f : org.hazardlog.domain.ProjectSettings.Field.values()) {
            assertThat(robot.lookup("#" + ProjectSettingsWindow.id(f)).tryQuery()).as(f.key()).isPresent();
        }
        robot.interact(() -> {
            robot.lookup("#settingsIntendedUse").queryAs(javafx.scene.control.TextArea.class)
                    .setText("Prescribing on adult wards\nNot for paediatric use");
            robot.lookup("#settingsCrmpReference").queryAs(TextField.class).setText("CRMP-007 v2");
        });
        robot.interact(() -> robot.lookup("#saveSettings").queryButton().fire());

        var saved = model.logProperty().get().projectSettings();
        assertThat(saved.get(org.hazardlog.domain.ProjectSettings.Field.INTENDED_USE))
                .isEqualTo("Prescribing on adult wards\nNot for paediatric use");
        assertThat(saved.get(org.hazardlog.domain.ProjectSettings.Field.CRMP_REFERENCE)).isEqualTo("CRMP-007 v2");
        assertThat(saved.get(org.hazardlog.domain.ProjectSettings.Field.PRE_DELIVERY_REVIEW)).isEmpty();
        assertThat(robot.lookup("#projectSettingsWindow").tryQuery()).isEmpty();
    }

    @Test
    void theReportsWindowWritesTheChosenDocumentOffTheUiThread(FxRobot robot) throws Exception {
        choose(robot, "reportsMenu");
        TextField output = robot.lookup("#reportOutput").queryAs(TextField.class);
        assertThat(output.getText()).endsWith("clinical-safety-case-report.pdf");

        @SuppressWarnings("unchecked")
        ChoiceBox<ReportDocument> document = robot.lookup("#reportDocument").queryAs(ChoiceBox.class);
        robot.interact(() -> document.setValue(ReportDocument.WORKBOOK));
        assertThat(output.getText()).as("the file name follows the document").endsWith("hazard-log.xlsx");
        assertThat(robot.lookup("#reportTemplates").query().isDisabled()).as("a workbook has no templates").isTrue();

        Path target = home.resolve("issued-log");
        robot.interact(() -> output.setText(target.toString()));
        robot.clickOn("#writeReport");

        Path written = home.resolve("issued-log.xlsx");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(written)
                && robot.lookup("#reportMessage").queryAs(Label.class).getText().startsWith("Wrote"));
        // Headless, the desktop cannot open the file, and the message may go on to say so.
        assertThat(robot.lookup("#reportMessage").queryAs(Label.class).getText()).startsWith("Wrote " + written);
        assertThat(Files.size(written)).isPositive();
    }

    @Test
    void aMissingTemplateFolderIsShownInTheWindow(FxRobot robot) throws Exception {
        choose(robot, "reportsMenu");
        robot.interact(() -> {
            robot.lookup("#reportTemplates").queryAs(TextField.class).setText(home.resolve("no-templates").toString());
            robot.lookup("#reportOutput").queryAs(TextField.class).setText(home.resolve("cscr.pdf").toString());
        });
        robot.clickOn("#writeReport");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#reportMessage").queryAs(Label.class).getText().contains("does not exist"));
        assertThat(robot.lookup("#reportMessage").queryAs(Label.class).getText())
                .isEqualTo("The template folder " + home.resolve("no-templates") + " does not exist.");
        assertThat(home.resolve("cscr.pdf")).doesNotExist();
    }
}
