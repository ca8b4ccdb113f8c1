package org.hazardlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.Launcher;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.SyntheticLog;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.transfer.export.JsonFileExporter;

/**
 * Real processes killed (as kill -9 does) while they import or generate many hazards: afterwards
 * the log opens, its audit trail is intact, and it holds exactly what it held before or exactly
 * what the write would have made; never part of it. The longer run is bench/fault-injection.sh.
 */
class KillDuringWriteTest {

    private static final int BEFORE = 3;
    private static final int IMPORTED = 100;

    @TempDir
    Path folder;

    @Test
    void anImportKilledAtAnyPointLeavesTheLogAsBeforeOrAsAfter() throws Exception {
        Path base = folder.resolve("base");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(base))) {
            log.createAll(new SyntheticLog(99).hazards(BEFORE));
        }
        Path file = folder.resolve("import.json");
        new JsonFileExporter(RiskSchemeFile.defaultScheme(), false).export(new SyntheticLog(7).hazards(IMPORTED), file);

        List<Integer> counts = new ArrayList<>();
        for (long delayMs : new long[] {0, 400, 1200}) {
            Path log = folder.resolve("log-" + delayMs);
            Files.copy(HazardLogFile.at(base).file(), HazardLogFile.at(log).file());
            // --allow-removals: the import replaces hazards 1-3 with other controls, and must not be refused.
            Process p = launch("--db", log.toString(), "import", "--allow-removals", file.toString());
            killDuringWrite(p, HazardLogFile.at(log), delayMs, false);
            counts.add(checkIntact(HazardLogFile.at(log)));
        }
        assertThat(counts).allMatch(c -> c == BEFORE || c == IMPORTED);
        // Not refused for a reason of its own: an import left to finish gives the whole result.
        Path log = folder.resolve("log-finished");
        Files.copy(HazardLogFile.at(base).file(), HazardLogFile.at(log).file());
        assertThat(launch("--db", log.toString(), "import", "--allow-removals", file.toString()).waitFor()).isZero();
        assertThat(checkIntact(HazardLogFile.at(log))).isEqualTo(IMPORTED);
    }

    @Test
    void generationKilledAtAnyPointLeavesNoLogOrAWholeOne() throws Exception {
        for (long delayMs : new long[] {500}) {
            Path out = folder.resolve("generated-" + delayMs);
            Process p = launch("generate", "--hazards", "300", "--out", out.toString());
            killDuringWrite(p, HazardLogFile.at(out), delayMs, true);
            if (Files.exists(HazardLogFile.at(out).file())) {
                assertThat(checkIntact(HazardLogFile.at(out))).isIn(0, 300);
            }
        }
    }

    /** Waits until the write has begun (its journal is there), lets it run a while, then kills it as kill -9 would. */
    private static void killDuringWrite(Process p, HazardLogFile log, long delayMs, boolean afterBackup) throws Exception {
        Path journal = WriteJournal.pathOf(log);
        // A generated log is created first (journalled too); its hazards are written after the first backup.
        Path started = afterBackup ? LogBackups.of(log).folder() : journal;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(Files.exists(started) && Files.exists(journal)) && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(delayMs);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Opens the log as any command would (which puts back the backup of an unfinished write) and checks it. */
    private static int checkIntact(HazardLogFile log) {
        try (HazardLogService service = HazardLogService.open(log)) {
            assertThat(service.audit().verify().isIntact()).as("audit trail of " + log).isTrue();
            assertThat(WriteJournal.pathOf(log)).doesNotExist();
            return service.count();
        }
    }

    private static Process launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
