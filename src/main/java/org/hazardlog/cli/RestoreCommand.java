package org.hazardlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.hazardlog.store.LogBackups;
import org.hazardlog.store.LogRestore;

/** {@code hazardlog restore}: put a backup in the place of the log, keeping the log it replaces. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Replace the log with its newest backup, or with --from FILE. The log must not be open "
                + "anywhere; the log it replaces is kept in the backups folder.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    private HazardLogCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--from", paramLabel = "FILE", description = "The backup to restore. Default: the newest in NAME.backups.")
    private Path from;

    @Option(names = "--list", description = "Only list the backups, newest first; change nothing.")
    private boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LogBackups backups = LogBackups.of(parent.logFile());
        if (list) {
            List<Path> all = backups.list();
            if (all.isEmpty()) {
                out.println("No backups of " + parent.logFile() + " in " + backups.folder() + ".");
            }
            all.forEach(p -> out.println(p));
            out.flush();
            return HazardLogCommand.OK;
        }
        LogRestore.Restored done = new LogRestore(parent.logFile()).restore(from);
        out.println("Restored " + parent.logFile() + " from " + done.from() + " (" + done.hazards()
                + (done.hazards() == 1 ? " hazard)." : " hazards).")
                + (done.replacedKeptAs() == null ? "" : " The log it replaced is kept as " + done.replacedKeptAs() + "."));
        out.flush();
        return HazardLogCommand.OK;
    }
}
