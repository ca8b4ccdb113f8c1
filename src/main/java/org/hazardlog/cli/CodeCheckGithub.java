package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

import org.hazardlog.cli.CodeCheckCommand.CheckOutcome;
import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.LineRange;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.SourceTree;

/**
 * The code check as GitHub Actions workflow commands ({@code --format github}): an
 * {@code ::error} annotation per location that fails, a {@code ::warning} per warning, so that
 * each shows on the file and lines in the pull request; then the summary as plain lines.
 */
final class CodeCheckGithub {

    private CodeCheckGithub() {
    }

    static void write(CheckOutcome outcome, PrintWriter out) {
        CodeCheckReport report = outcome.report();
        for (LocationFinding f : report.findings()) {
            String where = properties(CodeCheckSarif.path(f), f.codeLines(), "Hazard " + f.hazard().number() + ": " + f.state().label());
            if (f.failsCheck(outcome.reviewRequired())) {
                out.println("::error " + where + "::" + data(CodeCheckSarif.message(f)));
            }
            for (String warning : f.warnings()) {
                out.println("::warning " + properties(CodeCheckSarif.path(f), f.codeLines(), "Hazard " + f.hazard().number()) + "::"
                        + data("Hazard " + f.hazard().number() + ", " + f.location().reference() + ": " + warning));
            }
        }
        List<LocationFinding> failures = report.failures(outcome.reviewRequired());
        out.println("Code check of " + report.root() + ": " + report.findings().size() + " locations, "
                + failures.size() + " not as reviewed.");
        out.println(failures.isEmpty() ? "Check passed." : "Check failed.");
    }

    static void writeUnlinked(SourceTree tree, List<String> globs, List<String> files, PrintWriter out) {
        for (String file : files) {
            out.println("::error " + properties(Optional.of(file), Optional.empty(), "Linked to no hazard") + "::"
                    + data(file + " is clinically relevant code (" + String.join(", ", globs)
                    + ") that no hazard links to."));
        }
        out.println(files.isEmpty() ? "Every clinically relevant file is linked to a hazard."
                : files.size() + (files.size() == 1 ? " file" : " files") + " unlinked.");
    }

    private static String properties(Optional<String> file, Optional<LineRange> lines, String title) {
        StringBuilder p = new StringBuilder();
        file.ifPresent(f -> {
            p.append("file=").append(property(f));
            lines.ifPresent(r -> p.append(",line=").append(r.first()).append(",endLine=").append(r.last()));
            p.append(',');
        });
        return p.append("title=").append(property(title)).toString();
    }

    /** A command's message: %, CR and LF escaped as the runner expects, so one finding stays one command. */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value: as data, and also : and , which would end it. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
