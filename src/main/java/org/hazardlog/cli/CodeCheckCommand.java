package org.hazardlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.hazardlog.app.CodeReviewService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.RecordedReview;
import org.hazardlog.domain.audit.AuditCheck;
import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.LocationState;
import org.hazardlog.code.ReviewDiff;
import org.hazardlog.code.SourceTree;
import org.hazardlog.domain.Hazard;

/**
 * {@code hazardlog code-check}: a CI gate. Fails (exit 1) when code a hazard links to changed or
 * disappeared since its Clinical Safety Officer reviewed it, so that a pull request touching
 * hazard-linked code cannot pass until the hazard is re-reviewed.
 */
@Command(name = "code-check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check the hazards' code locations against the repository: each is unchanged, moved, "
                + "changed since review, file missing, range beyond the end of the file, or never reviewed.",
                "Exit 0 when no location fails (changed, missing, beyond the end of its file, outside the repository, "
                        + "too large, binary, not valid, or removed after its code changed); 1 otherwise, "
                        + "and for any error; 2 for a usage error."})
final class CodeCheckCommand implements Callable<Integer> {

    enum Format { plain, json, sarif, github, markdown }

    @ParentCommand
    private HazardLogCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WhoIsWorking who;

    @Option(names = "--repo", paramLabel = "DIR",
            description = "The repository folder. Default: the log's repository root (see the settings command).")
    private Path repo;

    @Option(names = "--hazard", paramLabel = "N", split = ",",
            description = "Only these hazards (repeat or separate with commas). Default: every hazard.")
    private List<Integer> hazards = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "plain",
            description = "plain (default), json (documented in the user guide; field names are stable), "
                    + "sarif (SARIF 2.1.0, for code scanning), github (GitHub Actions annotations) or markdown "
                    + "(a summary for a pull-request comment, with what changed since review).")
    private Format format;

    @Option(names = "--fix-moves",
            description = "Point moved locations at the lines their reviewed code now occupies (saves the hazards).")
    private boolean fixMoves;

    @Option(names = "--record",
            description = "Record the code the locations point to now as reviewed by the CSO.")
    private boolean record;

    @Option(names = "--require-review",
            description = "Also fail (exit 1) when a location was never reviewed.")
    private boolean requireReview;

    @Option(names = "--diff",
            description = "For each location not as reviewed, show what changed since review (the reviewed lines "
                    + "against today's, as a unified diff).")
    private boolean diff;

    @Option(names = "--unlinked",
            description = "Instead of the check, list clinically relevant files no hazard links to; exit 1 if any.")
    private boolean unlinked;

    @Option(names = "--clinical-glob", paramLabel = "GLOB",
            description = "With --unlinked: the patterns of clinically relevant files for this run "
                    + "(default: those stored with the settings command).")
    private List<String> clinicalGlobs;

    @Override
    public Integer call() {
        if (unlinked && diff) {
            throw new ParameterException(spec.commandLine(), "--diff shows changes of linked code; it cannot be "
                    + "combined with --unlinked.");
        }
        if (unlinked && (record || fixMoves)) {
            throw new ParameterException(spec.commandLine(), "--unlinked lists files; it cannot be combined with "
                    + "--record or --fix-moves.");
        }
        if (clinicalGlobs != null && !unlinked) {
            throw new ParameterException(spec.commandLine(), "--clinical-glob is for --unlinked; to store the "
                    + "patterns use: hazardlog settings --clinical-glob GLOB");
        }
        try (HazardLogService log = record || fixMoves ? parent.openLog(who) : parent.readLog(who)) {
            refuseBrokenAuditTrail(log);
            CodeReviewService code = new CodeReviewService(log);
            SourceTree tree = code.repository(repo);
            PrintWriter out = spec.commandLine().getOut();
            int exit = unlinked ? listUnlinked(code, tree, out) : check(log, code, tree, out);
            out.flush();
            return exit;
        }
    }

    /**
     * A gate must not pass on a log someone edited behind its back (a pull request changing the
     * log file directly): a broken audit trail fails the check before any code is looked at.
     */
    private static void refuseBrokenAuditTrail(HazardLogService log) {
        AuditCheck audit = log.audit().verify();
        if (!audit.isIntact()) {
            throw new RefusedException("the audit trail of " + log.file() + " is broken: "
                    + audit.broken().orElseThrow().message() + ". The code check does not trust the reviews in a log "
                    + "changed outside HazardLog; restore the log from a copy you trust.");
        }
    }

    private int check(HazardLogService log, CodeReviewService code, SourceTree tree, PrintWriter out) {
        CodeCheckReport report = code.check(tree, hazards);
        List<LocationFinding> moves = new ArrayList<>();
        if (fixMoves) {
            moves.addAll(report.findings().stream().filter(f -> f.state() == LocationState.MOVED).toList());
            List<Hazard> saved = code.fixMoves(report);
            if (!saved.isEmpty()) {
                report = code.check(tree, hazards);
            }
        }
        RecordedReview recorded = null;
        List<LocationFinding> recordedAfterMove = new ArrayList<>();
        if (record) {
            recordedAfterMove.addAll(report.findings().stream().filter(f -> f.state() == LocationState.MOVED).toList());
            recorded = code.recordReview(tree, hazards);
            report = code.check(tree, hazards);
        }
        // The pull-request summary shows what changed: it is what the reviewer is asked to judge.
        CheckOutcome outcome = new CheckOutcome(log.file().toString(), report, moves, recorded, recordedAfterMove,
                requireReview, diff || format == Format.markdown ? tree : null, log.scheme());
        switch (format) {
            case json -> CodeCheckJson.write(outcome, out);
            case sarif -> CodeCheckSarif.write(outcome, out);
            case github -> CodeCheckGithub.write(outcome, out);
            case markdown -> CodeCheckMarkdown.write(outcome, out);
            default -> CodeCheckText.write(outcome, out);
        }
        return report.passes(requireReview) ? HazardLogCommand.OK : HazardLogCommand.REFUSED;
    }

    private int listUnlinked(CodeReviewService code, SourceTree tree, PrintWriter out) {
        List<String> globs = clinicalGlobs != null ? clinicalGlobs : code.settings().clinicalGlobs();
        if (globs.isEmpty()) {
            throw new RefusedException("No clinical file patterns are set for this log, so nothing can be unlinked. "
                    + "Store them with: hazardlog settings --clinical-glob 'src/**/*.py' (repeat for more), "
                    + "or give them for this run with --clinical-glob.");
        }
        List<String> files = code.unlinked(tree, globs);
        switch (format) {
            case json -> CodeCheckJson.writeUnlinked(tree, globs, files, out);
            case sarif -> CodeCheckSarif.writeUnlinked(tree, globs, files, out);
            case github -> CodeCheckGithub.writeUnlinked(tree, globs, files, out);
            case markdown -> CodeCheckMarkdown.writeUnlinked(tree, globs, files, out);
            default -> CodeCheckText.writeUnlinked(tree, globs, files, out);
        }
        return files.isEmpty() ? HazardLogCommand.OK : HazardLogCommand.REFUSED;
    }

    /**
     * Everything one run of the check has to say.
     *
     * @param movesFixed        the moved locations that --fix-moves pointed at their code's new lines
     * @param recorded          what --record recorded, or null
     * @param recordedAfterMove moved locations recorded where they point, not where their code went
     * @param diffsFrom         with --diff, the repository to show changes since review from; else null
     * @param scheme            the log's risk scheme, to name hazards' risk levels
     */
    record CheckOutcome(String log, CodeCheckReport report, List<LocationFinding> movesFixed, RecordedReview recorded,
                        List<LocationFinding> recordedAfterMove, boolean reviewRequired, SourceTree diffsFrom,
                        org.hazardlog.domain.RiskScheme scheme) {

        /** The change since review to show for a finding, or empty. */
        List<String> diff(LocationFinding f) {
            return diffsFrom != null && ReviewDiff.applies(f) ? ReviewDiff.of(f, diffsFrom) : List.of();
        }
    }
}
