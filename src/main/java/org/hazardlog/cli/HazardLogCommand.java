package org.hazardlog.cli;

import java.io.InputStream;
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
        subcommands = {ListCommand.class, ImportCommand.class, ExportCommand.class, CodeCheckCommand.class,
                SettingsCommand.class, GenerateCommand.class, UsersCommand.class, AuditCommand.class,
                IssueCommand.class, VersionsCommand.class, DiffCommand.class, CscrCommand.class,
                VerifyExportCommand.class, NewCommand.class, BackupCommand.class, RestoreCommand.class,
                TestIssueCommand.class,
                EvidenceCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok; 1 invalid input or refused operation; 2 usage error.",
                "The log is ~/.hazardlog/hazardlog.mv.db unless --db or HAZARDLOG_DB names another.",
                "Commands act as --user (default: the operating-system user). Anyone may read a log;",
                "changing it needs a user of the log with the right role (see: hazardlog users list)."})
public final class HazardLogCommand implements Callable<Integer> {

    public static final int OK = 0;
    public static final int REFUSED = 1;
    public static final int USAGE = 2;

    /** Opens the window on a log (null: the last one used) as a person (null: the one the window remembers). */
    @FunctionalInterface
    public interface WindowOpener {
        void open(HazardLogFile log, String user);
    }

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    private final WindowOpener openWindow;
    private final InputStream stdin;
    private Path db;
    private String user;

    HazardLogCommand(WindowOpener openWindow, InputStream stdin) {
        this.openWindow = openWindow;
        this.stdin = stdin;
    }

    @Option(names = "--db", paramLabel = "PATH", scope = ScopeType.INHERIT,
            description = "The hazard log file (it must exist; see: hazardlog new). Default: HAZARDLOG_DB, else ~/.hazardlog/hazardlog")
    void setDb(Path db) {
        this.db = db;
    }

    @Option(names = "--user", paramLabel = "NAME",
            description = "Who is working: a user of the log. Default: the operating-system user.")
    void setUser(String user) {
        this.user = user;
    }

    /** The person a command acts as: its own --user, else the one given before the command, else the OS user. */
    String user(WhoIsWorking who) {
        String named = who != null && who.name() != null ? who.name() : user;
        return named == null || named.isBlank() ? HazardLogService.operatingSystemUser() : named.strip();
    }

    InputStream stdin() {
        return stdin;
    }

    HazardLogFile logFile() {
        return db == null ? HazardLogFile.defaultLog() : HazardLogFile.at(db);
    }

    /** Opens the log to change it; a missing log is refused, never created. */
    HazardLogService openLog(WhoIsWorking who) {
        return told(HazardLogService.open(logFile(), user(who)));
    }

    /** Opens the log only to read it: the file is left exactly as it was, and a write-protected log works. */
    HazardLogService readLog(WhoIsWorking who) {
        return told(HazardLogService.openToRead(logFile(), user(who)));
    }

    /** Opens the log to check its audit trail, even one that every other command refuses as damaged. */
    HazardLogService inspectLog() {
        return told(HazardLogService.openToInspect(logFile(), user(null)));
    }

    /** Says on stderr what opening had to do first, such as restoring a backup after an unfinished write. */
    HazardLogService told(HazardLogService log) {
        log.recoveryNotice().ifPresent(notice -> {
            spec.commandLine().getErr().println("hazardlog: " + notice);
            spec.commandLine().getErr().flush();
        });
        return log;
    }

    /** Opens the window; with no log named, the window picks the last one used (null here). */
    @Override
    public Integer call() {
        boolean named = db != null || (System.getenv("HAZARDLOG_DB") != null && !System.getenv("HAZARDLOG_DB").isBlank());
        // --user names who is working as it does for a command; without it the window asks or remembers.
        openWindow.open(named ? logFile() : null, user == null ? null : user(null));
        return OK;
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String[] args, Consumer<HazardLogFile> openWindow, PrintWriter out, PrintWriter err) {
        return run(args, openWindow, System.in, out, err);
    }

    /** Runs the command line with {@code stdin} as standard input (passwords are read from it). */
    public static int run(String[] args, Consumer<HazardLogFile> openWindow, InputStream stdin, PrintWriter out,
                          PrintWriter err) {
        return run(args, (WindowOpener) (log, user) -> openWindow.accept(log), stdin, out, err);
    }

    /** Runs the command line; without a command the window opens as the person --user names. */
    public static int run(String[] args, WindowOpener openWindow, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new HazardLogCommand(openWindow, stdin));
        // Names and other user text may hold terminal escapes; both streams show them as text, so
        // picocli's own colours are off too.
        cli.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setOut(TerminalText.writer(out));
        cli.setErr(TerminalText.writer(err));
        cli.setExecutionExceptionHandler(new UserErrors());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        usageErrorsExitWithTwo(cli);
        return cli.execute(args);
    }

    private static void usageErrorsExitWithTwo(CommandLine cli) {
        cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
        cli.getSubcommands().values().forEach(HazardLogCommand::usageErrorsExitWithTwo);
    }
}
