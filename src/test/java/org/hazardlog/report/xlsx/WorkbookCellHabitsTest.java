package org.hazardlog.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.transfer.WarningKind;

/** Habits of hand-kept workbooks: names over two lines, "None" in a control column. */
class WorkbookCellHabitsTest {

    @TempDir
    Path folder;

    private WorkbookImportResult read(String[] header, String[] cells) throws IOException {
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
        return new WorkbookImport(RiskSchemeFile.defaultScheme()).read(file);
    }

    @Test
    void aNameOverTwoLinesIsJoinedWithAWarning() throws IOException {
        WorkbookImportResult r = read(new String[] {"No.", "Name"}, new String[] {"1", "Results sent\n to the wrong ward"});

        assertThat(r.hazards().get(0).name()).isEqualTo("Results sent to the wrong ward");
        assertThat(r.hazardWarnings().get(0)).anySatisfy(w -> assertThat(w.kind()).isEqualTo(WarningKind.NAME_JOINED));
    }

    @Test
    void placeholdersInControlColumnsAreNotControls() throws IOException {
        WorkbookImportResult r = read(new String[] {"No.", "Name", "Design controls", "Training controls"},
                new String[] {"1", "Late result", "N/A", "None.\nTeach the result inbox"});

        Hazard h = r.hazards().get(0);
        assertThat(h.controls()).extracting(Control::text).containsExactly("Teach the result inbox");
        assertThat(r.hazardWarnings().get(0)).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.PLACEHOLDER_CONTROL);
            assertThat(w.message()).contains("\"N/A\" (Design)", "\"None.\" (Training)");
        });
    }
}
