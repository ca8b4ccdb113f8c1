package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.hazardlog.cli.CodeCheckCommand.CheckOutcome;
import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.ReviewDiff;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;

/**
 * The code check as a pull-request comment ({@code --format markdown}): whether it passed, then
 * the hazards whose code is not as reviewed with their risk, a row per failing location saying
 * what changed, and the change since review of each, folded, so that the CSO asked to re-review
 * sees what to judge in the comment itself.
 */
final class CodeCheckMarkdown {

    /** Longest diff shown per location; the rest is left to {@code code-check --diff}. */
    static final int MAX_DIFF_LINES = 80;

    private CodeCheckMarkdown() {
    }

    static void write(CheckOutcome outcome, PrintWriter out) {
        CodeCheckReport report = outcome.report();
        List<LocationFinding> failures = report.failures(outcome.reviewRequired());
        String commit = report.gitCommit() == null ? "" : " at `" + report.gitCommit().substring(0,
                Math.min(12, report.gitCommit().length())) + "`";
        out.println("## HazardLog code check: " + (failures.isEmpty() ? "passed" : "failed"));
        out.println();
        out.println(plural(report.findings().size(), "code location") + " of " + plural(hazards(report.findings()).size(),
                "hazard") + " checked" + commit + ": " + (failures.isEmpty() ? "all as the Clinical Safety Officer "
                + "reviewed them." : plural(failures.size(), "location") + " of " + plural(hazards(failures).size(), "hazard")
                + " not as reviewed."));
        if (!failures.isEmpty()) {
            out.println();
            out.println("| Hazard | Risk (initial / residual) | Location | State | What changed |");
            out.println("|---|---|---|---|---|");
            for (LocationFinding f : failures) {
                out.println("| " + cell(f.hazard().number() + " " + f.hazard().name()) + " | "
                        + cell(risk(outcome.scheme(), f.hazard())) + " | " + code(where(f)) + " | " + cell(f.state().label())
                        + " | " + cell(whatChanged(f)) + " |");
            }
            diffs(outcome, failures, out);
            out.println();
            out.println("Once the hazards' code has been re-reviewed, the CSO records it with "
                    + "`hazardlog code-check --record --hazard " + numbers(failures) + "`.");
        }
        warnings(report, out);
    }

    private static Map<Integer, Hazard> hazards(List<LocationFinding> findings) {
        Map<Integer, Hazard> byNumber = new LinkedHashMap<>();
        findings.forEach(f -> byNumber.putIfAbsent(f.hazard().number(), f.hazard()));
        return byNumber;
    }

    private static String numbers(List<LocationFinding> findings) {
        StringJoiner j = new StringJoiner(",");
        hazards(findings).keySet().forEach(n -> j.add(String.valueOf(n)));
        return j.toString();
    }

    private static String risk(RiskScheme scheme, Hazard h) {
        return level(scheme, h.initial()) + " / " + level(scheme, h.residual());
    }

    private static String level(RiskScheme scheme, Assessment a) {
        return scheme.riskLevel(a).map(r -> r.label()).orElse("TBC");
    }

    private static String where(LocationFinding f) {
        String w = CodeCheckText.where(f);
        return f.symbolLines() == null ? w : w + " (lines " + f.symbolLines() + ")";
    }

    private static String whatChanged(LocationFinding f) {
        String s = f.detail().isEmpty() ? f.state().label() + "." : f.detail();
        return f.review() == null ? s : s + " " + f.review().describe() + ".";
    }

    /** Each failing location's change since review, folded under its heading. */
    private static void diffs(CheckOutcome outcome, List<LocationFinding> failures, PrintWriter out) {
        for (LocationFinding f : failures) {
            if (outcome.diffsFrom() == null || !ReviewDiff.applies(f)) {
                continue;
            }
            List<String> diff = ReviewDiff.of(f, outcome.diffsFrom());
            out.println();
            out.println("<details><summary>Hazard " + f.hazard().number() + ", " + html(where(f))
                    + ": what changed since review</summary>");
            out.println();
            String fence = fence(diff);
            out.println(fence + "diff");
            diff.stream().limit(MAX_DIFF_LINES).forEach(out::println);
            out.println(fence);
            if (diff.size() > MAX_DIFF_LINES) {
                out.println();
                out.println((diff.size() - MAX_DIFF_LINES) + " more lines: `hazardlog code-check --diff --hazard "
                        + f.hazard().number() + "`");
            }
            out.println();
            out.println("</details>");
        }
    }

    private static void warnings(CodeCheckReport report, PrintWriter out) {
        boolean heading = false;
        for (LocationFinding f : report.findings()) {
            for (String w : f.warnings()) {
                if (!heading) {
                    out.println();
                    out.println("**Warnings**");
                    out.println();
                    heading = true;
                }
                out.println("- Hazard " + f.hazard().number() + ", " + code(CodeCheckText.where(f)) + ": " + inline(w));
            }
        }
    }

    /** A fence longer than any run of backticks in the diff, so that code cannot close it. */
    private static String fence(List<String> lines) {
        int longest = 2;
        for (String line : lines) {
            int run = 0;
            for (char c : line.toCharArray()) {
                run = c == '`' ? run + 1 : 0;
                longest = Math.max(longest, run);
            }
        }
        return "`".repeat(longest + 1);
    }

    /** Text in a table cell: a pipe would end the cell, a line break the row, and HTML could hide text. */
    static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }

    private static String inline(String s) {
        return html(s.replace("\r", " ").replace("\n", " "));
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** A path as code; one holding a backtick is written as plain (escaped) text instead. */
    private static String code(String s) {
        return s.contains("`") ? cell(s) : "`" + s.replace("|", "\\|").replace("\n", " ") + "`";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static void writeUnlinked(org.hazardlog.code.SourceTree tree, List<String> globs, List<String> files, PrintWriter out) {
        out.println("## HazardLog: clinically relevant code linked to no hazard");
        out.println();
        out.println(files.isEmpty() ? "None: every file matching " + code(String.join(", ", globs))
                + " is linked to a hazard." : plural(files.size(), "file") + " matching " + code(String.join(", ", globs))
                + " that no hazard links to:");
        if (!files.isEmpty()) {
            out.println();
            files.forEach(f -> out.println("- " + code(f)));
        }
    }
}
