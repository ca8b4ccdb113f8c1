package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
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
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.store.HazardLogFile;

/** The safety case's exceptions in the window: a count above the table and a filter on it. */
@ExtendWith(ApplicationExtension.class)
class ExceptionsInWindowTest {

    @TempDir
    static Path home;

    private HazardLogFile file;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        System.setProperty("hazardlog.home", home.toString());
        UserSettings settings = UserSettings.load();
        settings.markExampleOffered();
        settings.put("currentUser", "QA");
        file = HazardLogFile.at(home.resolve("exceptions-log-" + System.nanoTime()));
        try (HazardLogService log = HazardLogService.openOrCreate(file, "QA")) {
            log.create(hazard(1, "Draft nobody has reviewed", HazardStatus.DRAFT, Assessment.of(2, 2)));
            log.create(hazard(2, "Closed before anyone scored it", HazardStatus.CLOSED, Assessment.UNSCORED));
            log.create(hazard(3, "Open and fully scored", HazardStatus.OPEN, Assessment.of(2, 2)));
        }
        model = HazardLogApp.show(stage, file, settings);
    }

    private static Hazard hazard(int number, String name, HazardStatus status, Assessment score) {
        return Hazard.builder().number(number).name(name).status(status).statusText(status.label())
                .initial(score).residual(score).build();
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> model.close());
        System.clearProperty("hazardlog.home");
    }

    private TableView<Hazard> table(FxRobot robot) {
        return robot.lookup("#hazardTable").queryTableView();
    }

    @Test
    void theSummaryCountsTheHazardsWithAnException(FxRobot robot) {
        ToggleButton count = robot.lookup("#summary-exceptions").queryAs(ToggleButton.class);

        assertThat(count.getText()).isEqualTo("Exceptions: 2");
        assertThat(count.getTooltip().getText())
                .contains("1  Closed without a complete initial and residual score")
                .contains("1  Draft, not yet reviewed by the Clinical Safety Officer");
    }

    @Test
    void exceptionsOnlyShowsJustTheHazardsTheSafetyCaseListsAndClearingBringsBackTheRest(FxRobot robot) {
        assertThat(table(robot).getItems()).hasSize(3);

        robot.clickOn("#exceptionsFilter");

        assertThat(table(robot).getItems()).extracting(Hazard::number).containsExactlyInAnyOrder(1, 2);
        assertThat(robot.lookup("#summary-exceptions").queryAs(ToggleButton.class).isSelected())
                .as("the summary count shows the filter is on").isTrue();

        robot.clickOn("#clearFilters");

        assertThat(table(robot).getItems()).hasSize(3);
        assertThat(robot.lookup("#exceptionsFilter").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void pressingTheCountFiltersTheTableAndAFixedHazardLeavesIt(FxRobot robot) {
        robot.clickOn("#summary-exceptions");
        assertThat(table(robot).getItems()).extracting(Hazard::number).containsExactlyInAnyOrder(1, 2);

        robot.interact(() -> {
            Hazard closed = model.hazards().stream().filter(h -> h.number() == 2).findFirst().orElseThrow();
            model.setStatus(java.util.List.of(closed), HazardStatus.OPEN);
        });

        assertThat(table(robot).getItems()).extracting(Hazard::number).containsExactly(1);
        assertThat(robot.lookup("#summary-exceptions").queryAs(ToggleButton.class).getText())
                .isEqualTo("Exceptions: 1");
    }
}
