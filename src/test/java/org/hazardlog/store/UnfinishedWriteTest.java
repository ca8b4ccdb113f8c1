package org.hazardlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.SyntheticLog;

/** Large writes leave a backup and no journal; a journal left behind puts the backup back; a damaged head is refused. */
class UnfinishedWriteTest {

    @TempDir
    Path folder;

    /** A log whose CSO is the operating-system user, as {@link HoldLog} opens it, with hazard 1. */
    private HazardLogFile logWithOneHazard() {
        HazardLogFile file = TempLogs.in(folder);
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            log.create(TempLogs.fullHazard(1));
        }
        return file;
    }

    @Test
    void aLargeImportIsBackedUpFirstAndLeavesNoJournalOnceOnDisk() {
        HazardLogFile file = logWithOneHazard();
        try (HazardLogService log = HazardLogService.open(file)) {
            log.importHazards(new SyntheticLog(3).hazards(LargeWrite.HAZARDS).stream()
                    .map(h -> h.toBuilder().number(null).build()).toList());
        }
        assertThat(WriteJournal.pathOf(file)).doesNotExist();
        List<Path> backups = LogBackups.of(file).list();
        assertThat(backups).hasSize(1);
        try (HazardLogService backup = HazardLogService.openToRead(HazardLogFile.at(backups.get(0)), "alice")) {
            assertThat(backup.count()).as("the backup is the log before the import").isEqualTo(1);
        }
    }

    @Test
    void onlyTheNewestFiveBackupsAreKept() {
        HazardLogFile file = logWithOneHazard();
        for (int i = 0; i < LogBackups.KEPT + 2; i++) {
            LogBackups.of(file).backUpNow(null);
        }
        assertThat(LogBackups.of(file).list()).hasSize(LogBackups.KEPT);
    }

    @Test
    void aJournalLeftByAWriteThatDidNotFinishPutsTheBackupBackOnOpening() throws Exception {
        HazardLogFile file = logWithOneHazard();
        Path backup = LogBackups.of(file).backUpNow(null);
        // The unfinished write got part of the way, as H2 writes before it commits.
        try (HazardLogService log = HazardLogService.open(file)) {
            log.create(TempLogs.fullHazard(2));
        }
        writeJournalOfDeadProcess(file, backup);

        try (HazardLogService log = HazardLogService.openToRead(file, "alice")) {
            assertThat(log.count()).isEqualTo(1);
            assertThat(log.audit().verify().isIntact()).isTrue();
            assertThat(log.recoveryNotice()).hasValueSatisfying(n -> assertThat(n)
                    .startsWith("The last change to " + file + " (importing 2000 hazards, started ")
                    .contains("did not finish. The log was put back as it was before it, from " + backup));
        }
        assertThat(WriteJournal.pathOf(file)).doesNotExist();
        try (var kept = Files.list(LogBackups.of(file).folder())) {
            assertThat(kept.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("-unfinished-"));
        }
    }

    @Test
    void aLogBeingChangedByALiveProcessIsNotTouched() throws Exception {
        HazardLogFile file = logWithOneHazard();
        Process writer = new ProcessBuilder("sleep", "60").start();
        try {
            Properties p = new Properties();
            p.setProperty("what", "importing 2000 hazards");
            p.setProperty("started", "2026-01-01T00:00:00Z");
            p.setProperty("pid", Long.toString(writer.pid()));
            p.setProperty("processStarted", writer.info().startInstant().map(Object::toString).orElse(""));
            p.setProperty("backup", folder.resolve("nowhere.mv.db").toString());
            store(p, file);
            assertThatThrownBy(() -> HazardLogService.openToRead(file, "alice"))
                    .hasMessage(file + " is being changed by another process (importing 2000 hazards, started "
                            + "2026-01-01T00:00:00Z). Try again when it has finished.");
            assertThat(WriteJournal.pathOf(file)).exists();
        } finally {
            writer.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aLogWhoseAuditHeadAndEventsDisagreeIsRefusedAsDamaged() throws Exception {
        HazardLogFile file = logWithOneHazard();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), "hazardlog", "");
             Statement s = c.createStatement()) {
            s.execute("DELETE FROM audit_event WHERE seq = (SELECT MAX(seq) FROM audit_event)");
        }
        assertThatThrownBy(() -> HazardLogService.openToRead(file, "alice"))
                .isInstanceOf(HazardLogUnavailableException.class)
                .hasMessageStartingWith(file + " is damaged: its audit trail ends at event 1 but its head records event 2. "
                        + "Restore from backup with `hazardlog restore`");
        assertThatThrownBy(() -> HazardLogService.open(file, "alice")).hasMessageContaining("is damaged");
        try (HazardLogService log = HazardLogService.openToInspect(file, "alice")) {
            assertThat(log.audit().verify().isIntact()).isFalse();
        }
    }

    @Test
    void restoreReplacesTheLogWithTheNewestBackupAndKeepsTheReplacedOne() {
        HazardLogFile file = logWithOneHazard();
        LogBackups.of(file).backUpNow(null);
        try (HazardLogService log = HazardLogService.open(file)) {
            log.create(TempLogs.fullHazard(2));
        }
        LogRestore.Restored done = new LogRestore(file).restore(null);
        assertThat(done.hazards()).isEqualTo(1);
        try (HazardLogService log = HazardLogService.openToRead(file, "alice")) {
            assertThat(log.count()).isEqualTo(1);
        }
        try (HazardLogService replaced = HazardLogService.openToRead(HazardLogFile.at(done.replacedKeptAs()), "alice")) {
            assertThat(replaced.count()).isEqualTo(2);
        }
    }

    @Test
    void restoreIsRefusedWhileAnotherProcessHasTheLogOpen() throws Exception {
        HazardLogFile file = logWithOneHazard();
        LogBackups.of(file).backUpNow(null);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldLog.class.getName(),
                "shared", file.base().toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            assertThat(new String(other.getInputStream().readNBytes(5), StandardCharsets.UTF_8)).isEqualTo("READY");
            assertThatThrownBy(() -> new LogRestore(file).restore(null))
                    .hasMessage(file + " is open in another process (the window, or a command still running). "
                            + "Close it and restore again; nothing was changed.");
        } finally {
            try (Writer w = new java.io.OutputStreamWriter(other.getOutputStream(), StandardCharsets.UTF_8)) {
                w.write("done\n");
            }
            other.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A journal as a process that has since died would have left it. */
    private static void writeJournalOfDeadProcess(HazardLogFile file, Path backup) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Properties p = new Properties();
        p.setProperty("what", "importing 2000 hazards");
        p.setProperty("started", "2026-01-01T00:00:00Z");
        p.setProperty("pid", Long.toString(gone.pid()));
        p.setProperty("processStarted", "");
        p.setProperty("backup", backup.toString());
        store(p, file);
    }

    private static void store(Properties p, HazardLogFile file) throws Exception {
        try (Writer w = Files.newBufferedWriter(WriteJournal.pathOf(file), StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
    }
}
