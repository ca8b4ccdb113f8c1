package org.hazardlog.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.report.importing.ImportFormats;
import org.hazardlog.cli.HazardLogCommand;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.transfer.batch.BatchReading;

/**
 * Measures {@code hazardlog import} of 1,000 hazard files into a new log, in process, the way the
 * command line runs it (reading, planning and the one database transaction), and then the same
 * split into reading and storing. A measurement to run by hand, not a test:
 *
 * <pre>
 * mvn -q -B test-compile
 * java -cp "target/test-classes:target/classes:$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     org.hazardlog.bench.ImportBenchmark [SAMPLES_DIR]
 * </pre>
 *
 * The files are copies of the shared samples (Quill, DCSP and the copied page), numbered 1 to 1,000
 * by their names.
 */
public final class ImportBenchmark {

    private static final int FILES = 1_000;
    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : System.getProperty("samples.dir", "../shared/samples"));
        Path work = Files.createTempDirectory("hazardlog-bench");
        try {
            Path files = makeFiles(samples, work.resolve("files"));
            System.out.printf(Locale.ROOT, "%d hazard files from %s%n", FILES, samples);
            for (int run = 1; run <= RUNS; run++) {
                Path db = work.resolve("cli-" + run);
                long cpu = cpuMillis();
                long ms = timeCli("--db", db.toString(), "import", files.toString());
                long cpuFirst = cpuMillis() - cpu;
                long again = timeCli("--db", db.toString(), "import", files.toString());
                System.out.printf(Locale.ROOT, "run %d: CLI import into a new log %d ms (process CPU %d ms); "
                        + "again, all unchanged, %d ms; load average %.1f%n", run, ms, cpuFirst, again, load());
            }
            for (int run = 1; run <= RUNS; run++) {
                try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(work.resolve("split-" + run)))) {
                    long start = System.nanoTime();
                    BatchReading batch = ImportFormats.forScheme(log.scheme()).read(List.of(files));
                    long read = System.nanoTime();
                    log.importHazards(batch.hazardList());
                    long stored = System.nanoTime();
                    System.out.printf(Locale.ROOT, "split %d: read %d ms, store %d ms (%d hazards)%n", run,
                            (read - start) / 1_000_000, (stored - read) / 1_000_000, batch.hazards().size());
                }
            }
        } finally {
            deleteAll(work);
        }
    }

    /** CPU time of the whole process (every thread, H2's included): what the import costs whatever else runs. */
    private static long cpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long timeCli(String... args) {
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = HazardLogCommand.run(args, f -> { }, new PrintWriter(Writer.nullWriter()), new PrintWriter(err));
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (code != 0) {
            throw new IllegalStateException("import failed with exit code " + code + ": " + err);
        }
        return ms;
    }

    private static Path makeFiles(Path samples, Path into) throws IOException {
        List<Path> sources = new ArrayList<>();
        for (String folder : List.of("quill-hazards", "dcsp-hazards", "seed")) {
            try (Stream<Path> files = Files.list(samples.resolve(folder))) {
                files.sorted().forEach(sources::add);
            }
        }
        Files.createDirectories(into);
        for (int i = 0; i < FILES; i++) {
            Path source = sources.get(i % sources.size());
            String ext = source.toString().endsWith(".txt") ? ".txt" : ".md";
            Files.copy(source, into.resolve(String.format(Locale.ROOT, "Hazard-%04d%s", i + 1, ext)));
        }
        return into;
    }

    private static void deleteAll(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
