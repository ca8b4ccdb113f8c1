package org.hazardlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.store.HazardLogFile;

/**
 * The top of the command line. Without a command it opens the window; with one it runs headless.
 * Exit codes are a promise to users' CI pipelines: 0 ok, 1 invalid input or refused operation,
 * 2 usage error.
 */
@Command(name = "hazardlog",
        mixinStandardHelpOptions = true,
        versionProvider = AppVersion.class,
        description = "Keep a clinical hazard log (DCB0129 / DCB0160).%n"
                + "Without a command, opens the HazardLog window.",
        subcommands = {ListCommand.class, ExportCommand.class, ImportWorkbookCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok; 1 invalid input or refused operation; 2 usage error.",
                "The log is ~/.hazardlog/hazardlog.mv.db unless --db or HAZARDLOG_DB names another."})
public final class HazardLogCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    private final Consumer<HazardLogFile> openWindow;
    private Path db;

    HazardLogCommand(Consumer<HazardLogFile> openWindow) {
        this.openWindow = openWindow;
    }

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The hazard log file (created if missing). Default: HAZARDLOG_DB, else ~/.hazardlog/hazardlog")
    void setDb(Path db) {
        this.db = db;
    }

    HazardLogFile logFile() {
        return db == null ? HazardLogFile.defaultLog() : HazardLogFile.at(db);
    }

    HazardLogService openLog() {
        return HazardLogService.open(logFile());
    }

    @Override
    public Integer call() {
        openWindow.accept(logFile());
        return OK;
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, Consumer<HazardLogFile> openWindow, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new HazardLogCommand(openWindow));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new UserErrors());
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().exitCodeOnInvalidInput(USAGE));
        return cli.execute(args);
    }
}
