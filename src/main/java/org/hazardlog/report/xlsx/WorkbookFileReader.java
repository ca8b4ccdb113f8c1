package org.hazardlog.report.xlsx;

import java.nio.file.Path;
import java.util.List;

import org.hazardlog.domain.RiskScheme;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.HazardFileReader;
import org.hazardlog.transfer.ImportProblem;
import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.ProblemKind;
import org.hazardlog.transfer.WarningKind;

/**
 * A Hazard Log workbook as one file of an import, so that {@code import} and File > Import read
 * workbooks beside Markdown and JSON under the same rules: a workbook with any bad row is a bad
 * file, and each bad row is named.
 */
public final class WorkbookFileReader implements HazardFileReader {

    private final WorkbookImport workbook;

    public WorkbookFileReader(RiskScheme scheme) {
        this.workbook = new WorkbookImport(scheme);
    }

    @Override
    public FileReading read(Path source, byte[] bytes) {
        WorkbookImportResult result;
        try {
            result = workbook.read(source);
        } catch (org.hazardlog.report.ReportException | org.hazardlog.domain.InvalidValueException e) {
            return FileReading.rejected(source, ProblemKind.MALFORMED, withoutFileName(source, e.getMessage()));
        }
        if (!result.isValid()) {
            return FileReading.rejected(source, result.problems().stream()
                    .map(p -> new ImportProblem(source, ProblemKind.INVALID_VALUE, p.toString())).toList());
        }
        List<ImportWarning> notes = result.notes().stream()
                .map(n -> new ImportWarning(source, WarningKind.UNKNOWN_FIELD, n)).toList();
        return FileReading.of(source, result.hazards().stream()
                .map(h -> new ParsedHazard(h, source, List.of())).toList(), notes);
    }

    /** A problem of an import is printed after its file's name, so the message need not name the file again. */
    private static String withoutFileName(Path source, String message) {
        String named = source + " ";
        return message.startsWith(named) ? message.substring(named.length()) : message;
    }
}
