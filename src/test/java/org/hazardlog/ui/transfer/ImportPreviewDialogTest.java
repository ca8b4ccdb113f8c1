package org.hazardlog.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
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
import org.hazardlog.report.importing.ImportFormats;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;

/** The import preview on screen (headless): what it shows, when Import is allowed, and the import itself. */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewDialogTest {

    @TempDir
    Path dir;

    private Stage owner;
    private HazardLogService log;
    private final AtomicInteger reloads = new AtomicInteger();

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void closeLog() {
        if (log != null) {
            log.close();
        }
    }

    private Path folderWith(String... fixtures) throws IOException, URISyntaxException {
        Path folder = Files.createDirectories(dir.resolve("hazards"));
        for (String f : fixtures) {
            Path from = Path.of(getClass().getResource("/fixtures/" + f).toURI());
            Files.copy(from, folder.resolve(from.getFileName()));
        }
        return folder;
    }

    /** A log that already has hazard 101 under an older name, so importing the fixture updates it. */
    private void openLogWithAnOlderHazard101(Path folder) {
        log = HazardLogService.openOrCreate(HazardLogFile.at(dir.resolve("log")));
        Hazard h101 = ImportFormats.forScheme(log.scheme()).read(List.of(folder.resolve("Hazard-0101.md"))).hazardList().get(0);
        log.create(h101.toBuilder().name("Old name of 101").build());
    }

    private void openPreview(FxRobot robot, Path folder) throws TimeoutException {
        robot.interact(() -> ImportDialogs.preview(owner, log, reloads::incrementAndGet, List.of(folder)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String actionShown(FxRobot robot, String number) {
        TableView<ImportPreviewModel.Row> table = robot.lookup("#importTable").queryTableView();
        int index = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).number().equals(number)) {
                index = i;
            }
        }
        int row = index;
        return robot.lookup(".table-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getTableColumn() != null && "actionColumn".equals(c.getTableColumn().getId()))
                .filter(c -> c.getIndex() == row)
                .map(Labeled::getText).findFirst().orElseThrow();
    }

    @Test
    void showsWhichHazardsAreCreatedAndWhichUpdateAndImportsThem(FxRobot robot) throws Exception {
        Path folder = folderWith("quill/Hazard-0101.md", "dcsp/hazard-12.md");
        openLogWithAnOlderHazard101(folder);

        openPreview(robot, folder);

        assertThat(actionShown(robot, "101")).isEqualTo("update");
        assertThat(actionShown(robot, "12")).isEqualTo("create");
        assertThat(robot.lookup("#importSummary").queryLabeled().getText())
                .isEqualTo("2 hazards read: 1 to create, 1 to update, 0 unchanged.");
        assertThat(robot.lookup("#badFiles").tryQuery()).isEmpty();
        assertThat(robot.lookup("#skipInvalid").query().isVisible()).isFalse();

        robot.clickOn("#importButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("Import finished").tryQuery().isPresent());

        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class))
                .anySatisfy(l -> assertThat(l.getText()).isEqualTo("Imported: 1 created, 1 updated, 0 unchanged."));
        assertThat(log.hazards()).extracting(Hazard::number).containsExactly(12, 101);
        assertThat(log.hazard(101).orElseThrow().name()).isEqualTo("Dose reminder shows the previous patient's insulin dose");
        assertThat(reloads.get()).isEqualTo(1);
        robot.clickOn("OK");
    }

    @Test
    void importIsDisabledWhileAFileIsInvalidUntilInvalidFilesAreSkipped(FxRobot robot) throws Exception {
        Path folder = folderWith("quill/Hazard-0101.md", "dcsp/hazard-12.md", "bad/Hazard-0007.md");
        openLogWithAnOlderHazard101(folder);

        openPreview(robot, folder);

        Button importButton = robot.lookup("#importButton").queryButton();
        assertThat(importButton.isDisabled()).isTrue();
        assertThat(robot.lookup("#badFiles").queryTextInputControl().getText())
                .contains("Hazard-0007.md").contains("likelihood \"7\" is not a level of the risk scheme");
        assertThat(robot.lookup("#importSummary").queryLabeled().getText())
                .endsWith("1 file is invalid: nothing is imported unless you skip it.");

        robot.clickOn("#skipInvalid");

        assertThat(importButton.isDisabled()).isFalse();
        robot.clickOn("#cancelImport");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#importTable").tryQuery()).isEmpty();
        assertThat(log.hazards()).extracting(Hazard::name).containsExactly("Old name of 101");
        assertThat(reloads.get()).isZero();
    }

    @Test
    void selectingAHazardShowsItsChangesAndWarnings(FxRobot robot) throws Exception {
        Path folder = folderWith("quill/Hazard-0101.md", "dcsp/hazard-12.md");
        openLogWithAnOlderHazard101(folder);
        openPreview(robot, folder);

        TableView<ImportPreviewModel.Row> table = robot.lookup("#importTable").queryTableView();
        int row101 = table.getItems().stream().map(ImportPreviewModel.Row::number).toList().indexOf("101");
        robot.interact(() -> table.getSelectionModel().select(row101));

        assertThat(robot.lookup("#importDetails").queryTextInputControl().getText())
                .contains("Will update hazard 101 (revision 1):")
                .contains("name: Old name of 101 -> Dose reminder shows the previous patient's insulin dose")
                .contains("hazard type \"ClinicianDistraction\" is not in the hazard-type taxonomy");
        robot.clickOn("#cancelImport");
    }
}
