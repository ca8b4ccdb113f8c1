package org.hazardlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;

/**
 * Opening a log skips Flyway only when the log's history names exactly the shipped migrations;
 * the build's list of them matches the folder and Flyway; an older log is still backed up first.
 */
class LogFormatTest {

    @TempDir
    Path folder;

    @Test
    void theBuildsListOfMigrationsIsExactlyTheMigrationFolder() throws Exception {
        Set<String> inFolder;
        try (Stream<Path> files = Files.list(Path.of("db/migration"))) {
            inFolder = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql"))
                    .map(n -> n.substring(1, n.indexOf("__"))).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(inFolder).isNotEmpty();
        assertThat(LogFormat.shipped()).as("the jar's index (pom.xml, migration-index)").contains(inFolder);
    }

    @Test
    void theBuildsListOfMigrationsIsWhatFlywayFinds() {
        Flyway flyway = Flyway.configure().dataSource("jdbc:h2:mem:flyway-index", "sa", "")
                .locations("classpath:db/migration").load();
        Set<String> resolved = Arrays.stream(flyway.info().all()).map(m -> m.getVersion().getVersion())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(LogFormat.shipped()).contains(resolved);
    }

    @Test
    void aLogMadeByThisHazardLogIsCurrent() throws Exception {
        HazardLogFile file = newLog();
        try (Connection c = connect(file)) {
            assertThat(LogFormat.isCurrent(c)).isTrue();
        }
    }

    @Test
    void aLogWithoutTheNewestMigrationIsNotCurrent() throws Exception {
        HazardLogFile file = newLog();
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" = "
                    + "(SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
            assertThat(LogFormat.isCurrent(c)).isFalse();
        }
    }

    @Test
    void aLogWithAMigrationFromANewerHazardLogIsNotCurrent() throws Exception {
        HazardLogFile file = newLog();
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", "
                    + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, 'x', 0, TRUE)");
            assertThat(LogFormat.isCurrent(c)).isFalse();
        }
    }

    @Test
    void aLogWhoseMigrationFailedIsNotCurrent() throws Exception {
        HazardLogFile file = newLog();
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"installed_rank\" = "
                    + "(SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\")");
            assertThat(LogFormat.isCurrent(c)).isFalse();
        }
    }

    @Test
    void aDatabaseWithoutHistoryIsNotCurrent() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:no-history", "sa", "")) {
            assertThat(LogFormat.isCurrent(c)).isFalse();
        }
    }

    @Test
    void anIndexNamingAFileFlywayWouldReadDifferentlyIsNotTrusted() throws Exception {
        assertThat(LogFormat.parse(new BufferedReader(new StringReader("V1__a.sql\nV2__b.sql\n\n"))))
                .containsExactly("1", "2");
        assertThat(LogFormat.parse(new BufferedReader(new StringReader("V1__a.sql\nR__view.sql\n")))).isEmpty();
    }

    @Test
    void aLogInAnOlderFormatIsBackedUpThenBroughtUpToDateOnOpening() throws Exception {
        HazardLogFile file = TempLogs.in(folder);
        Flyway.configure().dataSource("jdbc:h2:file:" + file.base(), "hazardlog", "")
                .locations("classpath:db/migration").target("1").load().migrate();

        try (HazardLogService log = HazardLogService.open(file)) {
            log.create(TempLogs.fullHazard(1));
        }

        assertThat(LogBackups.of(file).list()).as("a copy taken before the format changed").singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).contains("-upgrade"));
        try (Connection c = connect(file)) {
            assertThat(LogFormat.isCurrent(c)).isTrue();
        }
        try (HazardLogService log = HazardLogService.openToRead(file, "reader")) {
            assertThat(log.hazards()).extracting(Hazard::number).containsExactly(1);
        }
    }

    private HazardLogFile newLog() {
        HazardLogFile file = TempLogs.in(folder);
        HazardLogService.openOrCreate(file).close();
        return file;
    }

    private static Connection connect(HazardLogFile file) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + file.base(), "hazardlog", "");
    }
}
