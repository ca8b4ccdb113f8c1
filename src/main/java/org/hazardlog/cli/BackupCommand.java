package org.hazardlog.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.hazardlog.store.LogBackups;

/** {@code hazardlog backup}: a complete, consistent copy of the log, safe to take while others use it. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Copy the log (consistently, even while it is in use) into its backups folder or to --to FILE.")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    private HazardLogCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--to", paramLabel = "FILE",
            description = "Where to write the copy (it must not exist). Default: a new file in NAME.backups beside the log.")
    private Path to;

    @Override
    public Integer call() {
        LogBackups backups = LogBackups.of(parent.logFile());
        Path copy = backups.backUpNow(to);
        spec.commandLine().getOut().println("Backed up " + parent.logFile() + " to " + copy + "."
                + (to == null ? " The newest " + LogBackups.KEPT + " copies in " + backups.folder() + " are kept." : ""));
        spec.commandLine().getOut().flush();
        return HazardLogCommand.OK;
    }
}
