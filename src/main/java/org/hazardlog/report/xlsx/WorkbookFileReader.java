package org.hazardlog.report.xlsx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.hazardlog.domain.RiskScheme;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.HazardFileReader;
import org.hazardlog.transfer.ImportProblem;
import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.ProblemKind;
import org.hazardlog.transfer.WarningKind;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/**
 * A Hazard Log workbook as one file of an import, so that {@code import} and File > Import read
 * workbooks beside Markdown and JSON under the same rules: a workbook with any bad row is a bad
 * file, and each bad row is named. A workbook is many hazards in one file, so skipping invalid
 * input skips its bad rows, each named in a warning, rather than the whole workbook.
 */
public final class WorkbookFileReader implements HazardFileReader {

    private final WorkbookImport workbook;
    private final boolean skipInvalidRows;
    private final Map<Path, WorkbookColumns> columnsRead = new ConcurrentHashMap<>();

    public WorkbookFileReader(RiskScheme scheme) {
        this(scheme, false);
    }

    public WorkbookFileReader(RiskScheme scheme, boolean skipInvalidRows) {
        this(scheme, skipInvalidRows, layout -> ColumnMap.none());
    }

    /** {@code mapOfLayout} gives the user's column map for a header row ({@link ColumnMap#layoutKey}). */
    public WorkbookFileReader(RiskScheme scheme, boolean skipInvalidRows, Function<String, ColumnMap> mapOfLayout) {
        this.workbook = new WorkbookImport(scheme, HazardTypeTaxonomy.builtIn(), mapOfLayout);
        this.skipInvalidRows = skipInvalidRows;
    }

    /** How the columns of each workbook read so far were read, by file, so that the user can be shown. */
    public Map<Path, WorkbookColumns> columnsRead() {
        return Map.copyOf(columnsRead);
    }

    @Override
    public FileReading read(Path source, byte[] bytes) {
        WorkbookImportResult result;
        try {
            result = workbook.read(source);
        } catch (WorkbookSize.TooLarge e) {
            return FileReading.rejected(source, ProblemKind.TOO_LARGE, withoutFileName(source, e.getMessage()));
        } catch (org.hazardlog.report.ReportException | org.hazardlog.domain.InvalidValueException e) {
            return FileReading.rejected(source, ProblemKind.MALFORMED, withoutFileName(source, e.getMessage()));
        }
        columnsRead.put(source, result.columns());
        boolean skipRows = skipInvalidRows && !result.hazards().isEmpty();
        if (!result.isValid() && !skipRows) {
            List<ImportProblem> problems = new ArrayList<>(result.problems().stream()
                    .map(p -> new ImportProblem(source, ProblemKind.INVALID_VALUE, p.toString())).toList());
            if (!result.hazards().isEmpty()) {
                int good = result.hazards().size();
                problems.add(new ImportProblem(source, ProblemKind.INVALID_VALUE, "its other " + good
                        + (good == 1 ? " row is" : " rows are") + " valid: fix the invalid "
                        + (result.problems().size() == 1 ? "row" : "rows") + ", or import the valid ones with"
                        + " --skip-invalid, which skips and lists the invalid rows"));
            }
            return FileReading.rejected(source, problems);
        }
        List<ImportWarning> fileWarnings = new ArrayList<>();
        result.warnings().forEach(w -> fileWarnings.add(new ImportWarning(source, w.kind(), w.message())));
        result.problems().forEach(p -> fileWarnings.add(new ImportWarning(source, WarningKind.SKIPPED_ROW,
                "skipped, not imported: " + p)));
        List<ParsedHazard> hazards = new ArrayList<>();
        for (int i = 0; i < result.hazards().size(); i++) {
            List<ImportWarning> own = result.hazardWarnings().get(i).stream()
                    .map(w -> new ImportWarning(source, w.kind(), w.message())).toList();
            hazards.add(new ParsedHazard(result.hazards().get(i), source, own));
        }
        return FileReading.of(source, hazards, fileWarnings);
    }

    /** A problem of an import is printed after its file's name, so the message need not name the file again. */
    private static String withoutFileName(Path source, String message) {
        String named = source + " ";
        return message.startsWith(named) ? message.substring(named.length()) : message;
    }
}
