package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.TeamLog;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.store.HazardLogFile;

/** {@code hazardlog test-issue}: every subcommand, its messages and exit codes, bad input and refused roles. */
class TestIssueCommandsTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static TeamLog team;
    private HazardLogFile file;
    private StringWriter out;
    private StringWriter err;

    @BeforeAll
    static void makeTeam() {
        team = TeamLog.makeIn(shared);
    }

    @BeforeEach
    void copy() {
        file = team.copyTo(folder);
    }

    private int run(String user, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--db", file.file().toString()));
        all.addAll(List.of(args));
        all.addAll(List.of("--user", user));
        return HazardLogCommand.run(all.toArray(String[]::new), f -> { }, new ByteArrayInputStream(new byte[0]),
                new PrintWriter(out), new PrintWriter(err));
    }

    private List<TestIssue> stored() {
        try (HazardLogService log = HazardLogService.openToRead(file, TeamLog.VIEWER)) {
            return log.testIssues().list();
        }
    }

    private Path json(String text) throws IOException {
        return Files.writeString(folder.resolve("issues-" + System.nanoTime() + ".json"), text);
    }

    @Test
    void addEditResolveReopenAndShow() {
        assertThat(run(TeamLog.ENGINEER, "test-issue", "add", "--title", "Dose field accepts 10x values",
                "--hazards", "2,1", "--safety-impact", "A tenfold dose could be given.")).isZero();
        assertThat(out.toString()).contains("Added test issue TI-001: Dose field accepts 10x values.");

        assertThat(run(TeamLog.ENGINEER, "test-issue", "edit", "ti-001", "--description", "Seen in run 14.",
                "--reason", "more detail")).isZero();
        assertThat(out.toString()).contains("Saved test issue TI-001.");

        assertThat(run(TeamLog.ENGINEER, "test-issue", "resolve", "TI-001", "--resolution", "Limit added; test 88 passes.")).isZero();
        assertThat(run(TeamLog.CSO, "test-issue", "show", "TI-001")).isZero();
        assertThat(out.toString()).contains("TI-001: Dose field accepts 10x values", "Status: Resolved",
                "Linked hazards: 1, 2", "Resolved by eng", "Seen in run 14.", "Limit added; test 88 passes.");

        assertThat(run(TeamLog.ENGINEER, "test-issue", "reopen", "TI-001", "--reason", "fails again in run 15")).isZero();
        assertThat(stored()).singleElement().satisfies(t -> {
            assertThat(t.isOpen()).isTrue();
            assertThat(t.details().description()).isEqualTo("Seen in run 14.");
        });
        try (HazardLogService log = HazardLogService.openToInspect(file, TeamLog.VIEWER)) {
            assertThat(log.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void listFiltersByStatusAsTextAndJson() throws IOException {
        assertThat(run(TeamLog.ENGINEER, "test-issue", "add", "TI-001", "--title", "Open one", "--hazards", "1")).isZero();
        assertThat(run(TeamLog.ENGINEER, "test-issue", "add", "TI-002", "--title", "Fixed one")).isZero();
        assertThat(run(TeamLog.ENGINEER, "test-issue", "resolve", "TI-002", "--resolution", "fixed")).isZero();

        assertThat(run(TeamLog.VIEWER, "test-issue", "list", "--status", "open")).isZero();
        assertThat(out.toString()).contains("TI-001", "Open one").doesNotContain("TI-002")
                .contains("2 test issues in ", ": 1 open, 1 resolved.");

        assertThat(run(TeamLog.VIEWER, "test-issue", "list", "--status", "resolved", "--format", "json")).isZero();
        JsonNode array = new ObjectMapper().readTree(out.toString());
        assertThat(array.size()).isEqualTo(1);
        assertThat(array.get(0).get("id").asText()).isEqualTo("TI-002");
        assertThat(array.get(0).get("status").asText()).isEqualTo("resolved");
        assertThat(array.get(0).get("resolution").asText()).isEqualTo("fixed");
        assertThat(array.get(0).get("resolvedBy").asText()).isEqualTo(TeamLog.ENGINEER);

        assertThat(run(TeamLog.VIEWER, "test-issue", "list", "--status", "closed")).isEqualTo(HazardLogCommand.USAGE);
    }

    @Test
    void aListWrittenAsJsonImportsIntoAnotherLog() throws IOException {
        assertThat(run(TeamLog.ENGINEER, "test-issue", "add", "--title", "Open one", "--hazards", "1",
                "--safety-impact", "wrong patient")).isZero();
        assertThat(run(TeamLog.VIEWER, "test-issue", "list", "--format", "json")).isZero();
        Path exported = json(out.toString());
        file = team.copyTo(folder);
        assertThat(run(TeamLog.CSO, "test-issue", "import", exported.toString())).isZero();
        assertThat(out.toString()).contains("Imported 1 test issue (1 open, 0 resolved): TI-001.", "are not kept");
        assertThat(stored()).singleElement().satisfies(t -> {
            assertThat(t.recordedBy()).isEqualTo(TeamLog.CSO);
            assertThat(t.details().safetyImpact()).isEqualTo("wrong patient");
        });
    }

    @Test
    void aBadImportNamesEveryProblemAndAddsNothing() throws IOException {
        assertThat(run(TeamLog.ENGINEER, "test-issue", "add", "TI-001", "--title", "already here")).isZero();
        Path bad = json("""
                [
                  {"id": "TI-010", "title": "fine", "hazards": [1]},
                  {"id": "TI-011", "description": "no title"},
                  {"id": "TI-012", "title": "done", "status": "resolved"},
                  {"id": "TI-013", "title": "typo", "hazard": [1]}
                ]
                """);
        assertThat(run(TeamLog.ENGINEER, "test-issue", "import", bad.toString())).isEqualTo(HazardLogCommand.REFUSED);
        assertThat(err.toString()).contains("nothing imported: 3 problems",
                "entry 2 (TI-011): the title is missing",
                "entry 3 (TI-012): it is resolved but has no resolution",
                "entry 4 (TI-013): unknown field \"hazard\"").doesNotContain("Exception");

        Path inLog = json("""
                [{"id": "TI-001", "title": "clash"}, {"title": "ghost hazard", "hazards": [77]}]
                """);
        assertThat(run(TeamLog.ENGINEER, "test-issue", "import", inLog.toString())).isEqualTo(HazardLogCommand.REFUSED);
        assertThat(err.toString()).contains("entry 1 (TI-001): the log already has test issue TI-001",
                "entry 2 (TI-002): hazard 77 is not in this log");

        Path broken = json("[{\"title\": \"unterminated\"");
        assertThat(run(TeamLog.ENGINEER, "test-issue", "import", broken.toString())).isEqualTo(HazardLogCommand.REFUSED);
        assertThat(err.toString()).contains("is not valid JSON (line 1").doesNotContain("Source", "StreamReadFeature");

        Path notAList = json("{\"title\": \"one\"}");
        assertThat(run(TeamLog.ENGINEER, "test-issue", "import", notAList.toString())).isEqualTo(HazardLogCommand.REFUSED);
        assertThat(err.toString()).contains("must be a JSON array");

        assertThat(run(TeamLog.ENGINEER, "test-issue", "import", folder.resolve("missing.json").toString()))
                .isEqualTo(HazardLogCommand.REFUSED);
        assertThat(err.toString()).contains("cannot read " + folder.resolve("missing.json") + ": no such file; nothing imported");

        assertThat(stored()).extracting(TestIssue::id).containsExactly("TI-001");
    }

    @Test
    void badInputToTheOtherCommandsIsRefusedInOneLine() {
        assertThat(run(TeamLog.ENGINEER, "test-issue", "add", "--title", "x", "--hazards", "9")).isEqualTo(HazardLogCommand.REFUSED);
        assertThat(err.toString()).contains("hazard 9 is not in this log");
        assertThat(run(TeamLog.ENGINEER, "test-issue", "add", "--title", " ")).isEqualTo(HazardLogCommand.REFUSED);
        assertThat(err.toString()).contains("title");
        assertThat(run(TeamLog.ENGINEER, "test-issue", "add", "bad id", "--title", "x")).isEqualTo(HazardLogCommand.REFUSED);
        assertThat(run(TeamLog.ENGINEER, "test-issue", "resolve", "TI-404", "--resolution", "fixed"))
                .isEqualTo(HazardLogCommand.REFUSED);
        assertThat(err.toString()).contains("there is no test issue TI-404");
        assertThat(run(TeamLog.ENGINEER, "test-issue", "add", "--title", "x")).isZero();
        assertThat(run(TeamLog.ENGINEER, "test-issue", "resolve", "TI-001", "--resolution", "  "))
                .isEqualTo(HazardLogCommand.REFUSED);
        assertThat(err.toString()).contains("the resolution is empty");
        assertThat(run(TeamLog.ENGINEER, "test-issue", "reopen", "TI-001", "--reason", "why"))
                .isEqualTo(HazardLogCommand.REFUSED);
        assertThat(err.toString()).contains("is open already");
        assertThat(run(TeamLog.ENGINEER, "test-issue", "resolve", "TI-001")).isEqualTo(HazardLogCommand.USAGE);
        assertThat(err.toString()).doesNotContain("Exception");
    }

    @Test
    void aViewerMayListButNotChange() throws IOException {
        assertThat(run(TeamLog.VIEWER, "test-issue", "add", "--title", "x")).isEqualTo(HazardLogCommand.REFUSED);
        assertThat(err.toString()).contains("needs the Engineer or CSO role", "viewer is a Viewer");
        assertThat(run(TeamLog.VIEWER, "test-issue", "import", json("[{\"title\": \"x\"}]").toString()))
                .isEqualTo(HazardLogCommand.REFUSED);
        assertThat(run(TeamLog.VIEWER, "test-issue", "list")).isZero();
        assertThat(out.toString()).contains("No test issues in");
        assertThat(stored()).isEmpty();
    }
}
