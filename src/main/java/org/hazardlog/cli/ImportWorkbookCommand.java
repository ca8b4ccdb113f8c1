package org.hazardlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.ImportSummary;
import org.hazardlog.report.xlsx.WorkbookImport;
import org.hazardlog.report.xlsx.WorkbookImportResult;

/**
 * {@code hazardlog import FILE.xlsx}: brings the hazards of a workbook into the log. Deliberately
 * thin (the reading is {@link WorkbookImport}, the writing {@link HazardLogService#importHazards}),
 * so that it can become one branch of an {@code import} command that dispatches on the file type.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import hazards from an Excel workbook (.xlsx), matching columns by their header names. "
                + "A hazard whose number is already in the log is updated, not duplicated. "
                + "Nothing is imported if any row is invalid, unless --skip-invalid is given.")
final class ImportWorkbookCommand implements Callable<Integer> {

    @ParentCommand
    private HazardLogCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The workbook (.xlsx) to import.")
    private Path file;

    @Option(names = "--skip-invalid", description = "Import the valid rows and list the invalid ones, instead of importing nothing.")
    private boolean skipInvalid;

    @Override
    public Integer call() {
        try (HazardLogService log = parent.openLog()) {
            PrintWriter out = spec.commandLine().getOut();
            WorkbookImportResult result = new WorkbookImport(log.scheme()).read(file);
            result.notes().forEach(n -> out.println("Note: " + n));
            if (!result.isValid() && !skipInvalid) {
                throw new RefusedException(file + " has " + rows(result.problems().size()) + " that cannot be imported; "
                        + "nothing was imported:\n" + result.describeProblems()
                        + "\nCorrect them, or use --skip-invalid to import the other rows.");
            }
            ImportSummary summary = log.importHazards(result.hazards());
            out.println("Imported " + file + ": " + summary + ".");
            out.flush();
            if (!result.isValid()) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("hazardlog: skipped " + rows(result.problems().size()) + ":\n" + result.describeProblems());
                err.flush();
            }
            return HazardLogCommand.OK;
        }
    }

    private static String rows(int n) {
        return n == 1 ? "1 row" : n + " rows";
    }
}
