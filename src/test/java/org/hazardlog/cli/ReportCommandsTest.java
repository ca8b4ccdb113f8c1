package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;

/** export and import as a CI pipeline sees them: files, messages and exit codes. */
class ReportCommandsTest {

    @TempDir
    Path folder;

    private Path db;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void exampleLog() {
        db = folder.resolve("example");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            ExampleLog.fill(log);
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return HazardLogCommand.run(all, f -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    private List<Hazard> hazards() {
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            return log.hazards();
        }
    }

    @Test
    void exportWritesEachFormat() throws Exception {
        for (String[] args : List.of(new String[] {"xlsx", "log.xlsx"}, new String[] {"docx", "cscr.docx"},
                new String[] {"pdf", "cscr.pdf"})) {
            Path file = folder.resolve(args[1]);
            assertThat(run("export", "--format", args[0], "--out", file.toString())).isZero();
            assertThat(out.toString()).isEqualTo("Wrote " + file + ".\n");
            assertThat(Files.size(file)).isPositive();
        }
        assertThat(Files.readString(folder.resolve("cscr.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        Path log = folder.resolve("log.pdf");
        assertThat(run("export", "--format", "pdf", "--document", "hazard-log", "--out", log.toString())).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnwritableOutputIsAMessageNotAStackTrace() {
        Path out = folder.resolve("missing-folder").resolve("cscr.docx");
        assertThat(run("export", "--format", "docx", "--out", out.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("hazardlog: Cannot write " + out + ": the folder " + out.getParent()
                + " does not exist.\n");
    }

    @Test
    void aMissingTemplateFolderIsRefusedAndNothingIsWritten() {
        Path out = folder.resolve("cscr.pdf");
        assertThat(run("export", "--format", "pdf", "--templates", folder.resolve("ours").toString(), "--out", out.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).isEqualTo("hazardlog: The template folder " + folder.resolve("ours") + " does not exist.\n");
        assertThat(out).doesNotExist();
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefusedAndTheOldReportKept() throws Exception {
        Path templates = Files.createDirectories(folder.resolve("ours"));
        for (String name : org.hazardlog.report.cscr.CscrTemplates.fileNames()) {
            Files.writeString(templates.resolve(name), "Text for {{product}}.\n");
        }
        Files.writeString(templates.resolve("09-summary-safety-statement.md"), "Signed by {{clinical_safety_officer}}.\n");
        Path out = Files.writeString(folder.resolve("cscr.docx"), "previous report");
        assertThat(run("export", "--format", "docx", "--templates", templates.toString(), "--out", out.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("hazardlog: " + templates.resolve("09-summary-safety-statement.md")
                + " line 1: unknown placeholder {{clinical_safety_officer}}\nKnown placeholders: ");
        assertThat(err.toString()).doesNotContain("\tat ");
        assertThat(Files.readString(out)).isEqualTo("previous report");
    }

    @Test
    void anUnknownFormatOrDocumentIsAUsageError() {
        assertThat(run("export", "--format", "odt", "--out", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("--format", "MD, JSON, XLSX, DOCX, PDF");
        assertThat(run("export", "--format", "pdf", "--document", "plan", "--out", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("expected cscr or hazard-log");
    }

    @Test
    void importOfAnExportedWorkbookChangesNothingTheSecondTime() {
        Path file = folder.resolve("log.xlsx");
        assertThat(run("export", "--format", "xlsx", "--out", file.toString())).isZero();
        List<Hazard> before = hazards();
        assertThat(run("import", file.toString())).isZero();
        assertThat(out.toString()).contains("0 created, 0 updated, 5 unchanged");
        assertThat(hazards()).isEqualTo(before);
    }

    @Test
    void aWorkbookWithBadRowsImportsNothingAndNamesEveryBadRow() throws Exception {
        Path file = badWorkbook();
        List<Hazard> before = hazards();

        assertThat(run("import", file.toString())).isEqualTo(1);

        assertThat(err.toString()).startsWith("hazardlog: nothing imported: 1 of 1 file is invalid")
                .contains(file + ": Hazard Log row 3 (hazard 7): no name",
                        file + ": Hazard Log row 4 (hazard 8 \"Off the scale\"): residual severity 9 is not in the risk scheme (1-5)");
        assertThat(hazards()).isEqualTo(before);
    }

    @Test
    void skipInvalidSkipsTheBadRowsOfAWorkbookAndImportsItsGoodRowsAndTheOtherFiles() throws Exception {
        Path bad = badWorkbook();
        Path good = folder.resolve("good.xlsx");
        assertThat(run("export", "--format", "xlsx", "--out", good.toString())).isZero();
        List<Hazard> before = hazards();

        assertThat(run("import", "--skip-invalid", bad.toString(), good.toString())).isZero();

        assertThat(out.toString()).contains("1 created, 0 updated, 5 unchanged")
                .contains(bad + ": skipped, not imported: Hazard Log row 3 (hazard 7): no name")
                .contains(bad + ": skipped, not imported: Hazard Log row 4 (hazard 8 \"Off the scale\")");
        assertThat(hazards()).as("the bad rows are skipped, the workbook's good row is imported")
                .hasSize(before.size() + 1)
                .extracting(Hazard::name).contains("A good new hazard").doesNotContain("Off the scale");
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedAndTheLogUnchanged() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.xlsx"), "just text");
        List<Hazard> before = hazards();
        assertThat(run("import", notes.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(notes + ": is not an Excel workbook (.xlsx)");
        assertThat(hazards()).isEqualTo(before);
    }

    @Test
    void aWorkbookWithoutANameColumnIsRefused() throws Exception {
        Path file = folder.resolve("numbers.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var o = Files.newOutputStream(file)) {
            wb.createSheet("Hazards").createRow(0).createCell(0).setCellValue("No.");
            wb.write(o);
        }
        assertThat(run("import", file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains(file + ": has no hazard sheet: no sheet has a \"Name\" column");
    }

    /** Rows 2-4: a good new hazard, one without a name, one scored off the scale. */
    private Path badWorkbook() throws Exception {
        Path file = folder.resolve("bad.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var o = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("Hazard Log");
            String[][] rows = {
                    {"No.", "Name", "Residual severity"},
                    {"", "A good new hazard", "2"},
                    {"7", " ", ""},
                    {"8", "Off the scale", "9"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(o);
        }
        return file;
    }
}
