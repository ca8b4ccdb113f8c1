package org.hazardlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.ImportPlan;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.report.xlsx.ColumnMap;
import org.hazardlog.report.xlsx.WorkbookFileReader;
import org.hazardlog.domain.Hazard;
import org.hazardlog.report.importing.ImportFormats;
import org.hazardlog.transfer.batch.BatchReading;
import org.hazardlog.app.CodeReviewService;
import org.hazardlog.code.SymbolSuggestions;

/**
 * {@code hazardlog import PATH...}: reads hazard files and folders and imports them in one
 * transaction. Which reader reads a file is chosen by its extension ({@link ImportFormats}). A
 * batch with an invalid file imports nothing, so that a log never holds half of a batch.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import hazards from Markdown files (Quill or DCSP form, .md), pages copied from a browser "
                + "(.txt) and HazardLog JSON exports (.json). Folders are read with their subfolders.",
                "A hazard whose number the log has updates it (controls matched by their text keep their history); "
                        + "the others are added. Nothing is deleted.",
                "All or nothing: if any file is invalid, nothing is imported and every problem is listed."},
        footer = {"", "Exit codes: 0 imported (or nothing to change); 1 invalid files, nothing imported; 2 usage error."})
final class ImportCommand implements Callable<Integer> {

    @ParentCommand
    private HazardLogCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WhoIsWorking who;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Hazard files or folders of them.")
    private List<Path> paths;

    @Option(names = "--skip-invalid",
            description = "Import the valid files and list the invalid ones, instead of importing nothing; "
                    + "in a workbook (.xlsx), skip and list its invalid rows.")
    private boolean skipInvalid;

    @Option(names = "--allow-removals",
            description = "Remove controls that the files no longer have even when work was recorded on them "
                    + "(a status past Proposed, or evidence). Without it such an import is refused and the controls are listed.")
    private boolean allowRemovals;

    @Option(names = "--dry-run", description = "Show what the import would do, without changing the log.")
    private boolean dryRun;

    @Option(names = "--map", paramLabel = "HEADER=FIELD",
            description = "Read a workbook column as a field: \"Possible causes=causes\", \"Reviewer notes=ignore\". "
                    + "Repeatable. FIELD is a column name of HazardLog's workbook (Causes, Action summary, Owner...) "
                    + "or any header name HazardLog knows for it. How every column was read is printed.")
    private List<String> maps = List.of();

    @Option(names = "--link-named-tests",
            description = "Link the tests a control's text names in backticks (such as `test_ehr_race`) to the control "
                    + "as implementation evidence. Without it they are only listed as proposals.")
    private boolean linkNamedTests;

    @Override
    public Integer call() {
        ColumnMap columnMap;
        try {
            columnMap = ColumnMap.parse(maps);
        } catch (InvalidValueException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try (HazardLogService log = dryRun ? parent.readLog(who) : parent.openLog(who)) {
            WorkbookFileReader workbooks = new WorkbookFileReader(log.scheme(), skipInvalid, layout -> columnMap);
            BatchReading batch = ImportFormats.withWorkbooks(log.scheme(), workbooks).read(paths);
            PrintWriter out = spec.commandLine().getOut();
            ImportReport.printColumns(out, workbooks.columnsRead(), columnMap);
            out.flush();
            ImportReport report = new ImportReport(batch);
            report.suggestSymbolsFrom(SymbolSuggestions.in(new CodeReviewService(log).settings().repositoryRoot()));
            if (batch.hasProblems() && (!skipInvalid || batch.hazards().isEmpty())) {
                throw new RefusedException(report.refusal(skipInvalid));
            }
            if (batch.hazards().isEmpty()) {
                throw new RefusedException(report.nothingFound(paths));
            }
            List<Hazard> incoming = NamedTestLinks.apply(batch.hazardList(), log::hazards, linkNamedTests, out);
            ImportPlan plan = dryRun
                    ? ImportPlan.of(incoming, log.hazards(), log.scheme())
                    : log.importHazards(incoming, null, allowRemovals);
            report.print(out, plan, log.file().toString());
            out.flush();
            return HazardLogCommand.OK;
        }
    }
}
