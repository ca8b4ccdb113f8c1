package org.hazardlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words a user gets when the format check or upgrade on opening fails: a full disk says so,
 * and no other failure speaks the migration library's language.
 */
class OpeningFailureMessageTest {

    @TempDir
    Path folder;

    /** As H2 reports a write that the disk refused: a general I/O error around the operating system's own. */
    private static SQLException h2WriteFailure(Throwable cause) {
        return new SQLException("IO Exception: \"Writing to nio:/x/log.mv.db failed; length 4096 at 1048576\" [90028-224]",
                "90028", 90028, cause);
    }

    @Test
    void aFullDiskUnderTheFormatCheckSaysTheDiskIsFull() {
        HazardLogFile file = TempLogs.in(folder);
        var e = new FlywayException("Unable to check whether schema \"PUBLIC\" exists",
                h2WriteFailure(new IOException("No space left on device")));

        String message = StoreFailures.explainOpening(file, "read", "", e);

        assertThat(message).isEqualTo("Cannot write " + file + ": the disk is full. Nothing was changed; free some space and try again.");
    }

    @Test
    void aFullDiskUnderTheUpgradeSaysTheDiskIsFull() {
        HazardLogFile file = TempLogs.in(folder);
        var e = new FlywayException("Migration V7__x.sql failed",
                new RuntimeException("wrapped", h2WriteFailure(new IOException("Disk quota exceeded"))));

        assertThat(StoreFailures.explainOpening(file, "bring", "up to date", e)).contains("the disk is full");
    }

    @Test
    void anotherDatabaseFailureNamesTheFileAndTheCauseWithoutTheLibrarysWords() {
        HazardLogFile file = TempLogs.in(folder);
        var e = new FlywayException("Unable to check whether schema \"PUBLIC\" exists",
                new SQLException("File corrupted while reading record: \"page 7\" [90030-224]", "90030", 90030));

        String message = StoreFailures.explainOpening(file, "read", "", e);

        assertThat(message).startsWith(file.toString()).contains("damaged").contains("page 7")
                .doesNotContain("schema").doesNotContain("PUBLIC");
    }

    @Test
    void aFailureWithNoDatabaseCauseNamesTheInnermostCause() {
        HazardLogFile file = TempLogs.in(folder);
        var e = new FlywayException("Unable to obtain connection from database",
                new IllegalStateException("class path resource db/migration missing"));

        assertThat(StoreFailures.explainOpening(file, "bring", "up to date", e))
                .isEqualTo("Cannot bring " + file + " up to date: class path resource db/migration missing");
    }

    @Test
    void aFailureOfTheLibraryAloneIsStillNamedForTheUser() {
        HazardLogFile file = TempLogs.in(folder);
        var e = new FlywayException("Validate failed: Migrations have failed validation");

        assertThat(StoreFailures.explainOpening(file, "read", "", e))
                .startsWith("Cannot read " + file + ": its record of log format upgrades is unreadable or inconsistent");
    }

    @Test
    void aFullDiskReportedDirectlyByTheDatabaseSaysSoToo() {
        HazardLogFile file = TempLogs.in(folder);
        assertThat(StoreFailures.explain(file, h2WriteFailure(new IOException("No space left on device"))))
                .contains("the disk is full");
    }
}
