package org.hazardlog.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.hazardlog.app.CodeReviewService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.SyntheticLog;
import org.hazardlog.code.SourceTree;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;

/**
 * What a code check works on: a git repository of the {@link SyntheticLog#SOURCE_FILES} source files
 * the invented hazards point into ({@link SyntheticLog#MAX_LINE} lines each), and for each size a
 * log whose hazards have that many code locations in all, every location reviewed. After the reviews
 * the code changes as it does between two releases: in one file in ten three lines are inserted at
 * the top (their locations move), one in twenty gets edits every sixth line (some ranges change),
 * one in a hundred is deleted; the change is committed. Made once per folder; a later call reuses it.
 *
 * <p>For the command timings: {@code java -cp hazardlog.jar:target/test-classes
 * org.hazardlog.bench.CodeRepository DIR N...} makes {@code DIR/repo} and {@code DIR/log-N.mv.db}.
 */
public final class CodeRepository {

    private CodeRepository() {
    }

    public static void main(String[] args) {
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        make(Path.of(args[0]), sizes);
    }

    public static Path repository(Path dir) {
        return dir.resolve("repo");
    }

    public static HazardLogFile log(Path dir, int locations) {
        return HazardLogFile.at(dir.resolve("log-" + locations));
    }

    /** Makes the repository and a log for each number of locations, unless the folder has them already. */
    public static synchronized void make(Path dir, List<Integer> locationCounts) {
        Path ready = dir.resolve("ready");
        if (Files.exists(ready)) {
            return;
        }
        try {
            Logs.delete(dir);
            Path repo = repository(dir);
            Random random = new Random(Logs.SEED);
            writeFiles(repo, random);
            git(repo, "init", "-q");
            commit(repo);
            for (int n : locationCounts) {
                try (HazardLogService log = HazardLogService.open(log(dir, n))) {
                    log.createAll(hazardsWith(n));
                    new CodeReviewService(log).recordReview(SourceTree.open(repo), List.of());
                }
            }
            change(repo);
            commit(repo);
            Files.writeString(ready, "made\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The invented log's first hazards, with exactly {@code locations} code locations in all. */
    static List<Hazard> hazardsWith(int locations) {
        List<Hazard> chosen = new ArrayList<>();
        int left = locations;
        for (Hazard h : Logs.hazards(locations)) {
            if (left == 0) {
                break;
            }
            List<CodeLocation> mine = h.codeLocations().subList(0, Math.min(left, h.codeLocations().size()));
            left -= mine.size();
            chosen.add(h.toBuilder().codeLocations(mine).build());
        }
        return chosen;
    }

    private static void writeFiles(Path repo, Random random) throws IOException {
        for (int f = 0; f < SyntheticLog.SOURCE_FILES; f++) {
            List<String> lines = new ArrayList<>(SyntheticLog.MAX_LINE);
            lines.add("# " + SyntheticLog.sourceFile(f));
            lines.add("import clinical_" + random.nextInt(50));
            while (lines.size() < SyntheticLog.MAX_LINE) {
                int n = lines.size();
                lines.add("");
                lines.add("def check_" + f + "_" + n + "(patient, dose_" + random.nextInt(1000) + "):");
                lines.add("    value = patient.observation(" + random.nextInt(100_000) + ")");
                lines.add("    if value > " + random.nextInt(500) + ":");
                lines.add("        return escalate(patient, reason='threshold " + random.nextInt(10_000) + "')");
                lines.add("    return value * " + random.nextInt(97));
            }
            write(repo.resolve(SyntheticLog.sourceFile(f)), lines.subList(0, SyntheticLog.MAX_LINE));
        }
    }

    private static void change(Path repo) throws IOException {
        for (int f = 0; f < SyntheticLog.SOURCE_FILES; f++) {
            Path file = repo.resolve(SyntheticLog.sourceFile(f));
            int roll = f % 100;
            if (roll < 10) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                lines.addAll(1, List.of("import logging", "log = logging.getLogger(__name__)", ""));
                write(file, lines);
            } else if (roll < 15) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                for (int i = 40; i < lines.size() - 5; i += 6) {
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

    private static void commit(Path repo) throws IOException {
        git(repo, "add", "-A");
        git(repo, "-c", "user.name=Bench", "-c", "user.email=bench@example.org", "commit", "-q", "-m", "bench");
    }

    private static void git(Path repo, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        Files.createDirectories(repo);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IOException(command + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(command + " interrupted", e);
        }
    }
}
