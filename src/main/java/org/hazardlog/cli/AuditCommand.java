package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.audit.AuditCheck;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;

/** {@code hazardlog audit}: read the audit trail and check it has not been tampered with. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Show the audit trail or check that it is intact.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.ListEvents.class})
final class AuditCommand {

    @ParentCommand
    private HazardLogCommand root;

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check the audit trail's hash chain and the issued versions.",
                    "Exit 0 when intact; exit 1 naming the first broken event when not."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        private AuditCommand audit;
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            try (HazardLogService log = audit.root.inspectLog()) {
                AuditCheck check = log.audit().verify();
                if (!check.isIntact()) {
                    throw new RefusedException("the audit trail of " + log.file() + " is broken: "
                            + check.broken().orElseThrow().message() + ".");
                }
                PrintWriter out = spec.commandLine().getOut();
                int versions = log.versions().list().size();
                out.println("The audit trail of " + log.file() + " is intact: " + check.events()
                        + (check.events() == 1 ? " event" : " events") + ", " + versions
                        + (versions == 1 ? " issued version." : " issued versions."));
                out.println("Head: " + check.head() + " (keep this outside the log to detect later truncation).");
                out.flush();
                return HazardLogCommand.OK;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List audit events, oldest first.")
    static final class ListEvents implements Callable<Integer> {
        @ParentCommand
        private AuditCommand audit;
        @Spec
        private CommandSpec spec;
        @Option(names = "--hazard", paramLabel = "N", description = "Only the events of hazard N.")
        private Integer hazard;
        @Option(names = "--user", paramLabel = "U", description = "Only the changes made by user U.")
        private String user;
        @Option(names = "--field", paramLabel = "F", description = "Only fields whose name contains F.")
        private String field;

        @Override
        public Integer call() {
            try (HazardLogService log = audit.root.readLog(null)) {
                List<AuditEvent> events = log.audit().events(AuditQuery.ALL.withHazard(hazard).withUser(user)
                        .withField(field));
                PrintWriter out = spec.commandLine().getOut();
                ListCommand.PlainTable table = new ListCommand.PlainTable("#", "Time (UTC)", "User", "Role", "Action",
                        "Subject", "Field", "Old", "New", "Reason");
                for (AuditEvent e : events) {
                    table.add(String.valueOf(e.sequence()), e.at().toString(), e.user(), e.role().label(),
                            e.action().label(), e.subject(), e.field(), oneLine(e.oldValue()), oneLine(e.newValue()),
                            oneLine(e.reason()));
                }
                table.print(out);
                out.println(events.size() + (events.size() == 1 ? " event." : " events."));
                out.flush();
                return HazardLogCommand.OK;
            }
        }

        private static String oneLine(String s) {
            if (s == null) {
                return "-";
            }
            String line = s.replace("\r", "").replace('\n', ' ');
            return line.length() <= 60 ? line : line.substring(0, 57) + "...";
        }
    }
}
