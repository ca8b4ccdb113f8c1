package org.hazardlog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;

/** Opening files: new, missing, existing, read-only, foreign, newer, special, and in use by another process. */
class OpeningALogTest {

    @TempDir
    Path folder;

    @Test
    void aMissingLogIsCreatedWithTheDefaultRiskSchemeAndKeepsItsHazards() {
        HazardLogFile file = HazardLogFile.at(folder.resolve("sub/folder/new-log"));
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            assertThat(log.scheme().name()).isEqualTo("DCB0129 IG v3.2 example");
            log.create(TempLogs.fullHazard(3));
        }
        assertThat(folder.resolve("sub/folder/new-log.mv.db")).exists();
        try (HazardLogService log = HazardLogService.open(HazardLogFile.at(folder.resolve("sub/folder/new-log.mv.db")))) {
            assertThat(log.hazards()).extracting(Hazard::number).containsExactly(3);
        }
    }

    @Test
    void aTextFileIsNotAHazardLogAndIsLeftAlone() throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.mv.db"), "meeting notes");
        assertThatThrownBy(() -> HazardLogService.open(HazardLogFile.at(notes)))
                .isInstanceOf(HazardLogUnavailableException.class)
                .hasMessage(notes + " is not a hazard log (its contents are not a HazardLog database).");
        assertThat(Files.readString(notes)).isEqualTo("meeting notes");
    }

    @Test
    void aFileWithoutTheLogEndingIsRefusedRatherThanOpenedBesideIt() throws Exception {
        Path spreadsheet = Files.writeString(folder.resolve("hazards.xlsx"), "PK");
        assertThatThrownBy(() -> HazardLogFile.at(spreadsheet))
                .isInstanceOf(HazardLogUnavailableException.class)
                .hasMessageContaining("is not a hazard log: hazard log files end in .mv.db");
    }

    @Test
    void anotherApplicationsH2DatabaseIsRefusedUntouched() throws Exception {
        Path base = folder.resolve("other");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "hazardlog", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id INT PRIMARY KEY)");
        }
        assertThatThrownBy(() -> HazardLogService.open(HazardLogFile.at(base)))
                .isInstanceOf(HazardLogUnavailableException.class)
                .hasMessageContaining("is an H2 database, but not a hazard log");
        assertThat(tables(base)).containsExactly("INVOICES");
    }

    @Test
    void aLogWrittenByANewerVersionIsRefusedAndNotChanged() throws Exception {
        HazardLogFile file = TempLogs.in(folder);
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            log.create(TempLogs.fullHazard(1));
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), "hazardlog", "");
             Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'x', 0, TRUE)");
            s.execute("CREATE TABLE future_feature (id INT)");
        }
        List<String> before = tables(file.base());

        assertThatThrownBy(() -> HazardLogService.open(file))
                .isInstanceOf(HazardLogUnavailableException.class)
                .hasMessageContaining("was written by a newer version of HazardLog (log format 99)")
                .hasMessageContaining("has not been changed");
        assertThat(tables(file.base())).isEqualTo(before).contains("FUTURE_FEATURE");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + file.base(), "hazardlog", "");
             Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*), MAX(\"installed_rank\") FROM \"flyway_schema_history\"")) {
            rs.next();
            assertThat(rs.getInt(2)).as("no migration ran after the future one").isEqualTo(99);
        }
    }

    @Test
    void aMissingLogIsRefusedForReadingAndWritingAndNothingIsCreated() {
        Path typo = folder.resolve("safety/hazrd-log.mv.db");
        HazardLogFile file = HazardLogFile.at(typo);
        assertThatThrownBy(() -> HazardLogService.open(file, "alice"))
                .isInstanceOf(HazardLogUnavailableException.class)
                .hasMessageStartingWith("No hazard log at " + typo + ". Create one with `hazardlog new --cso NAME`");
        assertThatThrownBy(() -> HazardLogService.openToRead(file, "alice"))
                .isInstanceOf(HazardLogUnavailableException.class)
                .hasMessageStartingWith("No hazard log at " + typo + ".");
        assertThat(folder.resolve("safety")).doesNotExist();
    }

    @Test
    void aFolderOrANamedPipeNamedAsTheLogIsRefusedAtOnce() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("dir.mv.db"));
        assertThatThrownBy(() -> HazardLogService.openToRead(HazardLogFile.at(dir), "alice"))
                .hasMessage(dir + " is not a hazard log: it is a folder, not a file.");
        Path fifo = folder.resolve("pipe.mv.db");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        // Reading the header of a pipe would block for ever: refused before anything reads it.
        assertThatThrownBy(() -> HazardLogService.open(HazardLogFile.at(fifo), "alice"))
                .hasMessage(fifo + " is not a hazard log: it is a named pipe (FIFO), not a file.");
    }

    @Test
    void readingLeavesTheFileExactlyAsItWasAndCannotChangeIt() throws Exception {
        HazardLogFile file = TempLogs.in(folder);
        try (HazardLogService log = HazardLogService.openOrCreate(file, "alice")) {
            log.create(TempLogs.fullHazard(1));
        }
        byte[] before = Files.readAllBytes(file.file());
        var modified = Files.getLastModifiedTime(file.file());
        try (HazardLogService log = HazardLogService.openToRead(file, "alice")) {
            assertThat(log.hazards()).extracting(Hazard::number).containsExactly(1);
            assertThatThrownBy(() -> log.create(TempLogs.fullHazard(2)))
                    .isInstanceOf(HazardLogUnavailableException.class)
                    .hasMessageContaining("opened only for reading");
        }
        assertThat(Files.readAllBytes(file.file())).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file.file())).isEqualTo(modified);
        try (var names = Files.list(folder)) {
            assertThat(names.map(p -> p.getFileName().toString())).containsExactly("log.mv.db");
        }
    }

    @Test
    void aLogHeldByAnotherHazardLogIsReadThroughIt() throws Exception {
        HazardLogFile file = TempLogs.in(folder);
        Process other = start("shared", file);
        try {
            awaitReady(other);
            try (HazardLogService log = HazardLogService.openToRead(file, "bob")) {
                assertThat(log.hazards()).extracting(Hazard::number).containsExactly(41);
            }
        } finally {
            release(other);
        }
    }

    @Test
    void twoProcessesShareOneLogAndSeeEachOthersHazards() throws Exception {
        HazardLogFile file = TempLogs.in(folder);
        Process other = start("shared", file);
        try {
            awaitReady(other);
            try (HazardLogService log = HazardLogService.open(file)) {
                assertThat(log.hazards()).extracting(Hazard::number).containsExactly(41);
                log.create(TempLogs.fullHazard(42));
                assertThat(log.hazards()).extracting(Hazard::number).containsExactly(41, 42);
            }
        } finally {
            release(other);
        }
        assertThat(other.exitValue()).isZero();
    }

    @Test
    void aLogHeldByAProgramThatDoesNotShareItGivesAClearMessage() throws Exception {
        HazardLogFile file = TempLogs.in(folder);
        HazardLogService.openOrCreate(file).close();
        Process other = start("exclusive", file);
        try {
            awaitReady(other);
            assertThatThrownBy(() -> HazardLogService.open(file))
                    .isInstanceOf(HazardLogUnavailableException.class)
                    .hasMessage(file + " is in use by another process. Try again when it has finished"
                            + " (a program that does not share the log must be closed first).");
        } finally {
            release(other);
        }
    }

    private static Process start(String mode, HazardLogFile file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                HoldLog.class.getName(), mode, file.base().toString()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    private static void awaitReady(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("READY");
    }

    private static void release(Process p) throws Exception {
        try (Writer w = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)) {
            w.write("done\n");
        }
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
    }

    private static List<String> tables(Path base) throws Exception {
        List<String> names = new java.util.ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + base, "hazardlog", "");
             java.sql.ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        java.util.Collections.sort(names);
        return names;
    }
}
