package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.audit.AuditCheck;
import org.hazardlog.domain.audit.ChainBreak;
import org.hazardlog.domain.audit.ChainHead;
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
            description = {"Check the audit trail's hash chain and what it vouches for: issued versions and their",
                    "issue events, users and roles, hazards' creation events.",
                    "Exit 0 and the head (SEQ:HASH) when intact; exit 1 naming every problem when not."})
    static final class Verify implements Callable<Integer> {
        /** Problems listed one a line; a damaged log can have thousands. */
        private static final int LISTED = 20;

        @ParentCommand
        private AuditCommand audit;
        @Spec
        private CommandSpec spec;
        @Option(names = "--head", paramLabel = "SEQ:HASH",
                description = "A head printed by an earlier verify or issue and kept outside the log: exit 1 if the "
                        + "trail no longer holds it (cut back or rewritten since).")
        private String head;

        @Override
        public Integer call() {
            ChainHead kept = head == null ? null : parseHead(head);
            try (HazardLogService log = audit.root.inspectLog()) {
                AuditCheck check = log.audit().verify(kept);
                if (!check.isIntact()) {
                    List<ChainBreak> problems = check.problems();
                    StringBuilder message = new StringBuilder("the audit trail of " + log.file() + " is broken: "
                            + problems.get(0).message() + ".");
                    problems.stream().skip(1).limit(LISTED - 1).forEach(p -> message.append("\n  also: ")
                            .append(p.message()).append('.'));
                    if (problems.size() > LISTED) {
                        message.append("\n  and ").append(problems.size() - LISTED).append(" more problems.");
                    }
                    throw new RefusedException(message.toString());
                }
                PrintWriter out = spec.commandLine().getOut();
                int versions = log.versions().list().size();
                int users = log.users().list().size();
                int hazards = log.count();
                out.println("The audit trail of " + log.file() + " is intact: " + check.events()
                        + (check.events() == 1 ? " event" : " events") + ", " + versions
                        + (versions == 1 ? " issued version" : " issued versions") + ", " + users
                        + (users == 1 ? " user" : " users") + " and " + hazards + (hazards == 1 ? " hazard" : " hazards")
                        + " agree with it.");
                if (kept != null) {
                    out.println("It still holds the head kept outside the log, " + kept + ".");
                }
                out.println("Head: " + check.head() + " (keep this outside the log; give it to a later "
                        + "audit verify --head to detect a trail cut back or rewritten).");
                out.flush();
                return HazardLogCommand.OK;
            }
        }

        private static ChainHead parseHead(String text) {
            String[] parts = text.strip().split(":", -1);
            try {
                if (parts.length == 2 && parts[1].matches("[0-9a-fA-F]{64}")) {
                    long seq = Long.parseLong(parts[0]);
                    if (seq >= 0) {
                        return new ChainHead(seq, parts[1].toLowerCase(Locale.ROOT));
                    }
                }
            } catch (NumberFormatException e) {
                // refused below
            }
            throw new RefusedException("--head takes a head as verify and issue print it, SEQ:HASH (an event number, "
                    + "a colon and 64 hex digits), not \"" + text + "\"");
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
