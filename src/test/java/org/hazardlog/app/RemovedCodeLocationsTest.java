package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.LocationState;
import org.hazardlog.code.SourceTree;
import org.hazardlog.code.TestRepository;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.access.Role;
import org.hazardlog.store.HazardLogFile;

/**
 * Removing a reviewed code location whose code changed since review would hide that change from
 * the check: the check stays failed until the CSO records a new review of the hazard.
 */
class RemovedCodeLocationsTest {

    private static final String WARD_LIST = "src/ward/WardList.java";
    private static final String BANNER = "src/ui/PatientBanner.java";
    private static final CodeLocation SELECTION = new CodeLocation(WARD_LIST, 88, 141, "refresh and selection");
    private static final CodeLocation WHOLE_BANNER = CodeLocation.of(BANNER);

    @TempDir
    Path folder;

    private TestRepository repo;
    private HazardLogFile file;

    @BeforeEach
    void closedHazardReviewedByTheCso() {
        repo = TestRepository.create(folder.resolve("repo"), TestRepository.Kind.GIT);
        repo.write(WARD_LIST, TestRepository.numberedLines(WARD_LIST, 300))
                .write(BANNER, TestRepository.numberedLines(BANNER, 40)).commit();
        file = HazardLogFile.at(folder.resolve("log"));
        try (HazardLogService log = HazardLogService.openOrCreate(file, "cso")) {
            log.users().add("eng", Role.ENGINEER);
            log.create(Hazard.builder().number(1).name("Wrong patient record opened from the ward list")
                    .status(HazardStatus.CLOSED).codeLocations(List.of(SELECTION, WHOLE_BANNER)).build());
            new CodeReviewService(log).recordReview(tree(), List.of());
        }
    }

    private SourceTree tree() {
        return SourceTree.open(repo.root());
    }

    private CodeCheckReport check() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, "eng")) {
            return new CodeReviewService(log).check(tree(), List.of());
        }
    }

    private void engineerSetsLocations(CodeLocation... locations) {
        try (HazardLogService log = HazardLogService.openOrCreate(file, "eng")) {
            Hazard h = log.hazard(1).orElseThrow();
            log.save(h.toBuilder().codeLocations(List.of(locations)).build());
        }
    }

    @Test
    void anEngineerCannotMakeTheGatePassByDeletingAClosedHazardsChangedLocation() {
        repo.replaceLine(WARD_LIST, 100, "selected = list.first(); // no longer the clicked row").commit();
        assertThat(check().passes(false)).isFalse();

        engineerSetsLocations(WHOLE_BANNER);

        CodeCheckReport report = check();
        assertThat(report.passes(false)).isFalse();
        assertThat(report.findings()).extracting(f -> f.location().reference(), LocationFinding::state).containsExactly(
                tuple(BANNER, LocationState.UNCHANGED),
                tuple(WARD_LIST + ":88-141", LocationState.REMOVED_CHANGED));
        LocationFinding removed = report.findings().get(1);
        assertThat(removed.locationIndex()).isEqualTo(LocationFinding.REMOVED);
        assertThat(removed.detail()).contains("Removed from the hazard", "lines 88-141 changed since review",
                "Only the CSO's new review of the hazard accepts this.");
    }

    @Test
    void deletingEveryLocationOfTheHazardDoesNotPassEither() {
        repo.replaceLine(WARD_LIST, 100, "selected = list.first();").delete(BANNER).commit();

        engineerSetsLocations();

        assertThat(check().findings()).extracting(f -> f.location().reference(), LocationFinding::state)
                .containsExactlyInAnyOrder(tuple(WARD_LIST + ":88-141", LocationState.REMOVED_CHANGED),
                        tuple(BANNER, LocationState.REMOVED_CHANGED));
    }

    @Test
    void editingTheLinesOfAChangedLocationKeepsTheGateFailed() {
        repo.replaceLine(WARD_LIST, 100, "selected = list.first();").commit();

        engineerSetsLocations(new CodeLocation(WARD_LIST, 142, 150, null), WHOLE_BANNER);

        assertThat(check().failures(false)).extracting(LocationFinding::state)
                .containsExactly(LocationState.REMOVED_CHANGED);
    }

    @Test
    void removingALocationWhoseCodeIsAsReviewedLosesNothing() {
        repo.replaceLine(WARD_LIST, 200, "an edit outside the reviewed lines").commit();

        engineerSetsLocations(WHOLE_BANNER);

        CodeCheckReport report = check();
        assertThat(report.passes(false)).isTrue();
        assertThat(report.findings()).extracting(LocationFinding::state).containsExactly(LocationState.UNCHANGED);
    }

    @Test
    void onlyTheCsosNewReviewAcceptsTheRemoval() {
        repo.replaceLine(WARD_LIST, 100, "selected = list.first();").commit();
        engineerSetsLocations(WHOLE_BANNER);

        try (HazardLogService log = HazardLogService.openOrCreate(file, "eng")) {
            assertThatThrownBy(() -> new CodeReviewService(log).recordReview(tree(), List.of()))
                    .isInstanceOf(AccessRefusedException.class);
        }
        assertThat(check().passes(false)).isFalse();

        try (HazardLogService log = HazardLogService.openOrCreate(file, "cso")) {
            new CodeReviewService(log).recordReview(tree(), List.of(1));
        }
        assertThat(check().passes(false)).isTrue();
        assertThat(check().findings()).extracting(LocationFinding::state).containsExactly(LocationState.UNCHANGED);
    }

    @Test
    void aCheckOfOtherHazardsIsNotFailedByThisOne() {
        repo.replaceLine(WARD_LIST, 100, "selected = list.first();").commit();
        engineerSetsLocations(WHOLE_BANNER);
        try (HazardLogService log = HazardLogService.openOrCreate(file, "cso")) {
            log.create(Hazard.builder().number(2).name("Banner shows the previous patient")
                    .codeLocations(List.of(WHOLE_BANNER)).build());
            new CodeReviewService(log).recordReview(tree(), List.of(2));
            assertThat(new CodeReviewService(log).check(tree(), List.of(2)).passes(false)).isTrue();
        }
    }
}
