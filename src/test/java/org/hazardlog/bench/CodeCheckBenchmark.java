package org.hazardlog.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.hazardlog.app.CodeReviewService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.cli.HazardLogCommand;
import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.LocationState;
import org.hazardlog.code.SourceTree;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;

/**
 * How long a code check takes on a large log: by default 10,000 code locations (two per file) over
 * a 5,000-file git repository, after a review was recorded and then 10% of the files had lines
 * inserted at the top (moves), 5% an edit inside a range (changes) and 1% were deleted. With
 * {@code --symbols} each location names a function ({@code path#function_7_8}) instead of lines.
 *
 * <p>Run (see docs/performance.md):
 * <pre>
 * mvn -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.hazardlog.bench.CodeCheckBenchmark -Dexec.classpathScope=test \
 *     -Dexec.args="--files 5000 --locations 10000 --runs 5 --keep /tmp/codecheck-bench"
 * </pre>
 * Not a unit test: timings depend on the machine, so they are measured and written down, not asserted.
 * Run again with the same {@code --keep} folder, it measures the data made the first time.
 */
public final class CodeCheckBenchmark {

    private int files = 5_000;
    private int locations = 10_000;
    private int linesPerFile = 200;
    private int runs = 5;
    private boolean git = true;
    /** Anchor each location on a function ({@code path#function_7_8}) instead of lines. */
    private boolean symbols;
    private Path keep;
    private Path jar;
    /** How long recording the review of every location took; NaN when the data was made by an earlier run. */
    private double recordSeconds = Double.NaN;

    public static void main(String[] args) throws Exception {
        CodeCheckBenchmark bench = new CodeCheckBenchmark();
        bench.parse(args);
        bench.run();
    }

    private void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--locations" -> locations = Integer.parseInt(args[++i]);
                case "--lines" -> linesPerFile = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--plain" -> git = false;
                case "--symbols" -> symbols = true;
                case "--keep" -> keep = Path.of(args[++i]);
                case "--jar" -> jar = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --files N --locations N --lines N --runs N --plain --symbols --keep DIR --jar hazardlog.jar");
            }
        }
    }

    private void run() throws Exception {
        Path work = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("codecheck-bench");
        Path repo = work.resolve("repo");
        Path db = work.resolve("bench-log");
        boolean reuse = Files.isDirectory(repo) && Files.exists(work.resolve("bench-log.mv.db"));
        if (reuse) {
            System.out.println("Reusing the repository and log made earlier in " + work);
        } else {
            prepare(repo, db);
        }
        List<Double> service = new ArrayList<>();
        List<Double> serviceCpu = new ArrayList<>();
        CodeCheckReport report = null;
        for (int i = 0; i < runs; i++) {
            long c0 = System.nanoTime();
            long cpu0 = cpuNanos();
            try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
                CodeReviewService code = new CodeReviewService(log);
                report = code.check(SourceTree.open(repo), List.of());
            }
            service.add(seconds(c0));
            serviceCpu.add((cpuNanos() - cpu0) / 1e9);
        }
        List<Double> cli = new ArrayList<>();
        int exit = -1;
        for (int i = 0; i < runs; i++) {
            long c0 = System.nanoTime();
            exit = HazardLogCommand.run(new String[] {"--db", db.toString(), "code-check", "--repo", repo.toString()},
                    f -> { }, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
            cli.add(seconds(c0));
        }
        List<Double> process = new ArrayList<>();
        if (jar != null) {
            for (int i = 0; i < runs; i++) {
                long c0 = System.nanoTime();
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        jar.toString(), "--db", db.toString(), "code-check", "--repo", repo.toString())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
                p.waitFor();
                process.add(seconds(c0));
            }
        }
        System.out.print("States:");
        for (LocationState s : LocationState.values()) {
            System.out.print(" " + s.jsonName() + "=" + report.count(s));
        }
        System.out.println();
        System.out.printf("Check (open log, read reviews, check every location), %d runs: first %.2f s, best %.2f s, "
                + "median %.2f s; CPU time (all threads) median %.2f s%n",
                runs, service.get(0), min(service), median(service), median(serviceCpu));
        System.out.printf("code-check command in-process (also prints the report; exit %d): first %.2f s, best %.2f s, "
                + "median %.2f s%n", exit, cli.get(0), min(cli), median(cli));
        if (jar != null) {
            System.out.printf("java -jar %s code-check (new JVM each time), %d runs: best %.2f s, median %.2f s%n",
                    jar.getFileName(), runs, min(process), median(process));
        }
        System.out.println("Load average while measuring: " + loadAverage());
        System.out.println("Files kept in " + work + (keep == null ? " (temporary)" : ""));
        System.out.println("| " + files + " | " + locations + " | " + (git ? "git" : "plain") + " | "
                + String.format("%.2f", service.get(0)) + " | " + String.format("%.2f", median(service)) + " | "
                + String.format("%.2f", median(serviceCpu)) + " | " + String.format("%.2f", median(cli)) + " | "
                + (jar == null ? "-" : String.format("%.2f", median(process))) + " | " + (Double.isNaN(recordSeconds) ? "-" : String.format("%.2f", recordSeconds)) + " |");
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Makes the repository and the log, records a review of every location, then changes the code. */
    private void prepare(Path repo, Path db) throws Exception {
        Random random = new Random(20261129);
        long t0 = System.nanoTime();
        List<String> paths = writeRepository(repo, random);
        if (git) {
            git(repo, "init", "-q");
            commit(repo);
        }
        double makeRepo = seconds(t0);

        t0 = System.nanoTime();
        int hazards;
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            hazards = createHazards(log, paths, random);
        }
        double makeLog = seconds(t0);

        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            long r0 = System.nanoTime();
            new CodeReviewService(log).recordReview(SourceTree.open(repo), List.of());
            recordSeconds = seconds(r0);
        }
        changeRepository(repo, paths, random);
        if (git) {
            commit(repo);
        }

        System.out.printf("Repository: %d files x %d lines (%s), log: %d hazards, %d code locations%n",
                files, linesPerFile, git ? "git" : "plain folder", hazards, locations);
        System.out.printf("Set-up: repository %.1f s, log %.1f s; recording the review of every location %.2f s%n",
                makeRepo, makeLog, recordSeconds);
    }

    /** Files of plausible code: a header, functions of a few lines, distinct enough that lines rarely repeat. */
    private List<String> writeRepository(Path repo, Random random) throws IOException {
        List<String> paths = new ArrayList<>(files);
        for (int f = 0; f < files; f++) {
            String path = "src/module" + (f % 50) + "/sub" + (f % 7) + "/file" + f + ".py";
            List<String> lines = new ArrayList<>(linesPerFile);
            lines.add("\"\"\"Module " + f + ".\"\"\"");
            lines.add("import module" + random.nextInt(50));
            while (lines.size() < linesPerFile) {
                int fn = lines.size();
                lines.add("");
                lines.add("def function_" + f + "_" + fn + "(patient, dose_" + random.nextInt(1000) + "):");
                lines.add("    value = patient.observation(" + random.nextInt(100_000) + ")");
                lines.add("    if value > " + random.nextInt(500) + ":");
                lines.add("        return escalate(patient, reason='threshold " + random.nextInt(10_000) + "')");
                lines.add("    return value * " + random.nextInt(97));
            }
            write(repo.resolve(path), lines.subList(0, linesPerFile));
            paths.add(path);
        }
        return paths;
    }

    private int createHazards(HazardLogService log, List<String> paths, Random random) {
        int perHazard = 10;
        int hazards = (locations + perHazard - 1) / perHazard;
        int made = 0;
        for (int h = 0; h < hazards; h++) {
            List<CodeLocation> mine = new ArrayList<>();
            for (int i = 0; i < perHazard && made < locations; i++, made++) {
                String path = paths.get(made % paths.size());
                int start = 3 + random.nextInt(linesPerFile - 45);
                int end = start + 4 + random.nextInt(36);
                if (symbols) {
                    // The functions' def lines are 4, 10, 16 ... (see writeRepository): the first at or after start.
                    int def = 4 + 6 * Math.max(0, (start - 4 + 5) / 6);
                    String name = "function_" + (made % paths.size()) + "_" + (def - 2);
                    mine.add(CodeLocation.of(path + "#" + name));
                } else {
                    mine.add(new CodeLocation(path, start, end, null));
                }
            }
            log.create(Hazard.builder().name("Benchmark hazard " + (h + 1)).codeLocations(mine).build());
        }
        return hazards;
    }

    private void changeRepository(Path repo, List<String> paths, Random random) throws IOException {
        for (int f = 0; f < paths.size(); f++) {
            Path file = repo.resolve(paths.get(f));
            int roll = f % 100;
            if (roll < 10) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                lines.addAll(1, List.of("import logging", "log = logging.getLogger(__name__)", ""));
                write(file, lines);
            } else if (roll < 15) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                for (int i = 40; i < linesPerFile - 5; i += 6) {
                    lines.set(i, lines.get(i) + "  # reviewed?");
                }
                write(file, lines);
            } else if (roll == 15) {
                Files.delete(file);
            }
        }
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private static void commit(Path repo) throws Exception {
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=Bench", "-c", "user.email=bench@example.org", "commit", "-q", "-m", "bench");
    }

    private static void git(Path repo, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(Arrays.asList(args));
        Files.createDirectories(repo);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed");
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static double min(List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double median(List<Double> xs) {
        double[] sorted = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
