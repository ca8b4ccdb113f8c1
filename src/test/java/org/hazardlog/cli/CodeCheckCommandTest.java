package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.code.TestRepository;
import org.hazardlog.code.TestRepository.Kind;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogDatabase;
import org.hazardlog.store.HazardLogFile;

/** {@code code-check} and {@code settings} as a CI pipeline runs them: output, messages and exit codes. */
class CodeCheckCommandTest {

    private static final String WARD_LIST = "src/ward/WardList.java";
    private static final String BANNER = "src/ui/PatientBanner.java";

    @TempDir
    Path folder;

    private TestRepository repo;
    private Path db;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    @BeforeEach
    void makeLogAndRepository() {
        repo = TestRepository.create(folder.resolve("repo"), Kind.GIT);
        repo.write(WARD_LIST, TestRepository.numberedLines(WARD_LIST, 200))
                .write(BANNER, TestRepository.numberedLines(BANNER, 50))
                .commit();
        db = folder.resolve("team");
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            log.create(Hazard.builder().name("Wrong patient record opened from the ward list")
                    .codeLocations(List.of(new CodeLocation(WARD_LIST, 88, 141, "refresh and selection"),
                            CodeLocation.of(BANNER)))
                    .build());
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return HazardLogCommand.run(all, f -> { }, new PrintWriter(out), new PrintWriter(err));
    }

    private String repoArg() {
        return repo.root().toString();
    }

    private Hazard hazard() {
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            return log.hazard(1).orElseThrow();
        }
    }

    @Test
    void recordingThenCheckingUntouchedCodePassesWithExitZero() {
        assertThat(run("code-check", "--repo", repoArg(), "--record")).isZero();
        assertThat(out.toString()).contains("Recorded as reviewed: 2 locations (2 files) at git commit "
                + repo.head().substring(0, 12) + ".");

        assertThat(run("code-check", "--repo", repoArg())).isZero();

        assertThat(out.toString()).contains("2 locations: 2 unchanged.", "Check passed.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anEditInsideALinkedRangeFailsWithExitOneNamingTheHazardTheLocationAndTheState() {
        run("code-check", "--repo", repoArg(), "--record");
        String reviewed = repo.head().substring(0, 12);
        repo.replaceLine(WARD_LIST, 100, "list.refresh(); // now while selecting").commit();

        assertThat(run("code-check", "--repo", repoArg())).isEqualTo(1);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("1  ")
                .contains("Wrong patient record opened from the ward list", WARD_LIST + ":88-141", "changed since review"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("1  ").contains(BANNER, "unchanged"));
        assertThat(out.toString()).contains("Hazard 1, " + WARD_LIST + ":88-141: Lines 88-141 changed since review. "
                        + "Reviewed " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + " at commit " + reviewed
                        + "; see git diff " + reviewed + " -- " + WARD_LIST + ".",
                "2 locations: 1 unchanged, 1 changed since review.",
                "Check failed: 1 location not as reviewed.\nOnce the hazards' code has been re-reviewed, record it with: "
                        + "hazardlog code-check --record --hazard 1\n");
    }

    @Test
    void aDeletedFileFailsTheCheck() {
        run("code-check", "--repo", repoArg(), "--record");
        repo.delete(BANNER).commit();

        assertThat(run("code-check", "--repo", repoArg())).isEqualTo(1);
        assertThat(out.toString().lines()).anySatisfy(l -> assertThat(l).contains(BANNER, "file missing"));
        assertThat(out.toString()).endsWith("Check failed: 1 location not as reviewed.\n"
                + "Code no longer where the log says: correct the code locations of hazard 1, or restore the code.\n");
    }

    @Test
    void movedCodePassesAndFixMovesPointsTheLocationAtItsNewLines() {
        run("code-check", "--repo", repoArg(), "--record");
        repo.insert(WARD_LIST, 1, "package ward;", "").commit();

        assertThat(run("code-check", "--repo", repoArg())).isZero();
        assertThat(out.toString()).contains("moved to 90-143", "Run with --fix-moves to update the location.");

        assertThat(run("code-check", "--repo", repoArg(), "--fix-moves")).isZero();
        assertThat(out.toString()).contains("Moved: hazard 1 " + WARD_LIST + ":88-141 now points at lines 90-143.",
                "2 locations: 2 unchanged.");
        assertThat(hazard().codeLocations().get(0)).isEqualTo(new CodeLocation(WARD_LIST, 90, 143, "refresh and selection"));
    }

    @Test
    void neverReviewedCodePassesUnlessReviewIsRequired() {
        assertThat(run("code-check", "--repo", repoArg())).isZero();
        assertThat(out.toString()).contains("2 locations: 2 never reviewed.");

        assertThat(run("code-check", "--repo", repoArg(), "--require-review")).isEqualTo(1);
    }

    @Test
    void jsonGivesEveryFindingWithStableFieldNames() throws Exception {
        run("code-check", "--repo", repoArg(), "--record");
        String reviewed = repo.head();
        repo.insert(WARD_LIST, 1, "package ward;").delete(BANNER).commit();

        assertThat(run("code-check", "--repo", repoArg(), "--format", "json")).isEqualTo(1);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.get("log").asText()).isEqualTo(db + ".mv.db");
        assertThat(json.get("repositoryRoot").asText()).isEqualTo(repoArg());
        assertThat(json.get("gitCommit").asText()).isEqualTo(repo.head());
        assertThat(json.get("passed").asBoolean()).isFalse();
        assertThat(json.get("reviewRequired").asBoolean()).isFalse();
        JsonNode summary = json.get("summary");
        assertThat(summary.get("locations").asInt()).isEqualTo(2);
        assertThat(summary.get("moved").asInt()).isEqualTo(1);
        assertThat(summary.get("missing").asInt()).isEqualTo(1);
        assertThat(summary.get("unchanged").asInt()).isZero();
        assertThat(summary.get("changed").asInt()).isZero();
        assertThat(summary.get("beyond_end").asInt()).isZero();
        assertThat(summary.get("never_reviewed").asInt()).isZero();

        JsonNode moved = json.get("findings").get(0);
        assertThat(moved.get("hazardNumber").asInt()).isEqualTo(1);
        assertThat(moved.get("hazardName").asText()).isEqualTo("Wrong patient record opened from the ward list");
        assertThat(moved.get("location").asText()).isEqualTo(WARD_LIST + ":88-141");
        assertThat(moved.get("path").asText()).isEqualTo(WARD_LIST);
        assertThat(moved.get("startLine").asInt()).isEqualTo(88);
        assertThat(moved.get("endLine").asInt()).isEqualTo(141);
        assertThat(moved.get("file").asText()).isEqualTo(WARD_LIST);
        assertThat(moved.get("state").asText()).isEqualTo("moved");
        assertThat(moved.get("fails").asBoolean()).isFalse();
        assertThat(moved.get("movedTo").get("startLine").asInt()).isEqualTo(89);
        assertThat(moved.get("movedTo").get("endLine").asInt()).isEqualTo(142);
        assertThat(moved.get("reviewedCommit").asText()).isEqualTo(reviewed);
        assertThat(moved.get("reviewedAt").asText()).startsWith(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString());
        assertThat(moved.get("detail").asText()).isEqualTo("The reviewed lines are now lines 89-142.");

        JsonNode missing = json.get("findings").get(1);
        assertThat(missing.get("location").asText()).isEqualTo(BANNER);
        assertThat(missing.get("startLine").isNull()).isTrue();
        assertThat(missing.get("state").asText()).isEqualTo("missing");
        assertThat(missing.get("fails").asBoolean()).isTrue();
        assertThat(missing.get("movedTo").isNull()).isTrue();

        assertThat(json.get("movesFixed").isEmpty()).isTrue();
        assertThat(json.get("recorded").isNull()).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aPlainFolderWithoutGitIsCheckedTheSameWay() throws Exception {
        TestRepository plain = TestRepository.create(folder.resolve("plain"), Kind.PLAIN)
                .write(WARD_LIST, TestRepository.numberedLines(WARD_LIST, 200))
                .write(BANNER, TestRepository.numberedLines(BANNER, 50));
        assertThat(run("code-check", "--repo", plain.root().toString(), "--record")).isZero();
        plain.replaceLine(BANNER, 3, "edited");

        assertThat(run("code-check", "--repo", plain.root().toString(), "--format", "json")).isEqualTo(1);

        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("gitCommit").isNull()).isTrue();
        assertThat(json.get("findings").get(1).get("state").asText()).isEqualTo("changed");
        assertThat(json.get("findings").get(1).get("reviewedCommit").isNull()).isTrue();
    }

    @Test
    void theStoredRepositoryRootIsTheDefault() {
        assertThat(run("settings", "--repository-root", repoArg())).isZero();
        assertThat(out.toString()).contains("Repository root: " + repoArg());

        assertThat(run("code-check", "--record")).isZero();
        assertThat(out.toString()).startsWith("Code check of " + repoArg() + " at git commit ");
    }

    @Test
    void withoutARepositoryRootTheCheckSaysHowToGiveOne() {
        assertThat(run("code-check")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("hazardlog: No repository root is set for this log. Name the folder with "
                + "--repo DIR, or store it in the log with: hazardlog settings --repository-root DIR\n");
    }

    @Test
    void aMissingFolderIsExitOneWithAMessageAndNoStackTrace() {
        Path nowhere = folder.resolve("nowhere");
        assertThat(run("code-check", "--repo", nowhere.toString())).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("hazardlog: The repository folder " + nowhere + " does not exist.\n");
    }

    @Test
    void aFileGivenAsTheRepositoryIsExitOne() {
        assertThat(run("code-check", "--repo", repo.root().resolve(BANNER).toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("hazardlog: " + repo.root().resolve(BANNER) + " is not a folder")
                .doesNotContain("Exception", "\tat ");
    }

    /** Reading /proc/self/mem from its start fails with an I/O error: a finding at all shows the link was not followed. */
    @Test
    void aLinkedFileLeadingOutOfTheRepositoryFailsTheCheckWithoutBeingRead() throws Exception {
        run("code-check", "--repo", repoArg(), "--record");
        Files.delete(repo.root().resolve(BANNER));
        Files.createSymbolicLink(repo.root().resolve(BANNER), Path.of("/proc/self/mem"));

        assertThat(run("code-check", "--repo", repoArg())).isEqualTo(1);

        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).contains("outside the repository",
                "Hazard 1, " + BANNER + ": Not read: it leads through a symbolic link to /proc/",
                "Code no longer where the log says: correct the code locations of hazard 1");
    }

    @Test
    void aProjectsOwnIndentationSignificantExtensionIsStoredAndCompared() throws Exception {
        repo.write("rules/triage.rules", "when fever:", "  refer", "notify").commit();
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(db))) {
            log.create(Hazard.builder().name("Triage rule skipped")
                    .codeLocations(List.of(CodeLocation.of("rules/triage.rules"))).build());
        }
        assertThat(run("settings", "--indentation-significant", ".rules")).isZero();
        assertThat(out.toString()).contains("Indentation also counts in: .rules");
        assertThat(run("code-check", "--repo", repoArg(), "--record")).isZero();

        repo.replaceLine("rules/triage.rules", 3, "  notify").commit();

        assertThat(run("code-check", "--repo", repoArg(), "--hazard", "2")).isEqualTo(1);
        assertThat(out.toString()).contains("changed since review");
        assertThat(run("settings", "--indentation-significant", "a b")).isEqualTo(1);
        assertThat(err.toString()).contains("\"a b\" is not a file extension");
    }

    @Test
    void unlinkedListsClinicalFilesNoHazardLinksTo() {
        repo.write("src/ward/Bed.java", "class Bed {}").write("src/ward/notes.txt", "notes").commit();
        assertThat(run("settings", "--clinical-glob", "src/**/*.java")).isZero();
        assertThat(out.toString()).contains("Clinical files:  src/**/*.java");

        assertThat(run("code-check", "--repo", repoArg(), "--unlinked")).isEqualTo(1);

        assertThat(out.toString()).isEqualTo("Clinically relevant files (src/**/*.java) in " + repoArg()
                + " that no hazard links to:\nsrc/ward/Bed.java\n1 file unlinked.\n");
    }

    @Test
    void unlinkedPassesWhenEveryClinicalFileIsLinked() {
        assertThat(run("code-check", "--repo", repoArg(), "--unlinked", "--clinical-glob", "src/ui/*.java")).isZero();
        assertThat(out.toString()).endsWith("None: every one is linked to a hazard.\n");
    }

    @Test
    void unlinkedWithoutPatternsSaysHowToSetThem() {
        assertThat(run("code-check", "--repo", repoArg(), "--unlinked")).isEqualTo(1);
        assertThat(err.toString()).startsWith("hazardlog: No clinical file patterns are set for this log");
    }

    @Test
    void optionsThatCannotGoTogetherAreAUsageError() {
        assertThat(run("code-check", "--repo", repoArg(), "--unlinked", "--record")).isEqualTo(2);
        assertThat(err.toString()).contains("--unlinked lists files; it cannot be combined with --record or --fix-moves.");
        assertThat(run("code-check", "--format", "xml")).isEqualTo(2);
    }

    @Test
    void anInvalidClinicalPatternIsRefused() {
        assertThat(run("settings", "--clinical-glob", "src/[ab.py")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("hazardlog: \"src/[ab.py\" is not a valid file pattern: a [ is not closed\n");
    }

    @Test
    void aLogEditedOutsideHazardLogFailsTheCheckBeforeAnyCodeIsLookedAt() {
        assertThat(run("code-check", "--repo", repoArg(), "--record")).isZero();
        try (HazardLogDatabase d = HazardLogDatabase.open(HazardLogFile.at(db))) {
            d.jdbi().useHandle(h -> h.execute("UPDATE audit_event SET user_name = 'mallory' WHERE seq = 1"));
        }

        assertThat(run("code-check", "--repo", repoArg())).isEqualTo(1);

        assertThat(err.toString()).startsWith("hazardlog: the audit trail of ")
                .contains("is broken: audit event 1 ", "The code check does not trust the reviews");
        assertThat(out.toString()).isEmpty();
    }
}
