package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.StringJoiner;

import org.hazardlog.app.RecordedReview;
import org.hazardlog.cli.CodeCheckCommand.CheckOutcome;
import org.hazardlog.cli.ListCommand.PlainTable;
import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.LocationState;
import org.hazardlog.code.SourceTree;
import org.hazardlog.code.SymbolAnchor;

/** The code check as people read it in a terminal or a CI log: a table, then what needs doing. */
final class CodeCheckText {

    private static final int SHORT_COMMIT = 12;

    private CodeCheckText() {
    }

    static void write(CheckOutcome outcome, PrintWriter out) {
        CodeCheckReport report = outcome.report();
        out.println("Code check of " + report.root() + commit(report.gitCommit()) + " against " + outcome.log());
        for (LocationFinding move : outcome.movesFixed()) {
            out.println("Moved: hazard " + move.hazard().number() + " " + move.location().reference() + " now points at lines "
                    + move.movedTo() + ".");
        }
        RecordedReview recorded = outcome.recorded();
        if (recorded != null) {
            out.println("Recorded as reviewed: " + plural(recorded.locations(), "location") + " ("
                    + plural(recorded.files(), "file") + ")" + commit(recorded.gitCommit()) + ".");
            for (String warning : recorded.warnings()) {
                out.println("Warning: " + warning);
            }
            for (LocationFinding f : outcome.recordedAfterMove()) {
                out.println("Note: hazard " + f.hazard().number() + " " + f.location().reference() + ": its reviewed code "
                        + "had moved to lines " + f.movedTo() + "; the lines recorded are those the location names. "
                        + "Use --fix-moves with --record to follow the code.");
            }
        }
        out.println();
        if (report.findings().isEmpty()) {
            out.println("No hazard links to code.");
            return;
        }
        PlainTable table = new PlainTable("No.", "Hazard", "Location", "State");
        for (LocationFinding f : report.findings()) {
            table.add(String.valueOf(f.hazard().number()), f.hazard().name(), where(f), state(f));
        }
        table.print(out);
        notes(report, outcome.reviewRequired(), out);
        diffs(outcome, out);
        out.println();
        out.println(summary(report));
        List<LocationFinding> failures = report.failures(outcome.reviewRequired());
        if (failures.isEmpty()) {
            out.println("Check passed.");
            return;
        }
        out.println("Check failed: " + plural(failures.size(), "location") + " not as reviewed.");
        String toReview = hazardNumbers(failures, LocationState.CHANGED, LocationState.NEVER_REVIEWED,
                LocationState.REMOVED_CHANGED);
        if (!toReview.isEmpty()) {
            out.println("Once the hazards' code has been re-reviewed, record it with: hazardlog code-check --record --hazard "
                    + toReview);
            if (outcome.diffsFrom() == null) {
                out.println("To see what changed since review: hazardlog code-check --diff --hazard " + toReview);
            }
        }
        List<Integer> toCorrect = numbers(failures, LocationState.MISSING, LocationState.BEYOND_END,
                LocationState.OUTSIDE_REPOSITORY, LocationState.TOO_LARGE, LocationState.BINARY,
                LocationState.INVALID_LOCATION, LocationState.SYMBOL_MISSING, LocationState.SYMBOL_AMBIGUOUS);
        if (!toCorrect.isEmpty()) {
            out.println("Code no longer where the log says: correct the code locations of " + hazards(toCorrect)
                    + ", or restore the code.");
        }
    }

    /** "hazard 3", "hazards 3 and 4", "hazards 3, 4 and 7". */
    static String hazards(List<Integer> numbers) {
        if (numbers.size() == 1) {
            return "hazard " + numbers.get(0);
        }
        List<String> shown = numbers.stream().map(String::valueOf).toList();
        return "hazards " + String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    private static List<Integer> numbers(List<LocationFinding> findings, LocationState... states) {
        List<LocationState> wanted = List.of(states);
        return findings.stream().filter(f -> wanted.contains(f.state())).map(f -> f.hazard().number()).distinct().toList();
    }

    /** With --diff: what changed since review, for each location not as reviewed. */
    private static void diffs(CheckOutcome outcome, PrintWriter out) {
        for (LocationFinding f : outcome.report().findings()) {
            List<String> diff = outcome.diff(f);
            if (!diff.isEmpty()) {
                out.println();
                out.println("Changed since review: hazard " + f.hazard().number() + ", " + where(f));
                diff.forEach(out::println);
            }
        }
    }

    private static String hazardNumbers(List<LocationFinding> findings, LocationState... states) {
        List<LocationState> wanted = List.of(states);
        StringJoiner numbers = new StringJoiner(",");
        findings.stream().filter(f -> wanted.contains(f.state())).map(f -> f.hazard().number()).distinct()
                .forEach(n -> numbers.add(String.valueOf(n)));
        return numbers.toString();
    }

    /** A sentence for each finding that needs someone's attention. */
    private static void notes(CodeCheckReport report, boolean reviewRequired, PrintWriter out) {
        boolean heading = false;
        for (LocationFinding f : report.findings()) {
            if (!f.failsCheck(reviewRequired) && f.state() != LocationState.MOVED && f.warnings().isEmpty()) {
                continue;
            }
            if (!heading) {
                out.println();
                heading = true;
            }
            StringJoiner line = new StringJoiner(" ", "Hazard " + f.hazard().number() + ", " + where(f) + ": ", "");
            if (!f.detail().isEmpty()) {
                line.add(f.detail());
            }
            if (f.review() != null) {
                line.add(reviewed(f));
            }
            if (f.state() == LocationState.MOVED) {
                line.add("Run with --fix-moves to update the location.");
            }
            for (String warning : f.warnings()) {
                line.add("Warning: " + warning);
            }
            out.println(line);
        }
    }

    /** When and at which commit the reviewer saw the code, and how to see what changed since. */
    private static String reviewed(LocationFinding f) {
        String s = f.review().describe();
        if (f.review().gitCommit() != null && f.state() == LocationState.CHANGED && f.file() != null) {
            s += "; see git diff " + f.review().shortCommit() + " -- " + f.file();
        }
        return s + ".";
    }

    static String where(LocationFinding f) {
        String reference = f.location().reference();
        String path = SymbolAnchor.of(f.location().path()).map(SymbolAnchor::file).orElse(f.location().path());
        boolean oneOfMany = f.file() != null && !f.file().equals(path);
        return oneOfMany ? reference + " -> " + f.file() : reference;
    }

    private static String state(LocationFinding f) {
        return f.state() == LocationState.MOVED ? "moved to " + f.movedTo() : f.state().label();
    }

    private static String summary(CodeCheckReport report) {
        StringJoiner parts = new StringJoiner(", ", plural(report.findings().size(), "location") + ": ", ".");
        for (LocationState s : LocationState.values()) {
            long n = report.count(s);
            if (n > 0) {
                parts.add(n + " " + s.label());
            }
        }
        return parts.toString();
    }

    static void writeUnlinked(SourceTree tree, List<String> globs, List<String> files, PrintWriter out) {
        out.println("Clinically relevant files (" + String.join(", ", globs) + ") in " + tree.root()
                + " that no hazard links to:");
        files.forEach(out::println);
        out.println(files.isEmpty() ? "None: every one is linked to a hazard." : plural(files.size(), "file") + " unlinked.");
    }

    private static String commit(String commit) {
        return commit == null ? "" : " at git commit " + shortCommit(commit);
    }

    private static String shortCommit(String commit) {
        return commit.length() > SHORT_COMMIT ? commit.substring(0, SHORT_COMMIT) : commit;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
