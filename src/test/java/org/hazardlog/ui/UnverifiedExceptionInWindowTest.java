package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.hazardlog.app.EvidenceService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.TestLink;
import org.hazardlog.evidence.JunitReportReader;
import org.hazardlog.evidence.TestReports;
import org.hazardlog.store.HazardLogFile;

/**
 * The window counts and filters an unverified residual as an exception, as {@code list --exceptions}
 * does: a hazard otherwise in order, whose control's tests fail, is the only exception of the log.
 */
@ExtendWith(ApplicationExtension.class)
class UnverifiedExceptionInWindowTest {

    private static final String CSO = "carol";

    @TempDir
    static Path home;

    private Stage stage;
    private HazardLogFile file;
    private UserSettings settings;
    private MainViewModel model;

    private static Path fixture(String name) {
        try {
            return Path.of(UnverifiedExceptionInWindowTest.class.getResource("/fixtures/junit/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Hazard tested(String name, String control, String pattern) {
        return Hazard.builder().name(name).status(HazardStatus.OPEN)
                .initial(Assessment.of(4, 4)).residual(Assessment.of(2, 4))
                .controls(List.of(new Control(null, ControlCategory.TEST, ControlParty.MANUFACTURER, control,
                        ControlStatus.IMPLEMENTED, CSO, "", List.of(new TestLink(pattern, TestKind.IMPLEMENTATION)))))
                .build();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty("hazardlog.home", home.toString());
        settings = UserSettings.load();
        settings.markExampleOffered();
        file = HazardLogFile.at(home.resolve("unverified-exception-" + System.nanoTime()));
        try (HazardLogService log = HazardLogService.openOrCreate(file, CSO)) {
            log.create(tested("Two health records created for one patient",
                    "Service tests of record creation under concurrent requests", "org.acme.ehr.EhrServiceTest#*"));
            log.create(tested("Date of birth in the future accepted",
                    "Demographics refuse a future date of birth", "tests/test_ehr.py::TestDemographics::*"));
            TestReports reports = TestReports.read(List.of(fixture("surefire-fail.xml"), fixture("pytest-pass.xml")),
                    new JunitReportReader());
            new EvidenceService(log).record(reports.testCases(), reports.reports(), "abc1234", null, false);
        }
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> model.close());
        System.clearProperty("hazardlog.home");
    }

    private void open(FxRobot robot) {
        robot.interact(() -> model = HazardLogApp.show(stage, file, settings, CSO));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<Hazard> table(FxRobot robot) {
        return robot.lookup("#hazardTable").queryTableView();
    }

    @Test
    void theUnverifiedResidualIsCountedAsAnException(FxRobot robot) {
        open(robot);
        ToggleButton count = robot.lookup("#summary-exceptions").queryAs(ToggleButton.class);

        assertThat(count.getText()).isEqualTo("Exceptions: 1");
        assertThat(count.getTooltip().getText())
                .contains("1  Residual risk unverified: a control it relies on has failing or missing test evidence");
    }

    @Test
    void exceptionsOnlyKeepsTheUnverifiedHazardAndDropsTheVerifiedOne(FxRobot robot) {
        open(robot);
        assertThat(table(robot).getItems()).hasSize(2);

        robot.clickOn("#exceptionsFilter");

        assertThat(table(robot).getItems()).extracting(Hazard::name)
                .containsExactly("Two health records created for one patient");
    }

    @Test
    void theResidualRiskMapMarksTheCellHoldingTheUnverifiedHazard(FxRobot robot) throws IOException {
        robot.interact(() -> {
            stage.setWidth(1400);
            stage.setHeight(900);
        });
        open(robot);
        robot.clickOn("#riskMapTab");

        Button residual = robot.lookup("#residualHeatMap-L2-S4").queryButton();
        assertThat(residual.getText()).isEqualTo("2");
        assertThat(residual.getGraphic()).isInstanceOf(Label.class);
        assertThat(((Label) residual.getGraphic()).getText()).isEqualTo("1 unverified");
        assertThat(residual.getTooltip().getText()).contains("2 hazards").contains("1 with the residual risk unverified");
        assertThat(robot.lookup("#residualHeatMap-levels").queryLabeled().getText()).endsWith("Unverified: 1");
        Button initial = robot.lookup("#initialHeatMap-L4-S4").queryButton();
        assertThat(initial.getText()).isEqualTo("2");
        assertThat(initial.getGraphic()).as("the initial risk claims nothing verified").isNull();
        screenshot(robot, "risk-map-unverified.png");
    }

    /** With -Dhazardlog.screenshots=DIR, the window as the test left it, for the user guide. */
    private void screenshot(FxRobot robot, String name) throws IOException {
        String dir = System.getProperty("hazardlog.screenshots");
        if (dir == null) {
            return;
        }
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        PixelReader pixels = shot[0].getPixelReader();
        int w = (int) shot[0].getWidth();
        int h = (int) shot[0].getHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Files.createDirectories(Path.of(dir));
        ImageIO.write(image, "png", Path.of(dir, name).toFile());
    }
}
