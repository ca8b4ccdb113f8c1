package org.hazardlog.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

class ColumnMapTest {

    @TempDir
    Path folder;

    private Path workbook(String[] header, String[] cells) throws IOException {
        Path file = folder.resolve("w.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet("Log");
            XSSFRow h = sheet.createRow(0);
            XSSFRow r = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
                r.createCell(i).setCellValue(cells[i]);
            }
            wb.write(out);
        }
        return file;
    }

    private static WorkbookImport reader(ColumnMap map) {
        return new WorkbookImport(RiskSchemeFile.defaultScheme(), HazardTypeTaxonomy.builtIn(), map);
    }

    @Test
    void aMapOverridesAKnownHeaderAndIsRememberedAndRestored() throws IOException {
        Path file = workbook(new String[] {"No.", "Name", "Actions", "Remarks"}, new String[] {"1", "Late result", "Chase", "x"});
        ColumnMap map = ColumnMap.parse(List.of("Actions=existing controls", "Remarks=ignore"));

        WorkbookImportResult result = reader(ColumnMap.fromSetting(map.toSetting())).read(file);

        assertThat(result.hazards().get(0).existingControls()).isEqualTo("Chase");
        assertThat(result.hazards().get(0).actionSummary()).isEmpty();
        assertThat(result.notes()).isEmpty();
        assertThat(result.columns().uses()).extracting(WorkbookColumns.Use::how).containsExactly(
                WorkbookColumns.How.KNOWN, WorkbookColumns.How.KNOWN, WorkbookColumns.How.MAPPED, WorkbookColumns.How.IGNORED);
    }

    @Test
    void theLayoutKeyIsTheHeaderRowNormalisedSoTheSameLayoutFindsItsMap() throws IOException {
        Path file = workbook(new String[] {"No.", "Name", "Remarks"}, new String[] {"1", "Late result", "x"});

        WorkbookImportResult result = reader(ColumnMap.none()).read(file);

        assertThat(result.columns().layout()).isEqualTo(ColumnMap.layoutKey(List.of("no", "NAME", "Remarks!")));
        assertThat(result.columns().unknownHeaders()).containsExactly("Remarks");
    }

    @Test
    void aSecondBareSeverityAndLikelihoodAreTheResidualOnes() throws IOException {
        Path file = workbook(new String[] {"ID", "Hazard", "Name", "Severity", "Likelihood", "Risk", "Severity", "Likelihood", "Risk"},
                new String[] {"4", "", "Late result", "4", "3", "3", "4", "1", "2"});

        Hazard h = reader(ColumnMap.none()).read(file).hazards().get(0);

        assertThat(h.initial()).isEqualTo(Assessment.of(3, 4));
        assertThat(h.residual()).isEqualTo(Assessment.of(1, 4));
    }

    @Test
    void spelledOutAndAbbreviatedHeadersAreKnown() throws IOException {
        Path file = workbook(new String[] {"Risk ID", "Hazard summary", "Root cause", "Existing control measures",
                        "Init sev", "Init lik", "Res sev", "Res lik", "Risk owner", "Patient impact"},
                new String[] {"9", "Late result", "Queue stuck", "Daily check", "3", "3", "3", "2", "Ana", "Delay"});

        WorkbookImportResult result = reader(ColumnMap.none()).read(file);

        assertThat(result.notes()).isEmpty();
        Hazard h = result.hazards().get(0);
        assertThat(h.number()).isEqualTo(9);
        assertThat(h.causes()).containsExactly("Queue stuck");
        assertThat(h.existingControls()).isEqualTo("Daily check");
        assertThat(h.initial()).isEqualTo(Assessment.of(3, 3));
        assertThat(h.residual()).isEqualTo(Assessment.of(2, 3));
        assertThat(h.assignment()).isEqualTo("Ana");
        assertThat(h.harm()).isEqualTo("Delay");
    }

    @Test
    void aPairWithoutAnEqualsSignIsRefused() {
        assertThatThrownBy(() -> ColumnMap.parse(List.of("Possible causes")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("is not HEADER=FIELD");
    }
}
