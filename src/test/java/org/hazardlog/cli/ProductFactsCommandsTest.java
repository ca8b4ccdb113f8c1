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
import org.hazardlog.domain.ProjectSettings;
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
                .contains("15 of 16 product facts not provided: product, manufacturer, cso, author, reviewers, approver, "
                        + "document-reference, crmp-reference, lifecycle-phase, intended-use, intended-users, "
                        + "release-configuration, third-party, pre-delivery-review, related-documents");
    }

    @Test
    void showAsJsonGivesEveryFactWithNullForOneNotProvided() throws Exception {
        run("--db", db, "--user", "alice", "settings", "set", "cso", "Dr A. Okafor");

        assertThat(run("--db", db, "settings", "show", "--format", "json")).isZero();

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("product").get("cso").asText()).isEqualTo("Dr A. Okafor");
        assertThat(json.get("product").get("approver").isNull()).isTrue();
        assertThat(json.get("product").size()).isEqualTo(16);
        assertThat(json.get("notProvided")).hasSize(15);
        assertThat(json.get("codeCheck").has("clinicalGlobs")).isTrue();
    }

    @Test
    void aPerReleaseFactOfSeveralLinesIsSetAndShownAsTextAndJson() throws Exception {
        String components = "3.2.0, tag v3.2.0 (commit 4f2a9c1)\nwardview-server 3.2.0\nwardview-client 3.2.0";
        assertThat(run("--db", db, "--user", "alice", "settings", "set", "release-configuration", components)).isZero();
        assertThat(out.toString()).contains("Release configuration (version, commit or tag, components) "
                + "(release-configuration) set to 3.2.0, tag v3.2.0");
        try (HazardLogService log = open()) {
            assertThat(log.projectSettings().get(ProjectSettings.Field.RELEASE_CONFIGURATION)).isEqualTo(components);
            assertThat(log.audit().events(AuditQuery.ALL)).anyMatch(e -> "project release-configuration".equals(e.field()));
        }

        assertThat(run("--db", db, "settings", "show")).isZero();
        assertThat(out.toString()).containsPattern("release-configuration +Release configuration \\(version, commit or "
                        + "tag, components\\) +3\\.2\\.0, tag v3\\.2\\.0 \\(commit 4f2a9c1\\)\n +wardview-server 3\\.2\\.0\n")
                .containsPattern("intended-use +Intended use +\\[not provided]")
                .doesNotContain("release-configuration,");

        assertThat(run("--db", db, "settings", "show", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("product").get("release-configuration").asText()).isEqualTo(components);
        assertThat(json.get("product").get("intended-use").isNull()).isTrue();
        assertThat(json.get("notProvided")).extracting(JsonNode::asText).contains("intended-use")
                .doesNotContain("release-configuration");
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
