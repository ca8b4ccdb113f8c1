package org.hazardlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.hazardlog.app.EvidenceService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.code.Git;
import org.hazardlog.domain.audit.AuditCheck;
import org.hazardlog.domain.evidence.EvidenceCheck;
import org.hazardlog.domain.evidence.EvidenceRun;
import org.hazardlog.domain.evidence.LinkResult;
import org.hazardlog.domain.evidence.ReportMatching;
import org.hazardlog.domain.evidence.TestOutcome;
import org.hazardlog.evidence.JunitReportReader;
import org.hazardlog.evidence.ReportRefusedException;
import org.hazardlog.evidence.TestReports;

/**
 * {@code hazardlog evidence}: records CI test results as verification evidence of the controls
 * linked to the tests, and gates a build on the controls the residual risk relies on.
 */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Verification evidence: test results recorded against the controls linked to the tests.",
        subcommands = {EvidenceCommand.Record.class, EvidenceCommand.Check.class, EvidenceCommand.ListRuns.class,
                EvidenceCommand.Show.class})
final class EvidenceCommand {

    enum Format { text, json, sarif }

    private static final Pattern COMMIT = Pattern.compile("[0-9a-fA-F]{7,64}");
    private static final int MAX_URL = 2000;

    @ParentCommand
    HazardLogCommand root;

    @Command(name = "record", mixinStandardHelpOptions = true,
            description = {"Record the JUnit XML reports of one build as one evidence run: per linked test passed, "
                    + "failed, skipped or missing, and a count of the tests no control links to. All or nothing.",
                    "Exit 0 when recorded (whatever the tests say: use evidence check as the gate); 1 when refused."})
    static final class Record implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        WhoIsWorking who;

        @Option(names = "--junit", required = true, arity = "1..*", paramLabel = "PATH",
                description = "JUnit XML reports (Surefire, Gradle, pytest --junitxml, jest-junit, go-junit-report, ...). "
                        + "Give every report of the build: a linked test absent from them is recorded as missing.")
        List<Path> reports;

        @Option(names = "--commit", paramLabel = "SHA",
                description = "The commit the tests ran on. Default: git rev-parse HEAD in --repo.")
        String commit;

        @Option(names = "--build-url", paramLabel = "URL", description = "The CI build's address, kept with the run.")
        String buildUrl;

        @Option(names = "--repo", paramLabel = "DIR", defaultValue = ".",
                description = "The git repository to read the commit from when --commit is not given (default: here).")
        Path repo;

        @Option(names = "--accept-all-missing",
                description = "Record the run even when no linked test is in the reports (every link then missing).")
        boolean acceptAllMissing;

        @Override
        public Integer call() {
            if (commit != null && !COMMIT.matcher(commit.strip()).matches()) {
                throw new ParameterException(spec.commandLine(), "--commit " + commit
                        + " is not a commit id (7 to 64 hexadecimal digits)");
            }
            if (buildUrl != null && (buildUrl.isBlank() || buildUrl.length() > MAX_URL
                    || buildUrl.chars().anyMatch(Character::isWhitespace))) {
                throw new ParameterException(spec.commandLine(), "--build-url must be one address without spaces, "
                        + "at most " + MAX_URL + " characters");
            }
            TestReports read;
            try {
                read = TestReports.read(reports, new JunitReportReader());
            } catch (ReportRefusedException e) {
                throw new RefusedException(sentence(e.getMessage()) + " Nothing was recorded.");
            }
            String sha = commit != null ? commit.strip().toLowerCase(Locale.ROOT)
                    : Git.at(repo).flatMap(Git::head).orElse(null);
            PrintWriter out = spec.commandLine().getOut();
            try (HazardLogService log = parent.root.openLog(who)) {
                EvidenceService.Recorded recorded = new EvidenceService(log).record(read.testCases(), read.reports(),
                        sha, buildUrl, acceptAllMissing);
                describe(recorded, out);
            }
            out.flush();
            return HazardLogCommand.OK;
        }

        private static void describe(EvidenceService.Recorded recorded, PrintWriter out) {
            EvidenceRun run = recorded.run();
            ReportMatching.Result m = recorded.matching();
            out.printf(Locale.ROOT, "Recorded evidence run %d: %,d test cases from %d %s, %,d linked to controls, "
                            + "%,d unlinked; commit %s.%n", run.number(), run.testCases(), run.reports().size(),
                    run.reports().size() == 1 ? "report" : "reports", run.linkedTests(), run.unlinked(),
                    run.commit() == null ? "not known (no git repository here; give --commit)" : run.commit());
            long[] counts = new long[TestOutcome.values().length];
            m.results().forEach(r -> counts[r.outcome().ordinal()]++);
            out.printf(Locale.ROOT, "Links: %d passed, %d failed, %d skipped, %d missing.%n",
                    counts[TestOutcome.PASSED.ordinal()], counts[TestOutcome.FAILED.ordinal()],
                    counts[TestOutcome.SKIPPED.ordinal()], counts[TestOutcome.MISSING.ordinal()]);
            for (ReportMatching.Unmatched u : m.unmatched()) {
                out.println("Missing: hazard " + u.hazardNumber() + ", control \"" + EvidenceText.shorten(u.controlText())
                        + "\": " + u.pattern() + " matches no test case in the reports.");
            }
            for (LinkResult r : m.results()) {
                if (r.outcome() == TestOutcome.FAILED) {
                    out.println("Failed: hazard " + r.hazardNumber() + ", " + r.pattern() + ": " + r.failed() + " of "
                            + r.matched() + " failed (" + r.failedTests() + ").");
                }
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"The evidence gate: check the controls linked to tests against the latest evidence run.",
                    "Exit 0 when no control the residual risk relies on has failing or missing evidence; 1 otherwise, "
                            + "and for any error; 2 for a usage error."})
    static final class Check implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        WhoIsWorking who;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
                description = "text (default), json (field names are stable) or sarif (SARIF 2.1.0).")
        Format format;

        @Option(names = "--require-evidence",
                description = "Also fail when a linked control the residual relies on has no evidence from the latest "
                        + "run (none recorded, or changed since) or only skipped tests.")
        boolean requireEvidence;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (HazardLogService log = parent.root.readLog(who)) {
                refuseBrokenAuditTrail(log);
                EvidenceService evidence = new EvidenceService(log);
                Optional<EvidenceRun> latest = evidence.latestRun();
                EvidenceCheck check = EvidenceCheck.of(log.hazards(), log.scheme(), evidence.verification(),
                        requireEvidence);
                switch (format) {
                    case json -> EvidenceJson.writeCheck(log.file().toString(), latest, check, requireEvidence, out);
                    case sarif -> EvidenceSarif.write(latest, check, out);
                    default -> EvidenceText.writeCheck(log.file().toString(), latest, check, out);
                }
                out.flush();
                return check.passes() ? HazardLogCommand.OK : HazardLogCommand.REFUSED;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the recorded evidence runs, newest first.")
    static final class ListRuns implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        WhoIsWorking who;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
        Format format;

        @Override
        public Integer call() {
            if (format == Format.sarif) {
                throw new ParameterException(spec.commandLine(), "evidence list writes text or json");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (HazardLogService log = parent.root.readLog(who)) {
                List<EvidenceRun> runs = new EvidenceService(log).runs();
                if (format == Format.json) {
                    EvidenceJson.writeRuns(runs, out);
                } else {
                    EvidenceText.writeRuns(runs, out);
                }
            }
            out.flush();
            return HazardLogCommand.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show one evidence run with the result of every linked test (default: the latest run).")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        WhoIsWorking who;
        @Parameters(index = "0", arity = "0..1", paramLabel = "RUN", description = "The run number (default: the latest).")
        Integer number;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
        Format format;

        @Override
        public Integer call() {
            if (format == Format.sarif) {
                throw new ParameterException(spec.commandLine(), "evidence show writes text or json");
            }
            PrintWriter out = spec.commandLine().getOut();
            try (HazardLogService log = parent.root.readLog(who)) {
                EvidenceService evidence = new EvidenceService(log);
                EvidenceRun run = (number == null ? evidence.latestRun() : evidence.run(number))
                        .orElseThrow(() -> new RefusedException(number == null
                                ? "no evidence run has been recorded in " + log.file() + " yet"
                                : "there is no evidence run " + number + " in " + log.file()));
                List<LinkResult> results = evidence.results(run.number());
                if (format == Format.json) {
                    EvidenceJson.writeRun(run, results, out);
                } else {
                    EvidenceText.writeRun(run, results, out);
                }
            }
            out.flush();
            return HazardLogCommand.OK;
        }
    }

    /** As for code-check: a gate does not trust a log edited behind HazardLog's back. */
    private static void refuseBrokenAuditTrail(HazardLogService log) {
        AuditCheck audit = log.audit().verify();
        if (!audit.isIntact()) {
            throw new RefusedException("the audit trail of " + log.file() + " is broken: "
                    + audit.broken().orElseThrow().message() + ". The evidence check does not trust a log changed "
                    + "outside HazardLog; restore the log from a copy you trust.");
        }
    }

    /** The reason as a sentence: a full stop added only where it does not already end in one (or a question). */
    static String sentence(String reason) {
        String r = reason.strip();
        return r.endsWith(".") || r.endsWith("?") || r.endsWith("!") ? r : r + ".";
    }
}
