package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.TestLink;

/**
 * Test links through the files: tests a Markdown control names in backticks are proposed, linked
 * only with --link-named-tests, kept by later imports that do not carry links, and written to and
 * read from the JSON format.
 */
class TestLinksTransferTest {

    private static final String HAZARD = """
            # Hazard

            ## Hazard name

            Duplicate health record created for one patient

            ## Likelihood scoring

            3 - Medium: Possible

            ## Severity scoring

            Major

            ## Hazard controls

            ### Design controls (manufacturer)

            - Retry in `get_or_create_ehr()` re-reads the record after a conflict from `ehrbase_client.py`.

            ### Testing controls (manufacturer)

            - Unit test `test_get_or_create_ehr_race_condition_unresolvable`: a conflict whose retry finds nothing raises `EhrAlreadyExistsError`.
            - Service test `org.acme.ehr.EhrServiceTest#getOrCreateEhrRaceConditionIsResolved` covers the Java client.
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path db;
    private Path file;

    @BeforeEach
    void makeLogAndFile() throws IOException {
        db = CliRun.newLog(folder.resolve("log"), "carol");
        file = Files.writeString(folder.resolve("Hazard-0001.md"), HAZARD);
    }

    private CliRun run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--user";
        all[args.length + 3] = "carol";
        return CliRun.of(all);
    }

    private List<Control> testingControls() {
        Hazard h = CliRun.hazardsIn(db).get(0);
        return h.controls().stream().filter(c -> c.text().contains(" test ")).toList();
    }

    @Test
    void namedTestsAreProposedAsWarningsAndLinkedOnlyWhenAsked() {
        CliRun proposed = run("import", file.toString());

        assertThat(proposed.exitCode).as(proposed.err).isZero();
        assertThat(proposed.out).contains("names the test test_get_or_create_ehr_race_condition_unresolvable; "
                + "proposed as a test link")
                .contains("names the test org.acme.ehr.EhrServiceTest#getOrCreateEhrRaceConditionIsResolved")
                .contains("import again with --link-named-tests")
                .doesNotContain("names the test get_or_create_ehr()").doesNotContain("names the test ehrbase_client.py")
                .doesNotContain("EhrAlreadyExistsError;");
        assertThat(testingControls()).allMatch(c -> c.tests().isEmpty());

        CliRun linked = run("import", "--link-named-tests", file.toString());

        assertThat(linked.exitCode).as(linked.err).isZero();
        assertThat(testingControls()).extracting(Control::tests).containsExactly(
                List.of(new TestLink("test_get_or_create_ehr_race_condition_unresolvable", TestKind.IMPLEMENTATION)),
                List.of(new TestLink("org.acme.ehr.EhrServiceTest#getOrCreateEhrRaceConditionIsResolved",
                        TestKind.IMPLEMENTATION)));
        CliRun audit = run("audit", "list");
        assertThat(audit.out).contains("tests");

        // A later Markdown import, which carries no links, removes none, and proposes no name already linked.
        CliRun again = run("import", file.toString());
        assertThat(again.exitCode).isZero();
        assertThat(again.out).doesNotContain("names the test");
        assertThat(testingControls()).allMatch(c -> c.tests().size() == 1);
    }

    @Test
    void jsonCarriesTheLinksBothWays() throws IOException {
        run("import", "--link-named-tests", file.toString());
        Path json = folder.resolve("log.json");
        assertThat(run("export", "--format", "json", "--out", json.toString()).exitCode).isZero();
        JsonNode root = JSON.readTree(json.toFile());
        JsonNode testing = root.get("hazards").get(0).get("controls").get(1);
        assertThat(testing.get("tests").toString()).isEqualTo(
                "[{\"pattern\":\"test_get_or_create_ehr_race_condition_unresolvable\",\"kind\":\"implementation\"}]");
        assertThat(testing.get("verification").asText()).isEqualTo("none");
        assertThat(root.get("hazards").get(0).get("residualUnverified").asBoolean()).isFalse();

        ArrayNode tests = (ArrayNode) testing.get("tests");
        ((ObjectNode) tests.get(0)).put("kind", "effectiveness");
        tests.addObject().put("pattern", "tests/test_ehr.py::test_get_or_create_*").put("kind", "implementation");
        JSON.writeValue(json.toFile(), root);
        CliRun imported = run("import", json.toString());

        assertThat(imported.exitCode).as(imported.err).isZero();
        assertThat(imported.out).doesNotContain("do not know");
        assertThat(testingControls().get(0).tests()).containsExactly(
                new TestLink("test_get_or_create_ehr_race_condition_unresolvable", TestKind.EFFECTIVENESS),
                new TestLink("tests/test_ehr.py::test_get_or_create_*", TestKind.IMPLEMENTATION));
    }

    @Test
    void aLinkOfUnknownKindRefusesTheJsonFile() throws IOException {
        run("import", "--link-named-tests", file.toString());
        Path json = folder.resolve("log.json");
        run("export", "--format", "json", "--out", json.toString());
        Files.writeString(json, Files.readString(json).replaceFirst("\"kind\" : \"implementation\"", "\"kind\" : \"unit\""));

        CliRun r = run("import", json.toString());

        assertThat(r.exitCode).isEqualTo(1);
        assertThat(r.err).contains("kind is \"unit\"; it must be implementation or effectiveness");
    }

    @Test
    void recordingAPytestReportVerifiesTheLinkedControl() throws URISyntaxException {
        run("import", "--link-named-tests", file.toString());
        Path pytest = Path.of(getClass().getResource("/fixtures/junit/pytest-pass.xml").toURI());
        Path surefire = Path.of(getClass().getResource("/fixtures/junit/surefire-pass.xml").toURI());

        CliRun r = run("evidence", "record", "--commit", "abcdef1", "--junit", pytest.toString(),
                "--junit", surefire.toString());

        assertThat(r.exitCode).as(r.err).isZero();
        assertThat(r.out).contains("Links: 2 passed, 0 failed, 0 skipped, 0 missing.");
    }
}
