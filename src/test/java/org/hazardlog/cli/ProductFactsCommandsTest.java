package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.store.HazardLogFile;

/** {@code settings set KEY VALUE} and {@code settings show}: the product facts from a script, gaps shown as gaps. */
class ProductFactsCommandsTest {

    @TempDir
    Path folder;

    private String db;
    private StringWriter out;
    private StringWriter err;

    @BeforeEach
    void aLogWithACsoAndAnEngineer() {
        db = folder.resolve("log").toString();
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(Path.of(db)), "alice")) {
            log.users().add("bob", Role.ENGINEER); // the log's first change makes alice its CSO
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HazardLogCommand.run(args, f -> { }, new ByteArrayInputStream(new byte[0]), new PrintWriter(out),
                new PrintWriter(err));
    }

    private HazardLogService open() {
        return HazardLogService.openOrCreate(HazardLogFile.at(Path.of(db)), "alice");
    }

    @Test
    void theCsoSetsAFactFromTheCommandLineAndTheChangeIsAudited() {
        assertThat(run("--db", db, "--user", "alice", "settings", "set", "product", "WardView ePrescribing")).isZero();
        assertThat(out.toString()).contains("Product name (product) set to WardView ePrescribing");

        try (HazardLogService log = open()) {
            assertThat(log.projectSettings().product()).isEqualTo("WardView ePrescribing");
            assertThat(log.audit().events(AuditQuery.ALL)).anyMatch(e -> "project product".equals(e.field())
                    && "WardView ePrescribing".equals(e.newValue()));
        }
    }

    @Test
    void showMarksEveryFactNotProvidedAsTheSafetyCasePrintsIt() {
        run("--db", db, "--user", "alice", "settings", "set", "version", "3.2.0");

        assertThat(run("--db", db, "settings", "show")).isZero();

        assertThat(out.toString()).containsPattern("version +Product version +3\\.2\\.0")
                .containsPattern("product +Product name +\\[not provided]")
                .contains("6 of 7 product facts not provided: product, manufacturer, cso, author, reviewers, approver");
    }

    @Test
    void showAsJsonGivesEveryFactWithNullForOneNotProvided() throws Exception {
        run("--db", db, "--user", "alice", "settings", "set", "cso", "Dr A. Okafor");

        assertThat(run("--db", db, "settings", "show", "--format", "json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("product").get("cso").asText()).isEqualTo("Dr A. Okafor");
        assertThat(json.get("product").get("approver").isNull()).isTrue();
        assertThat(json.get("product").size()).isEqualTo(7);
        assertThat(json.get("notProvided")).hasSize(6);
        assertThat(json.get("codeCheck").has("clinicalGlobs")).isTrue();
    }

    @Test
    void anEmptyValueClearsAFactBackToAGap() {
        run("--db", db, "--user", "alice", "settings", "set", "author", "J. Smith");

        assertThat(run("--db", db, "--user", "alice", "settings", "set", "author", "")).isZero();

        assertThat(out.toString()).contains("cleared: now [not provided]");
        try (HazardLogService log = open()) {
            assertThat(log.projectSettings().author()).isEmpty();
        }
    }

    @Test
    void anUnknownKeyOrSomeoneWhoIsNotTheCsoIsRefusedAndNothingChanges() {
        assertThat(run("--db", db, "--user", "alice", "settings", "set", "colour", "red")).isEqualTo(1);
        assertThat(err.toString()).contains("there is no product fact \"colour\"", "product, version, manufacturer");

        assertThat(run("--db", db, "--user", "bob", "settings", "set", "product", "Not mine")).isEqualTo(1);
        assertThat(err.toString()).contains("needs the CSO role");

        try (HazardLogService log = open()) {
            assertThat(log.projectSettings().product()).isEmpty();
        }
    }

    @Test
    void theCodeCheckSettingsStillChangeWithOptionsAsBefore() {
        assertThat(run("--db", db, "--user", "alice", "settings", "--clinical-glob", "src/**/*.py")).isZero();
        assertThat(out.toString()).contains("Clinical files:  src/**/*.py");
    }
}
