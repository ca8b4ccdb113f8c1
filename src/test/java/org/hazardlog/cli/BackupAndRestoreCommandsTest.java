package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.TempLogs;

/** {@code hazardlog backup} and {@code hazardlog restore}: a copy taken, a change undone, the replaced log kept. */
class BackupAndRestoreCommandsTest {

    @TempDir
    Path dir;

    @Test
    void aBackupRestoredUndoesTheChangesMadeSinceAndKeepsTheReplacedLog() {
        Path db = CliRun.newLog(dir.resolve("log"));
        try (HazardLogService log = HazardLogService.open(HazardLogFile.at(db))) {
            log.create(TempLogs.fullHazard(1));
        }
        CliRun backup = CliRun.of("--db", db.toString(), "backup", "--to", dir.resolve("copy").toString());
        assertThat(backup.exitCode).isZero();
        assertThat(backup.out).isEqualTo("Backed up " + db + ".mv.db to " + dir.resolve("copy.mv.db") + ".\n");
        assertThat(CliRun.of("--db", db.toString(), "backup", "--to", dir.resolve("copy").toString()).err)
                .isEqualTo("hazardlog: " + dir.resolve("copy.mv.db") + " already exists; a backup never overwrites a file.\n");

        try (HazardLogService log = HazardLogService.open(HazardLogFile.at(db))) {
            log.create(TempLogs.fullHazard(2));
        }
        CliRun restore = CliRun.of("--db", db.toString(), "restore", "--from", dir.resolve("copy.mv.db").toString());
        assertThat(restore.exitCode).isZero();
        assertThat(restore.out).startsWith("Restored " + db + ".mv.db from " + dir.resolve("copy.mv.db") + " (1 hazard). "
                + "The log it replaced is kept as " + dir.resolve("log.backups"));
        assertThat(CliRun.hazardsIn(db)).hasSize(1);

        CliRun list = CliRun.of("--db", db.toString(), "restore", "--list");
        assertThat(list.out.lines()).hasSize(1).allMatch(l -> l.startsWith(dir.resolve("log.backups/log-").toString()));
    }

    @Test
    void restoringWithoutBackupsOrFromAFileThatIsNotALogChangesNothing() {
        Path db = CliRun.newLog(dir.resolve("log"));
        CliRun none = CliRun.of("--db", db.toString(), "restore");
        assertThat(none.exitCode).isEqualTo(1);
        assertThat(none.err).isEqualTo("hazardlog: No backups of " + db + ".mv.db in " + dir.resolve("log.backups")
                + ": name one with --from FILE.\n");
        CliRun missing = CliRun.of("--db", dir.resolve("nothing").toString(), "backup");
        assertThat(missing.exitCode).isEqualTo(1);
        assertThat(missing.err).startsWith("hazardlog: No hazard log at " + dir.resolve("nothing.mv.db"));
    }
}
