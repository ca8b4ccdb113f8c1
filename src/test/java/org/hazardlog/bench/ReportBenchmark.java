package org.hazardlog.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.report.Exporter;
import org.hazardlog.report.OutputFile;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.ReportVersion;
import org.hazardlog.report.cscr.CscrTemplates;
import org.hazardlog.report.docx.CscrWordExporter;
import org.hazardlog.report.pdf.CscrPdfExporter;
import org.hazardlog.report.pdf.HazardLogPdfExporter;
import org.hazardlog.report.xlsx.HazardLogWorkbook;
import org.hazardlog.scheme.RiskSchemeFile;

/**
 * Times each document for a log of 1,000 invented hazards built in memory. Not a unit test (timings
 * depend on the machine): run it by hand and record the numbers in docs/performance.md.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.hazardlog.bench.ReportBenchmark [hazards] [runs]
 * </pre>
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ReportInput input = new ReportInput(hazards(count), RiskSchemeFile.defaultScheme(),
                new ProjectSettings("Benchmark EPR", "9.9", "Bench Ltd", "Dr C. S. Officer", "A. Author", "R. Reviewer", "A. Approver"),
                "bench.mv.db", ZonedDateTime.now(), ReportVersion.current(java.time.LocalDate.now(), "A. Author"));
        Path folder = Files.createTempDirectory("hazardlog-bench");
        CscrTemplates templates = CscrTemplates.builtIn();
        System.out.printf("%d hazards, %d controls; %d timed runs after one untimed run%n", count,
                input.hazards().stream().mapToInt(h -> h.controls().size()).sum(), runs);
        time("Hazard Log workbook (xlsx)", new HazardLogWorkbook(), input, folder.resolve("log.xlsx"), runs);
        time("Safety case (docx)", new CscrWordExporter(templates), input, folder.resolve("cscr.docx"), runs);
        time("Safety case (PDF)", new CscrPdfExporter(templates), input, folder.resolve("cscr.pdf"), runs);
        time("Hazard log (PDF)", new HazardLogPdfExporter(), input, folder.resolve("log.pdf"), runs);
    }

    /**
     * Prints wall-clock and CPU time: on a shared machine the wall clock includes waiting for a core,
     * and CPU time shows what the export itself costs.
     */
    private static void time(String what, Exporter exporter, ReportInput input, Path out, int runs) throws Exception {
        long[] first = once(exporter, input, out);
        long[] wall = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long[] t = once(exporter, input, out);
            wall[i] = t[0];
            cpu[i] = t[1];
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.printf("%-28s first %5d ms   median wall %5d ms   median cpu %5d ms   size %,d bytes%n",
                what, first[0], wall[runs / 2], cpu[runs / 2], Files.size(out));
    }

    private static long[] once(Exporter exporter, ReportInput input, Path out) {
        var threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        OutputFile.write(out, exporter, input);
        return new long[] {(System.nanoTime() - start) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000};
    }

    /** Hazards with realistic text lengths, every field filled, scores spread over the matrix. */
    static List<Hazard> hazards(int count) {
        Random random = new Random(129);
        List<Hazard> hazards = new ArrayList<>(count);
        ControlStatus[] statuses = ControlStatus.values();
        HazardStatus[] hazardStatuses = HazardStatus.values();
        for (int n = 1; n <= count; n++) {
            List<Control> controls = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(4); c++) {
                ControlCategory category = ControlCategory.values()[random.nextInt(4)];
                controls.add(new Control(null, category, null, "Control " + c + " of hazard " + n
                        + ": check the value against the source record before it is shown to the clinician.",
                        statuses[random.nextInt(statuses.length)], "Team " + (n % 7), "Ticket HL-" + (n * 10 + c)));
            }
            boolean scored = random.nextInt(10) > 0;
            hazards.add(Hazard.builder()
                    .number(n)
                    .name("Hazard " + n + ": results shown against the wrong encounter after a merge")
                    .description("When two patient records are merged, results filed during the merge window can be shown "
                            + "against the wrong encounter, so a clinician reviewing the encounter sees an incomplete picture.")
                    .causes(List.of("Merge job and results interface run at the same time", "Encounter lookup is cached"))
                    .effect("Results appear under a different encounter.")
                    .hazard("A clinician acts on incomplete results.")
                    .harm("Delayed or missed treatment of an abnormal result in a single patient.")
                    .existingControls("Results inbox lists unfiled results daily.")
                    .assignment("Dr C. S. Officer")
                    .initial(scored ? Assessment.of(1 + random.nextInt(5), 1 + random.nextInt(5)) : Assessment.UNSCORED)
                    .residual(scored ? Assessment.of(1 + random.nextInt(3), 1 + random.nextInt(5)) : Assessment.UNSCORED)
                    .residualAssessment("Residual risk accepted by the CSO at the safety review.")
                    .actionSummary("Lock the encounter during merges.")
                    .status(hazardStatuses[random.nextInt(hazardStatuses.length)])
                    .controls(controls)
                    .build());
        }
        return hazards;
    }
}
