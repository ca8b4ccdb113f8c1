package org.hazardlog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.cscr.CscrApproval;
import org.hazardlog.domain.cscr.Gap;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.cscr.CscrConclusion;
import org.hazardlog.report.cscr.CscrReports;
import org.hazardlog.report.cscr.CscrTemplates;
import org.hazardlog.report.cscr.ProposedText;

/** {@code hazardlog cscr}: the Clinical Safety Case Report of an issued version, and its approval by the CSO. */
@Command(name = "cscr", mixinStandardHelpOptions = true,
        description = "The Clinical Safety Case Report: show what approving it involves, approve it, list approvals.",
        subcommands = {CscrCommand.Show.class, CscrCommand.Approve.class, CscrCommand.ListApprovals.class})
final class CscrCommand {

    @ParentCommand
    HazardLogCommand root;

    /** {@code cscr show --version N}: the gaps to confirm and the proposed starting texts. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show the safety case of issued version N: its approvals, the gaps the CSO must confirm "
                    + "to approve it, and starting texts for the statement and sign-off proposed from the log."})
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CscrCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        WhoIsWorking who;
        @Option(names = "--version", required = true, paramLabel = "N", description = "The issued version.")
        int version;
        @Option(names = "--templates", paramLabel = "DIR", description = "A folder of safety case templates.")
        Path templates;

        @Override
        public Integer call() {
            try (HazardLogService log = parent.root.readLog(who)) {
                ReportInput input = CscrReports.input(log, version);
                PrintWriter out = spec.commandLine().getOut();
                List<CscrApproval> approvals = log.cscrApprovals().of(version);
                out.println("Safety case of version " + version + ": "
                        + (approvals.isEmpty() ? "not approved" : "approved " + approvals.size() + " time(s)"));
                approvals.forEach(a -> out.println("  " + describe(a)));
                List<Gap> gaps = log.cscrApprovals().gaps(version);
                out.println("Gaps to confirm with --accept-gaps (" + gaps.size() + "):");
                gaps.forEach(g -> out.println("  " + g.key() + "\t" + g.description()));
                out.println();
                out.println("Proposed starting text for the summary safety statement (rewrite it as your own):");
                out.println(ProposedText.statement(input));
                out.println();
                out.println("Proposed starting text for the sign-off (rewrite it as your own):");
                out.println(ProposedText.signOff(input, CscrTemplates.load(Optional.ofNullable(templates))));
                out.flush();
                return HazardLogCommand.OK;
            }
        }
    }

    /** {@code cscr approve --version N ...}: the CSO signs the report. */
    @Command(name = "approve", mixinStandardHelpOptions = true,
            description = {"Approve the safety case of issued version N as the Clinical Safety Officer, signing its "
                    + "exact content with your password. The statement and sign-off are your own text (see cscr show "
                    + "for starting texts). Each gap must be confirmed by its key with --accept-gaps."},
            footer = {"", "Exit codes: 0 approved; 1 refused (nothing recorded); 2 usage error."})
    static final class Approve implements Callable<Integer> {
        @ParentCommand
        CscrCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        WhoIsWorking who;
        @Option(names = "--version", required = true, paramLabel = "N", description = "The issued version the report is made from.")
        int version;
        @Option(names = "--statement-file", paramLabel = "FILE", description = "Your summary safety statement (UTF-8 text).")
        Path statementFile;
        @Option(names = "--sign-off-file", paramLabel = "FILE", description = "Your sign-off wording (UTF-8 text).")
        Path signOffFile;
        @Option(names = "--accept-gaps", split = ",", paramLabel = "KEY", description = "The keys of the gaps you confirm, comma-separated (cscr show lists them).")
        List<String> acceptGaps = List.of();
        @Option(names = "--templates", paramLabel = "DIR", description = "A folder of safety case templates.")
        Path templates;
        @Option(names = "--password-stdin", description = "Read your password from standard input.")
        boolean fromStdin;

        @Override
        public Integer call() {
            if (statementFile == null || signOffFile == null) {
                throw new RefusedException("approving needs your own summary safety statement (--statement-file) and "
                        + "sign-off wording (--sign-off-file); HazardLog never signs a default text. "
                        + "'hazardlog cscr show --version " + version + "' prints starting texts to rewrite");
            }
            String statement = read(statementFile, "statement");
            String signOff = read(signOffFile, "sign-off");
            try (HazardLogService log = parent.root.openLog(who)) {
                CscrReports.Prepared p = CscrReports.prepare(log, version, CscrTemplates.load(Optional.ofNullable(templates)),
                        new CscrConclusion(statement, signOff));
                char[] password = new PasswordInput(parent.root.stdin(), fromStdin).next("Password for " + log.userName() + ": ");
                Set<String> confirmed = new LinkedHashSet<>();
                acceptGaps.forEach(k -> confirmed.add(k.strip()));
                CscrApproval a = CscrReports.approve(log, p, confirmed, password);
                PrintWriter out = spec.commandLine().getOut();
                out.println("Approved the safety case of version " + version + ": " + describe(a) + ".");
                if (!a.confirmedGaps().isEmpty()) {
                    out.println("Gaps confirmed: " + String.join(", ", a.confirmedGaps().stream().map(Gap::key).toList()) + ".");
                }
                out.println("Export it with: hazardlog export --format pdf --version " + version + " --out FILE");
                out.flush();
                return HazardLogCommand.OK;
            }
        }

        private static String read(Path file, String what) {
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.isBlank()) {
                    throw new RefusedException("the " + what + " file " + file + " is empty; nothing was approved");
                }
                return text;
            } catch (IOException e) {
                throw new RefusedException("cannot read the " + what + " file " + file + ": " + e.getMessage()
                        + "; nothing was approved");
            }
        }
    }

    /** {@code cscr list}: every approval. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the safety case approvals of the log.")
    static final class ListApprovals implements Callable<Integer> {
        @ParentCommand
        CscrCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        WhoIsWorking who;

        @Override
        public Integer call() {
            try (HazardLogService log = parent.root.readLog(who)) {
                PrintWriter out = spec.commandLine().getOut();
                List<CscrApproval> all = log.cscrApprovals().list();
                if (all.isEmpty()) {
                    out.println("No safety case has been approved in this log.");
                }
                all.forEach(a -> out.println(describe(a)));
                out.flush();
                return HazardLogCommand.OK;
            }
        }
    }

    static String describe(CscrApproval a) {
        return "approval " + a.number() + " of version " + a.versionNumber() + " by " + a.signature().name() + " ("
                + a.signature().role().label() + ") at " + a.signature().time() + ", content SHA-256 " + a.contentHash()
                + (a.confirmedGaps().isEmpty() ? "" : ", " + a.confirmedGaps().size() + " gap(s) confirmed");
    }

}
