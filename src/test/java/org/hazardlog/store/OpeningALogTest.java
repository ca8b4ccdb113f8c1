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

/** Opening files: new, existing, foreign, newer, and in use by another process. */
class OpeningALogTest {

    @TempDir
    Path folder;

    @Test
    void aMissingLogIsCreatedWithTheDefaultRiskSchemeAndKeepsItsHazards() {
        HazardLogFile file = HazardLogFile.at(folder.resolve("sub/folder/new-log"));
        try (HazardLogService log = HazardLogService.open(file)) {
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
        try (HazardLogService log = HazardLogService.open(file)) {
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
        HazardLogService.open(file).close();
        Process other = start("exclusive", file);
        try {
            awaitReady(other);
            assertThatThrownBy(() -> HazardLogService.open(file))
                    .isInstanceOf(HazardLogUnavailableException.class)
                    .hasMessage(file + " is in use by another program that does not share it. Close that program and try again.");
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
