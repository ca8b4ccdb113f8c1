package org.hazardlog.ui.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;

/** A workbook in the import preview: unknown columns mapped there and remembered, invalid rows skipped one by one. */
@ExtendWith(ApplicationExtension.class)
class WorkbookImportPreviewTest {

    @TempDir
    Path dir;

    private Stage owner;
    private HazardLogService log;

    @Start
    void start(Stage stage) {
        owner = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @BeforeEach
    void aLogAndItsOwnSettings() throws IOException {
        System.setProperty("hazardlog.home", Files.createDirectories(dir.resolve("home")).toString());
        log = HazardLogService.openOrCreate(HazardLogFile.at(dir.resolve("log")));
    }

    @AfterEach
    void close() {
        log.close();
        System.clearProperty("hazardlog.home");
    }

    private Path workbook(String name, String[]... rows) throws IOException {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Hazards");
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static final String[] HEADER = {"Ref", "Title", "What could cause it", "Initial severity"};

    private void openPreview(FxRobot robot, Path file) throws TimeoutException {
        robot.interact(() -> ImportDialogs.preview(owner, log, () -> { }, List.of(file)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#importTable").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void anUnknownColumnMappedInThePreviewIsReadAsThatFieldAndRememberedForTheLayout(FxRobot robot) throws Exception {
        Path file = workbook("team.xlsx", HEADER, new String[] {"H-1", "Late result", "Queue stuck", "3"});
        openPreview(robot, file);

        ComboBox<String> choice = robot.lookup("#columnChoice-0").query();
        assertThat(choice.getPromptText()).isEqualTo("Not imported");
        assertThat(robot.lookup("#fileNotes").queryTextInputControl().getText()).contains("\"What could cause it\"");
        robot.interact(() -> choice.setValue("Causes"));
        waitUntil(() -> robot.lookup("#fileNotes").tryQuery().isEmpty());

        ComboBox<String> after = robot.lookup("#columnChoice-0").query();
        assertThat(after.getValue()).isEqualTo("Causes");
        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("Import finished").tryQuery().isPresent());
        robot.clickOn("OK");
        assertThat(log.hazards()).extracting(Hazard::causes).containsExactly(List.of("Queue stuck"));

        Path nextMonth = workbook("team-next.xlsx", HEADER, new String[] {"H-2", "Lost referral", "Inbox full", "3"});
        ImportPreviewModel again = ImportDialogs.read(log, List.of(nextMonth), false);
        assertThat(again.hazardsToImport()).extracting(Hazard::causes).containsExactly(List.of("Inbox full"));
        assertThat(again.columnChoices()).singleElement().satisfies(c -> assertThat(c.chosen()).isEqualTo("Causes"));
    }

    @Test
    void skippingInvalidRowsOfAWorkbookImportsItsGoodRowsAndListsTheOthers(FxRobot robot) throws Exception {
        Path file = workbook("team.xlsx", HEADER,
                new String[] {"H-1", "Late result", "Queue stuck", "3"},
                new String[] {"H-2", "Lost referral", "Inbox full", "9"});
        openPreview(robot, file);

        Button importButton = robot.lookup("#importButton").queryButton();
        assertThat(importButton.isDisabled()).isTrue();
        assertThat(robot.lookup("#skipInvalid").queryLabeled().getText()).contains("workbook rows");

        robot.clickOn("#skipInvalid");
        waitUntil(() -> robot.lookup("#badFiles").tryQuery().isEmpty());

        TableView<ImportPreviewModel.Row> table = robot.lookup("#importTable").queryTableView();
        assertThat(table.getItems()).extracting(ImportPreviewModel.Row::number).containsExactly("1");
        assertThat(robot.lookup("#fileNotes").queryTextInputControl().getText())
                .contains("skipped, not imported: ").contains("row 3");
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#skipInvalid");
        waitUntil(() -> robot.lookup("#badFiles").tryQuery().isPresent());
        assertThat(robot.lookup("#importButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#cancelImport");
        assertThat(log.hazards()).isEmpty();
    }
}
