package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.CodeUnavailableException;
import org.hazardlog.code.LineRange;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.LocationState;
import org.hazardlog.code.SourceTree;
import org.hazardlog.code.TestRepository;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.StaleEditException;

/** Recording, keeping and moving reviews on a real log file and a real git repository. */
class CodeReviewServiceTest {

    private static final String WARD_LIST = "src/ward/WardList.java";

    @TempDir
    Path folder;

    private TestRepository repo;
    private HazardLogService log;
    private CodeReviewService code;

    @BeforeEach
    void open() {
        repo = TestRepository.create(folder.resolve("repo"), TestRepository.Kind.GIT);
        repo.write(WARD_LIST, TestRepository.numberedLines(WARD_LIST, 300)).commit();
        log = HazardLogService.openOrCreate(HazardLogFile.at(folder.resolve("log")));
        code = new CodeReviewService(log);
        log.create(Hazard.builder().number(1).name("Wrong patient record opened from the ward list")
                .codeLocations(List.of(new CodeLocation(WARD_LIST, 88, 141, "refresh and selection"))).build());
    }

    @AfterEach
    void close() {
        log.close();
    }

    private SourceTree tree() {
        return SourceTree.open(repo.root());
    }

    private LocationFinding onlyFinding() {
        CodeCheckReport report = code.check(tree(), List.of());
        assertThat(report.findings()).hasSize(1);
        return report.findings().get(0);
    }

    private Hazard stored() {
        return log.hazard(1).orElseThrow();
    }

    @Test
    void aReviewIsSealedInTheAuditTrailAndOneRecordedWithoutASealIsWarnedAbout() {
        code.recordReview(tree(), List.of());
        assertThat(log.audit().history(1)).filteredOn(e -> e.action() == AuditAction.CODE_REVIEW)
                .singleElement().satisfies(e -> assertThat(e.newValue()).matches(
                        "1 location reviewed at commit [0-9a-f]{40}; review seal sha256:[0-9a-f]{64}"));
        assertThat(onlyFinding().warnings()).isEmpty();

        // As an earlier HazardLog wrote it: the count and the commit, no seal.
        String commit = repo.head();
        log.write(w -> {
            w.audit().record(w.actor(), AuditAction.CODE_REVIEW, AuditEvent.HAZARD, "1", "code review", null,
                    "1 location reviewed at commit " + commit, null);
            return null;
        });

        assertThat(log.audit().verify().isIntact()).isTrue();
        assertThat(onlyFinding().warnings()).containsExactly(CodeReviewService.UNSEALED);
    }

    @Test
    void aHazardSavedWithTheSameLocationsKeepsItsReview() {
        code.recordReview(tree(), List.of());

        log.save(stored().toBuilder().name("Wrong patient opened when the ward list refreshes").build());

        assertThat(onlyFinding().state()).isEqualTo(LocationState.UNCHANGED);
    }

    @Test
    void aLocationGivenOtherLinesLosesItsReviewBecauseTheReviewerSawOtherCode() {
        code.recordReview(tree(), List.of());

        log.save(stored().toBuilder().codeLocations(List.of(new CodeLocation(WARD_LIST, 88, 150, null))).build());

        assertThat(onlyFinding().state()).isEqualTo(LocationState.NEVER_REVIEWED);
    }

    @Test
    void aRenumberedHazardKeepsItsReview() {
        code.recordReview(tree(), List.of());

        log.save(stored().toBuilder().number(12).build());

        assertThat(onlyFinding().state()).isEqualTo(LocationState.UNCHANGED);
    }

    @Test
    void fixingAMovePointsTheLocationAtTheNewLinesAndKeepsTheReview() {
        code.recordReview(tree(), List.of());
        repo.insert(WARD_LIST, 10, "// a licence header", "// of three", "// lines").commit();
        CodeCheckReport report = code.check(tree(), List.of());
        assertThat(report.findings().get(0).movedTo()).isEqualTo(new LineRange(91, 144));

        List<Hazard> saved = code.fixMoves(report);

        assertThat(saved).hasSize(1);
        assertThat(stored().codeLocations()).containsExactly(new CodeLocation(WARD_LIST, 91, 144, "refresh and selection"));
        assertThat(stored().version()).isEqualTo(2);
        assertThat(onlyFinding().state()).isEqualTo(LocationState.UNCHANGED);
    }

    @Test
    void fixingAMoveIsRefusedWhenSomeoneChangedTheHazardSinceTheCheck() {
        code.recordReview(tree(), List.of());
        repo.insert(WARD_LIST, 10, "// inserted").commit();
        CodeCheckReport report = code.check(tree(), List.of());
        log.save(stored().toBuilder().name("Renamed by a colleague").build());

        assertThatThrownBy(() -> code.fixMoves(report)).isInstanceOf(StaleEditException.class)
                .hasMessageContaining("was changed by someone else");

        assertThat(stored().name()).isEqualTo("Renamed by a colleague");
        assertThat(stored().codeLocations()).containsExactly(new CodeLocation(WARD_LIST, 88, 141, "refresh and selection"));
    }

    @Test
    void recordingReportsTheLocationsWhoseCodeIsNotThere() {
        log.create(Hazard.builder().name("Dose units").codeLocations(List.of(
                CodeLocation.of("src/prescribing/Dose.java"), new CodeLocation(WARD_LIST, 290, 310, null))).build());

        RecordedReview recorded = code.recordReview(tree(), List.of());

        assertThat(recorded.locations()).isEqualTo(1);
        assertThat(recorded.gitCommit()).isEqualTo(repo.head());
        assertThat(recorded.notRecordable()).extracting(LocationFinding::state)
                .containsExactly(LocationState.MISSING, LocationState.BEYOND_END);
    }

    @Test
    void recordingOneHazardLeavesTheOthersAsTheyWere() {
        log.create(Hazard.builder().name("Other").codeLocations(List.of(new CodeLocation(WARD_LIST, 1, 5, null))).build());

        code.recordReview(tree(), List.of(2));

        assertThat(code.check(tree(), List.of()).findings()).extracting(f -> f.hazard().number(), LocationFinding::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, LocationState.NEVER_REVIEWED),
                        org.assertj.core.groups.Tuple.tuple(2, LocationState.UNCHANGED));
    }

    @Test
    void anUnknownHazardNumberIsRefused() {
        assertThatThrownBy(() -> code.check(tree(), List.of(1, 99))).isInstanceOf(InvalidValueException.class)
                .hasMessage("No hazard 99 in this log.");
    }

    @Test
    void withoutARepositoryRootTheUserIsToldHowToGiveOne() {
        assertThatThrownBy(() -> code.repository(null)).isInstanceOf(CodeUnavailableException.class)
                .hasMessageStartingWith("No repository root is set for this log.");
    }

    @Test
    void aRepositoryRootThatContainsTheLogTravelsWithIt() throws Exception {
        Path project = folder.resolve("project");
        TestRepository.create(project, TestRepository.Kind.PLAIN).write("app.py", "print()");
        HazardLogFile inside = HazardLogFile.at(project.resolve("safety/hazard-log"));
        try (HazardLogService l = HazardLogService.openOrCreate(inside)) {
            new CodeReviewService(l).settings().setRepositoryRoot(project);
        }
        Path moved = Files.move(project, folder.resolve("elsewhere"));

        try (HazardLogService l = HazardLogService.openOrCreate(HazardLogFile.at(moved.resolve("safety/hazard-log")))) {
            assertThat(new CodeReviewService(l).settings().repositoryRoot()).contains(moved);
        }
    }

    @Test
    void aRepositoryRootOutsideTheLogsFolderIsStoredAsItIs() {
        code.settings().setRepositoryRoot(repo.root());

        assertThat(code.settings().repositoryRoot()).contains(repo.root());
        assertThat(code.repository(null).root()).isEqualTo(repo.root());
    }

    @Test
    void aRepositoryRootThatIsNotAFolderIsRefused() {
        assertThatThrownBy(() -> code.settings().setRepositoryRoot(repo.root().resolve(WARD_LIST)))
                .isInstanceOf(CodeUnavailableException.class).hasMessageContaining("is not a folder");
        assertThatThrownBy(() -> code.settings().setRepositoryRoot(folder.resolve("nowhere")))
                .isInstanceOf(CodeUnavailableException.class).hasMessageEndingWith("nowhere does not exist.");
        assertThat(code.settings().repositoryRoot()).isEmpty();
    }

    @Test
    void clinicalPatternsAreStoredAndABrokenOneIsRefused() {
        code.settings().setClinicalGlobs(List.of("src/**/*.java", " backend/**/*.py ", ""));

        assertThat(code.settings().clinicalGlobs()).containsExactly("src/**/*.java", "backend/**/*.py");
        assertThatThrownBy(() -> code.settings().setClinicalGlobs(List.of("src/[a.java")))
                .isInstanceOf(InvalidValueException.class);
        assertThat(code.settings().clinicalGlobs()).containsExactly("src/**/*.java", "backend/**/*.py");
    }

    @Test
    void unlinkedCodeIsClinicalCodeNoHazardCovers() {
        repo.write("src/ward/Bed.java", "class Bed {}").write("src/ward/README.md", "docs")
                .write("src/prescribing/Dose.java", "class Dose {}").commit();

        assertThat(code.unlinked(tree(), List.of("src/**/*.java")))
                .containsExactly("src/prescribing/Dose.java", "src/ward/Bed.java");
    }
}
