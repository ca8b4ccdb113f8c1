package org.hazardlog.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserAdministration;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.version.IssuedVersion;

/** {@code hazardlog issue}: the CSO issues and signs the current log as the next version. */
@Command(name = "issue", mixinStandardHelpOptions = true,
        description = {"Issue the log as it is now as the next version, signed by you as approved.",
                "Needs the CSO role and your password (from the terminal, or the first line of",
                "standard input with --password-stdin; never on the command line)."})
final class IssueCommand implements Callable<Integer> {

    @ParentCommand
    private HazardLogCommand root;
    @Spec
    private CommandSpec spec;
    @Mixin
    private WhoIsWorking who;
    @Option(names = "--summary", required = true, paramLabel = "TEXT", description = "What this version is, such as the release it accompanies.")
    private String summary;
    @Option(names = "--password-stdin", description = "Read your password from standard input.")
    private boolean fromStdin;

    @Override
    public Integer call() {
        try (HazardLogService log = root.openLog(who)) {
            // Asking for a password nobody was given would only end in the same refusal.
            log.users().find(log.userName()).filter(u -> u.role() == Role.CSO && !u.hasPassword()).ifPresent(u -> {
                throw new RefusedException("Signing a version needs your password, and " + u.name() + " has none. "
                        + UserAdministration.whoSetsPasswords(u.name()) + " Nothing was issued.");
            });
            char[] password = new PasswordInput(root.stdin(), fromStdin).next("Password for " + log.userName() + ": ");
            IssuedVersion v = log.versions().issue(summary, password);
            spec.commandLine().getOut().println("Issued version " + v.number() + " of " + log.file() + " with "
                    + v.hazards().size() + (v.hazards().size() == 1 ? " hazard. " : " hazards. ") + v.signature() + ".");
            spec.commandLine().getOut().println("Content SHA-256 " + v.contentHash() + "; audit head when signed "
                    + v.anchor() + ".");
            spec.commandLine().getOut().flush();
            return HazardLogCommand.OK;
        }
    }
}
