package org.hazardlog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.testissue.TestIssueDetails;
import org.hazardlog.domain.testissue.TestIssueStatus;
import org.hazardlog.transfer.testissue.TestIssueJson;

/** {@code hazardlog test-issue}: defects found in testing, their linked hazards and safety impact. */
@Command(name = "test-issue", mixinStandardHelpOptions = true,
        description = {"Record defects found in testing: add, edit, resolve, reopen, list, show, import.",
                "Adding and changing test issues needs the Engineer or CSO role; anyone may list them.",
                "Section 8 of the safety case lists the open ones."},
        subcommands = {TestIssueCommand.Add.class, TestIssueCommand.Edit.class, TestIssueCommand.Resolve.class,
                TestIssueCommand.Reopen.class, TestIssueCommand.ListIssues.class, TestIssueCommand.Show.class,
                TestIssueCommand.Import.class})
final class TestIssueCommand {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    @ParentCommand
    HazardLogCommand root;

    /** The parts every subcommand has: the log, who is working and where output goes. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        TestIssueCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        WhoIsWorking who;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        HazardLogService change() {
            return parent.root.openLog(who);
        }

        HazardLogService read() {
            return parent.root.readLog(who);
        }

        int done(String message) {
            out().println(message);
            out().flush();
            return HazardLogCommand.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an open test issue. Without ID it gets the next number (TI-001, TI-002 ...).")
    static final class Add extends Sub {
        @Parameters(index = "0", arity = "0..1", paramLabel = "ID", description = "Its identifier, such as TI-007 or BUG-1234.")
        String id;
        @Option(names = "--title", required = true, paramLabel = "TEXT", description = "One line saying what is wrong.")
        String title;
        @Option(names = "--description", paramLabel = "TEXT", description = "What was found, where and how.")
        String description;
        @Option(names = "--hazards", split = ",", paramLabel = "N", description = "Linked hazard numbers: --hazards 3,7")
        List<Integer> hazards;
        @Option(names = "--safety-impact", paramLabel = "TEXT", description = "What the defect means for patient safety.")
        String impact;

        @Override
        public Integer call() {
            try (HazardLogService log = change()) {
                TestIssue added = log.testIssues().add(id, new TestIssueDetails(title, description, hazards, impact));
                return done("Added test issue " + added.id() + ": " + added.title() + ".");
            }
        }
    }

    @Command(name = "edit", mixinStandardHelpOptions = true,
            description = "Change what a test issue says; options not given keep their value.")
    static final class Edit extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Option(names = "--title", paramLabel = "TEXT")
        String title;
        @Option(names = "--description", paramLabel = "TEXT")
        String description;
        @Option(names = "--hazards", split = ",", paramLabel = "N", description = "The linked hazards, all of them: --hazards 3,7")
        List<Integer> hazards;
        @Option(names = "--no-hazards", description = "Link the issue to no hazard.")
        boolean noHazards;
        @Option(names = "--safety-impact", paramLabel = "TEXT")
        String impact;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why, kept in the audit trail.")
        String reason;

        @Override
        public Integer call() {
            if (noHazards && hazards != null) {
                throw new RefusedException("--hazards and --no-hazards contradict each other; give one");
            }
            try (HazardLogService log = change()) {
                TestIssue now = existing(log, id);
                TestIssueDetails d = now.details();
                TestIssueDetails changed = new TestIssueDetails(title != null ? title : d.title(),
                        description != null ? description : d.description(),
                        noHazards ? List.of() : hazards != null ? hazards : d.hazards(),
                        impact != null ? impact : d.safetyImpact());
                if (changed.equals(d)) {
                    return done("Test issue " + now.id() + " is unchanged: the values given are the ones it has.");
                }
                TestIssue saved = log.testIssues().edit(now.id(), now.revision(), changed, reason);
                return done("Saved test issue " + saved.id() + ".");
            }
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true, description = "Record how an open test issue was resolved.")
    static final class Resolve extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Option(names = "--resolution", required = true, paramLabel = "TEXT",
                description = "How it was resolved, such as the fix and the test that now passes.")
        String resolution;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Kept in the audit trail.")
        String reason;

        @Override
        public Integer call() {
            try (HazardLogService log = change()) {
                TestIssue now = existing(log, id);
                TestIssue saved = log.testIssues().resolve(now.id(), now.revision(), resolution, reason);
                return done("Resolved test issue " + saved.id() + ".");
            }
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true, description = "Open a resolved test issue again.")
    static final class Reopen extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why the resolution did not hold.")
        String reason;

        @Override
        public Integer call() {
            try (HazardLogService log = change()) {
                TestIssue now = existing(log, id);
                TestIssue saved = log.testIssues().reopen(now.id(), now.revision(), reason);
                return done("Reopened test issue " + saved.id() + ".");
            }
        }
    }

    enum Status { OPEN, RESOLVED, ALL }

    enum Format { TEXT, JSON }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the test issues of the log.")
    static final class ListIssues extends Sub {
        @Option(names = "--status", paramLabel = "STATUS", description = "open, resolved or all (default).")
        Status status = Status.ALL;
        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json (the import format).")
        Format format = Format.TEXT;

        @Override
        public Integer call() {
            try (HazardLogService log = read()) {
                List<TestIssue> all = log.testIssues().list();
                List<TestIssue> shown = all.stream().filter(t -> status == Status.ALL
                        || t.status() == (status == Status.OPEN ? TestIssueStatus.OPEN : TestIssueStatus.RESOLVED)).toList();
                PrintWriter out = out();
                if (format == Format.JSON) {
                    out.print(TestIssueJson.write(shown));
                    out.flush();
                    return HazardLogCommand.OK;
                }
                if (shown.isEmpty()) {
                    return done(all.isEmpty() ? "No test issues in " + log.file() + "."
                            : "No " + status.name().toLowerCase() + " test issues in " + log.file() + " ("
                                    + count(all, "") + ").");
                }
                ListCommand.PlainTable table = new ListCommand.PlainTable("ID", "Status", "Title", "Hazards", "Safety impact");
                shown.forEach(t -> table.add(t.id(), t.status().label(), t.title(), t.details().hazardList(),
                        t.details().safetyImpact()));
                table.print(out);
                return done(count(all, " in " + log.file()) + ".");
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one test issue in full.")
    static final class Show extends Sub {
        @Parameters(index = "0", paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            try (HazardLogService log = read()) {
                TestIssue t = existing(log, id);
                PrintWriter out = out();
                out.println(t.id() + ": " + TerminalText.oneLine(t.title()));
                out.println("Status: " + t.status().label());
                out.println("Linked hazards: " + (t.details().hazards().isEmpty() ? "none" : t.details().hazardList()));
                out.println("Recorded by " + TerminalText.oneLine(t.recordedBy()) + ", " + WHEN.format(t.recordedAt()));
                t.resolved().ifPresent(r -> out.println("Resolved by " + TerminalText.oneLine(r.by()) + ", " + WHEN.format(r.at())));
                block(out, "Description", t.details().description());
                block(out, "Safety impact", t.details().safetyImpact());
                t.resolved().ifPresent(r -> block(out, "Resolution", r.text()));
                out.flush();
                return HazardLogCommand.OK;
            }
        }

        private static void block(PrintWriter out, String label, String text) {
            out.println();
            out.println(label + ":");
            out.println(text.isEmpty() ? "  (none)" : text.indent(2).stripTrailing());
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Add the test issues of a JSON file (an array; see the user guide), all or none.",
                    "An identifier the log already has is refused: an import only adds."})
    static final class Import extends Sub {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new RefusedException("cannot read " + file + ": "
                        + (e instanceof java.nio.file.NoSuchFileException ? "no such file"
                        : e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                        : e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason()
                        : e.getClass().getSimpleName()) + "; nothing imported");
            }
            TestIssueJson.Reading reading;
            try {
                reading = TestIssueJson.read(json);
            } catch (InvalidValueException e) {
                throw new InvalidValueException(file + ": " + e.getMessage());
            }
            try (HazardLogService log = change()) {
                List<TestIssue> added = log.testIssues().importAll(reading.entries());
                PrintWriter out = out();
                if (reading.hadRecordFields()) {
                    out.println("Note: recordedBy, recordedAt, resolvedBy and resolvedAt in the file are not kept; the log "
                            + "records " + log.userName() + " as having imported these test issues, now.");
                }
                long open = added.stream().filter(TestIssue::isOpen).count();
                return done("Imported " + added.size() + (added.size() == 1 ? " test issue" : " test issues") + " ("
                        + open + " open, " + (added.size() - open) + " resolved): "
                        + String.join(", ", added.stream().map(TestIssue::id).toList()) + ".");
            }
        }
    }

    static TestIssue existing(HazardLogService log, String id) {
        return log.testIssues().find(id).orElseThrow(() -> new RefusedException("there is no test issue "
                + TestIssue.validId(id) + " in " + log.file() + " (see: hazardlog test-issue list)"));
    }

    /** "3 test issues in FILE: 2 open, 1 resolved". */
    static String count(List<TestIssue> all, String where) {
        long open = all.stream().filter(TestIssue::isOpen).count();
        return all.size() + (all.size() == 1 ? " test issue" : " test issues") + where + ": " + open + " open, "
                + (all.size() - open) + " resolved";
    }
}
