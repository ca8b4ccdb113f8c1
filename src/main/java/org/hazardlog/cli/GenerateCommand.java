package org.hazardlog.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.SyntheticLog;
import org.hazardlog.store.HazardLogFile;

/** {@code hazardlog generate}: a new log of invented hazards, for trying HazardLog at scale. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Create a new hazard log filled with invented hazards (for trying HazardLog at scale).")
final class GenerateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private HazardLogCommand parent;

    @Mixin
    private WhoIsWorking who;

    @Option(names = "--hazards", paramLabel = "N", required = true, description = "How many hazards (1 to 100000).")
    private int count;

    @Option(names = "--out", paramLabel = "PATH", required = true, description = "The new log file; it must not exist yet.")
    private Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The same seed gives the same hazards (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--password-stdin",
            description = "Give the log's CSO (--user) a password, read from standard input, so they can sign.")
    private boolean fromStdin;

    @Override
    public Integer call() {
        if (count < 1 || count > 100_000) {
            throw new RefusedException("--hazards must be between 1 and 100000, not " + count);
        }
        HazardLogFile file = HazardLogFile.at(out);
        if (file.exists()) {
            throw new RefusedException(file + " already exists; generate writes only new logs, so that no real log is mixed with invented hazards.");
        }
        String cso = parent.user(who);
        // Like new: the CSO's password comes from whoever creates the log, or there is none, and then
        // nobody can sign this log's versions (nobody sets their own first password).
        char[] password = fromStdin ? new PasswordInput(parent.stdin(), true).fresh("") : null;
        long started = System.nanoTime();
        try (HazardLogService log = password == null ? HazardLogService.openOrCreate(file, cso)
                : HazardLogService.create(file, cso, password)) {
            log.createAll(new SyntheticLog(seed).hazards(count));
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        spec.commandLine().getOut().println("Wrote " + count + (count == 1 ? " invented hazard" : " invented hazards") + " to " + file + " in " + ms + " ms; "
                + cso + " is its CSO" + (fromStdin ? ", with a password." : ", without a password, so nobody can sign "
                + "its versions (give --password-stdin to set one)."));
        spec.commandLine().getOut().flush();
        return HazardLogCommand.OK;
    }
}
