package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
import org.hazardlog.ui.MyControlsModel.Row;

/**
 * The window after a CI run whose Surefire report has a failing test: the hazard resting on that
 * control reads "unverified", the CSO can filter to it, My controls shows each control's test
 * evidence, and the control card lists, adds and removes test links.
 */
@ExtendWith(ApplicationExtension.class)
class EvidenceInWindowTest {

    private static final String CSO = "carol";

    @TempDir
    static Path home;

    private Stage stage;
    private HazardLogFile file;
    private UserSettings settings;
    private MainViewModel model;

    private static Path fixture(String name) {
        try {
            return Path.of(EvidenceInWindowTest.class.getResource("/fixtures/junit/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Control control(String text, String pattern) {
        return new Control(null, ControlCategory.TEST, ControlParty.MANUFACTURER, text, ControlStatus.IMPLEMENTED,
                CSO, "", List.of(new TestLink(pattern, TestKind.IMPLEMENTATION)));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        System.setProperty("hazardlog.home", home.toString());
        settings = UserSettings.load();
        settings.markExampleOffered();
        file = HazardLogFile.at(home.resolve("evidence-" + System.nanoTime()));
        try (HazardLogService log = HazardLogService.openOrCreate(file, CSO)) {
            log.create(Hazard.builder().name("Two health records created for one patient").status(HazardStatus.OPEN)
                    .initial(Assessment.of(4, 4)).residual(Assessment.of(2, 4))
                    .controls(List.of(control("Service tests of record creation under concurrent requests",
                            "org.acme.ehr.EhrServiceTest#*")))
                    .build());
            log.create(Hazard.builder().name("Date of birth in the future accepted").status(HazardStatus.OPEN)
                    .initial(Assessment.of(3, 3)).residual(Assessment.of(2, 3))
                    .controls(List.of(control("Demographics refuse a future date of birth",
                            "tests/test_ehr.py::TestDemographics::*")))
                    .build());
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
        robot.interact(() -> {
            stage.setWidth(1400);
            stage.setHeight(900);
            model = HazardLogApp.show(stage, file, settings, CSO);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TableView<Hazard> hazards(FxRobot robot) {
        return robot.lookup("#hazardTable").queryTableView();
    }

    @Test
    void theUnverifiedResidualShowsInTheTableTheFilterAndTheEditor(FxRobot robot) throws IOException {
        open(robot);
        assertThat(hazards(robot).getItems()).hasSize(2);
        assertThat(robot.lookup(".unverified-badge").queryAll()).hasSize(1);

        robot.clickOn("#unverifiedFilter");

        assertThat(hazards(robot).getItems()).extracting(Hazard::number).containsExactly(1);
        robot.interact(() -> model.select(model.hazards().get(0)));
        WaitForAsyncUtils.waitForFxEvents();
        Label note = robot.lookup("#residualUnverified").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).contains("Residual risk unverified")
                .contains("Service tests of record creation under concurrent requests").contains("tests failing");
        ListView<TestLink> tests = robot.lookup("#controlTests-0").queryListView();
        assertThat(tests.getItems()).containsExactly(new TestLink("org.acme.ehr.EhrServiceTest#*", TestKind.IMPLEMENTATION));
        screenshot(robot, "evidence-window.png");

        robot.clickOn("#unverifiedFilter");
        assertThat(hazards(robot).getItems()).hasSize(2);
    }

    @Test
    void myControlsShowsEachControlsEvidence(FxRobot robot) throws IOException {
        open(robot);
        robot.clickOn("#myControlsTab");
        TableView<Row> mine = robot.lookup("#myControlsTable").queryTableView();

        assertThat(mine.getItems()).hasSize(2);
        List<String> shown = robot.lookup("#myControlsTable .table-cell").queryAll().stream()
                .filter(n -> n.getStyleClass().stream().anyMatch(s -> s.startsWith("evidence-")))
                .map(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText()).toList();
        assertThat(shown).containsExactlyInAnyOrder("Failing", "Verified");
        screenshot(robot, "my-controls-evidence.png");
    }

    @Test
    void theControlCardAddsAndRemovesTestLinks(FxRobot robot) {
        open(robot);
        robot.interact(() -> model.select(model.hazards().stream().filter(h -> h.number() == 2).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<TestLink> tests = robot.lookup("#controlTests-0").queryListView();
        assertThat(robot.lookup("#controlEvidence-state-0").queryAs(Label.class).getText()).isEqualTo("Latest run: verified");

        link(robot, "tests/test_ehr.py::test_get_or_create_*");

        assertThat(tests.getItems()).extracting(TestLink::pattern).containsExactly(
                "tests/test_ehr.py::TestDemographics::*", "tests/test_ehr.py::test_get_or_create_*");
        assertThat(model.editor().isDirty()).isTrue();
        // A changed control has no evidence until the next run.
        assertThat(robot.lookup("#controlEvidence-state-0").queryAs(Label.class).getText()).isEqualTo("Latest run: no evidence");

        link(robot, "*");
        assertThat(tests.getItems()).hasSize(2);
        assertThat(robot.lookup(".field-problem").queryAll().stream().map(n -> ((Label) n).getText()))
                .contains("Test pattern \"*\" would match every test; name the tests.");

        robot.interact(() -> tests.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#removeTest-0").queryButton().fire());
        assertThat(tests.getItems()).extracting(TestLink::pattern).containsExactly("tests/test_ehr.py::test_get_or_create_*");

        robot.interact(() -> model.save());
        WaitForAsyncUtils.waitForFxEvents();
        try (HazardLogService log = HazardLogService.openToRead(file, CSO)) {
            assertThat(log.hazard(2).orElseThrow().controls().get(0).tests())
                    .containsExactly(new TestLink("tests/test_ehr.py::test_get_or_create_*", TestKind.IMPLEMENTATION));
        }
    }

    /** Types a pattern in the control card and presses Link test (the card is below the fold, so no clicks). */
    private static void link(FxRobot robot, String pattern) {
        robot.interact(() -> {
            robot.lookup("#testPattern-0").queryAs(javafx.scene.control.TextField.class).setText(pattern);
            robot.lookup("#addTest-0").queryButton().fire();
        });
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
