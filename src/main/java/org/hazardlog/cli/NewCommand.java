package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.store.HazardLogFile;

/**
 * {@code hazardlog new}: a new, empty log with its first CSO and that CSO's password, given by the
 * person creating it, so that nobody else can later claim the right to sign.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Create a new, empty hazard log (--db) with its first CSO and the CSO's password.",
                "The password is asked twice at the terminal, or read from the first line of standard input",
                "with --password-stdin. An existing file is never overwritten."})
final class NewCommand implements Callable<Integer> {

    @ParentCommand
    private HazardLogCommand root;
    @Spec
    private CommandSpec spec;
    @Option(names = "--cso", required = true, paramLabel = "NAME", description = "The log's first Clinical Safety Officer.")
    private String cso;
    @Option(names = "--password-stdin", description = "Read the CSO's password from standard input.")
    private boolean fromStdin;

    @Override
    public Integer call() {
        HazardLogFile file = root.logFile();
        if (file.exists()) {
            throw new RefusedException(file + " already exists; new makes only new logs and never writes over a file");
        }
        char[] password = new PasswordInput(root.stdin(), fromStdin).fresh("Password for " + cso.strip() + " (CSO): ");
        try (HazardLogService log = HazardLogService.create(file, cso, password)) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Created " + log.file() + " with " + log.userName() + " as its CSO; only "
                    + log.userName() + "'s password signs its versions.");
            out.println("Add the team with: hazardlog users add NAME --role engineer --user " + log.userName());
            out.flush();
            return HazardLogCommand.OK;
        }
    }
}
