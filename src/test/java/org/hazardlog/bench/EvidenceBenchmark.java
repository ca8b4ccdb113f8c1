package org.hazardlog.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hazardlog.app.EvidenceService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.cli.HazardLogCommand;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.TestLink;
import org.hazardlog.domain.evidence.ReportMatching;
import org.hazardlog.evidence.JunitReportReader;
import org.hazardlog.evidence.TestReports;
import org.hazardlog.store.HazardLogFile;

/**
 * Measures {@code hazardlog evidence record} of a 10,000-test-case Surefire-shaped report into a log
 * of 1,000 hazards with 5,000 controls, each linked to tests (4,000 exact ids, 1,000 globs over a
 * test class), in process, the way the command line runs it. A measurement to run by hand, not a test:
 *
 * <pre>
 * mvn -q -B test-compile
 * java -cp "target/test-classes:target/classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     org.hazardlog.bench.EvidenceBenchmark
 * </pre>
 */
public final class EvidenceBenchmark {

    private static final int HAZARDS = 1_000;
    private static final int CONTROLS_PER_HAZARD = 5;
    private static final int CLASSES = 1_000;
    private static final int TESTS_PER_CLASS = 10;
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    private EvidenceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("hazardlog-evidence-bench");
        Path report = writeReport(work.resolve("TEST-report.xml"));
        Path db = work.resolve("log");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db), "bench")) {
            log.importHazards(hazards());
        }
        System.out.printf(Locale.ROOT, "%d hazards, %d linked controls, report of %d test cases (%,d bytes)%n",
                HAZARDS, HAZARDS * CONTROLS_PER_HAZARD, CLASSES * TESTS_PER_CLASS, Files.size(report));
        for (int run = 1; run <= RUNS; run++) {
            long cpu = cpuMillis();
            long start = System.nanoTime();
            int exit = HazardLogCommand.run(new String[] {"--db", db.toString(), "evidence", "record", "--user", "bench",
                    "--commit", "abcdef1234567", "--junit", report.toString()}, f -> { }, sink(), sink());
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (exit != 0) {
                throw new IllegalStateException("evidence record failed with exit code " + exit);
            }
            System.out.printf(Locale.ROOT, "run %d: CLI evidence record %d ms (process CPU %d ms); load average %.1f%n",
                    run, ms, cpuMillis() - cpu, load());
        }
        for (int run = 1; run <= RUNS; run++) {
            long t0 = System.nanoTime();
            TestReports read = TestReports.read(List.of(report), new JunitReportReader());
            long t1 = System.nanoTime();
            try (HazardLogService log = HazardLogService.open(HazardLogFile.at(db), "bench")) {
                long t2 = System.nanoTime();
                new EvidenceService(log).record(read.testCases(), read.reports(), "abcdef1234567", null, false);
                long t3 = System.nanoTime();
                long checked = new EvidenceService(log).verification().of(log.hazards().get(0).controls().get(0)).ordinal();
                long t4 = System.nanoTime();
                List<Hazard> hazards = log.hazards();
                long t5 = System.nanoTime();
                int results = new ReportMatching(read.testCases()).match(hazards).results().size();
                long t6 = System.nanoTime();
                System.out.printf(Locale.ROOT, "split %d: read report %d ms; record (one transaction: read the log, match, "
                                + "store) %d ms; derive states %d ms (%d); of which reading the hazards %d ms, "
                                + "matching %d links %d ms%n", run, (t1 - t0) / 1_000_000, (t3 - t2) / 1_000_000,
                        (t4 - t3) / 1_000_000, checked, (t5 - t4) / 1_000_000, results, (t6 - t5) / 1_000_000);
            }
        }
    }

    /** Ten test methods per class; one in fifty fails, one in a hundred is skipped. */
    private static Path writeReport(Path file) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
        int n = 0;
        for (int c = 0; c < CLASSES; c++) {
            xml.append(" <testsuite name=\"org.acme.module").append(c % 20).append(".Feature").append(c)
                    .append("Test\" tests=\"").append(TESTS_PER_CLASS).append("\">\n");
            for (int t = 0; t < TESTS_PER_CLASS; t++, n++) {
                xml.append("  <testcase name=\"behaviour").append(t).append("\" classname=\"org.acme.module")
                        .append(c % 20).append(".Feature").append(c).append("Test\" time=\"0.004\"");
                if (n % 50 == 49) {
                    xml.append("><failure message=\"expected 1 but was 2\" type=\"AssertionError\">at org.acme.Feature")
                            .append(c).append("Test.behaviour").append(t).append("(Feature.java:10)</failure></testcase>\n");
                } else if (n % 100 == 98) {
                    xml.append("><skipped/></testcase>\n");
                } else {
                    xml.append("/>\n");
                }
            }
            xml.append(" </testsuite>\n");
        }
        xml.append("</testsuites>\n");
        return Files.writeString(file, xml, StandardCharsets.UTF_8);
    }

    /** Hazard h's controls link to tests of class h: four exact ids and one glob over the class. */
    private static List<Hazard> hazards() {
        List<Hazard> out = new ArrayList<>(HAZARDS);
        for (int h = 0; h < HAZARDS; h++) {
            String cls = "org.acme.module" + (h % 20) + ".Feature" + h + "Test";
            List<Control> controls = new ArrayList<>();
            for (int c = 0; c < CONTROLS_PER_HAZARD; c++) {
                String pattern = c < 4 ? cls + "#behaviour" + c : cls + "#behaviour*";
                controls.add(new Control(null, ControlCategory.TEST, ControlParty.MANUFACTURER,
                        "Control " + c + " of hazard " + (h + 1), ControlStatus.IMPLEMENTED, "", "",
                        List.of(new TestLink(pattern, c % 2 == 0 ? TestKind.IMPLEMENTATION : TestKind.EFFECTIVENESS))));
            }
            out.add(Hazard.builder().number(h + 1).name("Hazard " + (h + 1)).status(HazardStatus.OPEN)
                    .initial(Assessment.of(3, 4)).residual(Assessment.of(2, 4)).controls(controls).build());
        }
        return out;
    }

    private static PrintWriter sink() {
        return new PrintWriter(new StringWriter() {
            @Override
            public void write(String s) {
                // the command's summary is not what is measured
            }
        });
    }

    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

}
