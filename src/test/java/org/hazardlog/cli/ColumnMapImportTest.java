package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.cli.CliRun.hazardsIn;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.Hazard;

/** {@code import --map}: a team's own column names read as the fields the user chose, and the mapping printed. */
class ColumnMapImportTest {

    @TempDir
    Path dir;

    private String db;
    private Path workbook;

    @BeforeEach
    void aLogAndAWorkbookWithColumnsNobodyKnows() throws IOException {
        db = CliRun.newLog(dir.resolve("log")).toString();
        workbook = dir.resolve("team.xlsx");
        String[] header = {"Ref", "Title", "What could cause it", "Proposed mitigations", "Reviewer notes"};
        String[] cells = {"H-3", "Dose shown in the wrong unit", "Unit defaults to the last one used\nNo unit on import",
                "Show the unit beside every dose", "checked by JB"};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            XSSFSheet sheet = wb.createSheet("Hazards");
            XSSFRow h = sheet.createRow(0);
            XSSFRow r = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                r.createCell(i).setCellValue(cells[i]);
            }
            wb.write(out);
        }
    }

    @Test
    void withoutAMapUnknownColumnsAreNamedWithHowToMapThem() {
        CliRun run = CliRun.of("--db", db, "import", workbook.toString());

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("Columns of " + workbook + " (sheet \"Hazards\", header row 1):")
                .contains("\"Ref\" -> No.")
                .contains("\"What could cause it\" -> not imported: HazardLog does not know this column")
                .contains("--map \"What could cause it=FIELD\"");
        assertThat(hazardsIn(dir.resolve("log")).get(0).causes()).isEmpty();
    }

    @Test
    void mappedColumnsAreReadAsTheChosenFieldsAndIgnoredOnesGiveNoWarning() {
        CliRun run = CliRun.of("--db", db, "import", workbook.toString(), "--map", "What could cause it=causes",
                "--map", "proposed mitigations=Unassigned controls", "--map", "Reviewer notes=ignore");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("\"What could cause it\" -> Causes (mapped)")
                .contains("\"Proposed mitigations\" -> Unassigned controls (mapped)")
                .contains("\"Reviewer notes\" -> ignored (mapped)")
                .doesNotContain("does not know");
        Hazard h = hazardsIn(dir.resolve("log")).get(0);
        assertThat(h.causes()).containsExactly("Unit defaults to the last one used", "No unit on import");
        assertThat(h.controls()).extracting(Control::category, Control::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ControlCategory.UNASSIGNED, "Show the unit beside every dose"));
    }

    @Test
    void aMapToNoFieldIsAUsageErrorNamingTheFields() {
        CliRun run = CliRun.of("--db", db, "import", workbook.toString(), "--map", "What could cause it=reasons");

        assertThat(run.exitCode).isEqualTo(HazardLogCommand.USAGE);
        assertThat(run.err).contains("\"reasons\" is not a field HazardLog imports").contains("Causes").contains("ignore");
        assertThat(hazardsIn(dir.resolve("log"))).isEmpty();
    }

    @Test
    void aMapOfAHeaderNoWorkbookHasIsSaid() {
        CliRun run = CliRun.of("--db", db, "import", workbook.toString(), "--map", "Possibel causes=causes");

        assertThat(run.exitCode).as(run.err).isZero();
        assertThat(run.out).contains("--map \"Possibel causes=Causes\": no workbook read has a column \"Possibel causes\"");
    }

    @Test
    void riskLevelsCannotBeMappedBecauseTheyAreNeverRead() {
        CliRun run = CliRun.of("--db", db, "import", workbook.toString(), "--map", "Reviewer notes=initial risk");

        assertThat(run.exitCode).isEqualTo(HazardLogCommand.USAGE);
        assertThat(run.err).contains("risk levels are looked up");
    }
}
