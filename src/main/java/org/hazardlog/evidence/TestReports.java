package org.hazardlog.evidence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hazardlog.domain.evidence.TestCase;

/**
 * The test cases of every report of one build, read before anything is recorded. The same test
 * case twice (the same file, classname and name, in one report or two) is refused: two results for
 * one test cannot both be the evidence, and it usually means a report was given twice.
 */
public final class TestReports {

    private final List<TestCase> testCases;
    private final List<String> reports;

    private TestReports(List<TestCase> testCases, List<String> reports) {
        this.testCases = List.copyOf(testCases);
        this.reports = List.copyOf(reports);
    }

    public static TestReports read(List<Path> files, JunitReportReader reader) {
        if (files.isEmpty()) {
            throw new ReportRefusedException("no test report given; name one or more JUnit XML files with --junit");
        }
        List<TestCase> all = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Path file : files) {
            for (TestCase tc : reader.read(file)) {
                Path first = seen.putIfAbsent(tc.key(), file);
                if (first != null) {
                    throw new ReportRefusedException("test case " + tc.key() + " is reported twice ("
                            + (first.equals(file) ? "in " + file : "in " + first + " and in " + file)
                            + "); each test may have one result in a run. Was a report given twice?");
                }
                all.add(tc);
            }
            names.add(file.toString());
        }
        return new TestReports(all, names);
    }

    public List<TestCase> testCases() {
        return testCases;
    }

    /** The report files, as named on the command line. */
    public List<String> reports() {
        return reports;
    }
}
