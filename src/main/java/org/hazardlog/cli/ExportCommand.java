package org.hazardlog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.transfer.export.ExportRefusedException;
import org.hazardlog.transfer.export.ExportResult;
import org.hazardlog.transfer.export.HazardExporter;
import org.hazardlog.transfer.export.JsonFileExporter;
import org.hazardlog.transfer.export.MarkdownFolderExporter;

/** {@code hazardlog export --format FORMAT --out PATH}: the whole log in one format; one exporter per format. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export every hazard of the log.",
                "md: a folder of Hazard-NNNN.md files in the Quill form and an index.md. Files of that name are "
                        + "replaced; nothing else in the folder is changed or deleted.",
                "json: one HazardLog JSON file with the risk scheme and every field (import reads it back exactly)."},
        footer = {"", "Exit codes: 0 written; 1 refused or could not write (nothing written); 2 usage error."})
final class ExportCommand implements Callable<Integer> {

    /** The formats {@code --format} takes, as typed (case does not matter). */
    enum Format { MD, JSON }

    @ParentCommand
    private HazardLogCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WhoIsWorking who;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "md or json.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "md: the folder to write (created if missing); json: the file to write.")
    private Path out;

    @Option(names = "--force", description = "Write into a folder that holds other files (md; they are left as "
            + "they are), or replace a file that is not a HazardLog export (json).")
    private boolean force;

    private HazardExporter exporter(RiskScheme scheme) {
        return switch (format) {
            case MD -> new MarkdownFolderExporter(scheme, force);
            case JSON -> new JsonFileExporter(scheme, force);
        };
    }

    @Override
    public Integer call() {
        HazardLogFile file = parent.logFile();
        if (!file.exists()) {
            // Exporting must not create an empty log as a side effect of a mistyped --db.
            throw new RefusedException("there is no hazard log at " + file + "; nothing exported");
        }
        try (HazardLogService log = parent.openLog(who)) {
            List<Hazard> hazards = log.hazards();
            ExportResult result = exporter(log.scheme()).export(hazards, out);
            PrintWriter w = spec.commandLine().getOut();
            result.notes().forEach(n -> w.println("Note: " + n));
            w.println("Exported " + hazards.size() + (hazards.size() == 1 ? " hazard" : " hazards") + " from " + file
                    + " to " + out + " (" + (result.written().size() == 1 ? "1 file" : result.written().size() + " files")
                    + " written).");
            w.flush();
            return HazardLogCommand.OK;
        } catch (ExportRefusedException e) {
            throw new RefusedException("nothing exported: " + e.getMessage()
                    + (e.overridable() ? ". Nothing else would be changed or deleted: use --force if this is the place you meant" : ""));
        } catch (IOException e) {
            throw new RefusedException("export failed: cannot write " + out + ": " + e.getMessage());
        }
    }
}
