package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.hazardlog.domain.evidence.EvidenceCheck;
import org.hazardlog.domain.evidence.EvidenceRun;
import org.hazardlog.domain.evidence.LinkResult;
import org.hazardlog.domain.evidence.Verification;

/** The evidence commands' plain-text output. */
final class EvidenceText {

    private EvidenceText() {
    }

    static void writeCheck(String log, Optional<EvidenceRun> latest, EvidenceCheck check, PrintWriter out) {
        out.println("Evidence check of " + log);
        out.println(latest.map(r -> "Latest run: " + describe(r)).orElse("No evidence run recorded yet: no control "
                + "linked to tests has evidence."));
        Map<Verification, Integer> counts = check.counts();
        out.printf(Locale.ROOT, "%d controls linked to tests: %d verified, %d failing, %d missing, %d skipped, "
                        + "%d without evidence.%n", check.findings().size(), counts.get(Verification.VERIFIED),
                counts.get(Verification.FAILING), counts.get(Verification.MISSING), counts.get(Verification.SKIPPED),
                counts.get(Verification.NONE));
        for (EvidenceCheck.Finding f : check.findings()) {
            if (f.verification() == Verification.VERIFIED) {
                continue;
            }
            out.println((f.fails() ? "FAIL " : "     ") + "hazard " + f.hazard().number() + ", control \""
                    + shorten(f.control().text()) + "\": " + f.verification().word()
                    + (f.residualRestsOn() ? "" : " (the residual risk does not rely on it)"));
            for (LinkResult r : f.results()) {
                if (!r.outcome().word().equals("passed")) {
                    out.println("       " + r.pattern() + " (" + r.kind().word() + "): " + result(r));
                }
            }
        }
        List<Integer> unverified = check.unverifiedHazards();
        if (!unverified.isEmpty()) {
            out.println("Residual risk unverified: hazard" + (unverified.size() == 1 ? " " : "s ")
                    + String.join(", ", unverified.stream().map(String::valueOf).toList()) + ".");
        }
        out.println(check.passes() ? "Passed." : "Failed: " + check.failures().size()
                + (check.failures().size() == 1 ? " control" : " controls") + " the residual risk relies on "
                + "without passing evidence.");
    }

    static void writeRuns(List<EvidenceRun> runs, PrintWriter out) {
        if (runs.isEmpty()) {
            out.println("No evidence run recorded yet.");
            return;
        }
        out.println("Run\tRecorded (UTC)\tBy\tCommit\tTest cases\tLinked\tUnlinked\tBuild");
        for (EvidenceRun r : runs) {
            out.println(r.number() + "\t" + r.recordedAt() + "\t" + r.recordedBy() + "\t" + orDash(r.commit()) + "\t"
                    + r.testCases() + "\t" + r.linkedTests() + "\t" + r.unlinked() + "\t" + orDash(r.buildUrl()));
        }
    }

    static void writeRun(EvidenceRun run, List<LinkResult> results, PrintWriter out) {
        out.println("Evidence run " + describe(run));
        out.println("Reports: " + String.join(", ", run.reports()));
        out.println("Hazard\tPattern\tKind\tResult");
        for (LinkResult r : results) {
            out.println(r.hazardNumber() + "\t" + r.pattern() + "\t" + r.kind().word() + "\t" + result(r));
        }
    }

    static String describe(EvidenceRun r) {
        return String.format(Locale.ROOT, "%d, recorded %s by %s, commit %s%s: %,d test cases, %,d linked, %,d unlinked",
                r.number(), r.recordedAt(), r.recordedBy(), orDash(r.commit()),
                r.buildUrl() == null ? "" : ", build " + r.buildUrl(), r.testCases(), r.linkedTests(), r.unlinked());
    }

    /** "passed (3 tests)", "failed: 1 of 3 (org.acme.EhrTest#race)", "missing: matches no test case". */
    static String result(LinkResult r) {
        return switch (r.outcome()) {
            case PASSED -> "passed (" + r.matched() + (r.matched() == 1 ? " test)" : " tests)");
            case FAILED -> "failed: " + r.failed() + " of " + r.matched() + " (" + r.failedTests() + ")";
            case SKIPPED -> "skipped: " + r.skipped() + " of " + r.matched();
            case MISSING -> "missing: matches no test case";
        };
    }

    static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 60 ? one : one.substring(0, 57) + "...";
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
