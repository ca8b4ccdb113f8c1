package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.code.SourceTree;
import org.hazardlog.code.TestRepository;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.store.HazardLogFile;

/** Imports, code reviews and project settings are held to the same roles and audited like edits. */
class ImportAndCodeReviewAccessTest {

    private static final String WARD_LIST = "src/ward/WardList.java";

    @TempDir
    Path folder;

    private HazardLogFile file;

    @BeforeEach
    void logWithTeam() {
        file = HazardLogFile.at(folder.resolve("log"));
        try (HazardLogService log = HazardLogService.openOrCreate(file, "cso")) {
            log.users().add("eng", Role.ENGINEER);
            log.users().add("viewer", Role.VIEWER);
            log.create(Hazard.builder().number(1).name("Wrong patient record").status(HazardStatus.OPEN)
                    .codeLocations(List.of(new CodeLocation(WARD_LIST, 1, 5, null))).build());
        }
    }

    @Test
    void anEngineerImportsDraftsAndTheImportIsAudited() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, "eng")) {
            log.importHazards(List.of(Hazard.builder().number(2).name("Imported draft").build()));
            List<AuditEvent> events = log.audit().history(2);
            assertThat(events).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.IMPORT);
                assertThat(e.user()).isEqualTo("eng");
            });
        }
    }

    @Test
    void anImportThatWouldScoreIsRefusedWholeForAnEngineer() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, "eng")) {
            Hazard rescored = log.hazard(1).orElseThrow().toBuilder().id(null).version(0)
                    .initial(Assessment.of(3, 3)).build();
            assertThatThrownBy(() -> log.importHazards(List.of(Hazard.builder().number(2).name("Fine").build(), rescored)))
                    .isInstanceOf(AccessRefusedException.class)
                    .hasMessage("Changing the initial risk score of hazard 1 needs the CSO role; eng is an Engineer.");
            assertThat(log.count()).as("nothing imported").isEqualTo(1);
        }
        try (HazardLogService log = HazardLogService.openOrCreate(file, "cso")) {
            Hazard rescored = log.hazard(1).orElseThrow().toBuilder().initial(Assessment.of(3, 3)).build();
            log.importHazards(List.of(rescored));
            assertThat(log.audit().history(1)).extracting(AuditEvent::action).contains(AuditAction.IMPORT);
        }
    }

    @Test
    void recordingACodeReviewNeedsTheCsoAndIsAudited() {
        TestRepository repo = TestRepository.create(folder.resolve("repo"), TestRepository.Kind.PLAIN);
        repo.write(WARD_LIST, TestRepository.numberedLines(WARD_LIST, 20));
        try (HazardLogService log = HazardLogService.openOrCreate(file, "eng")) {
            assertThatThrownBy(() -> new CodeReviewService(log).recordReview(SourceTree.open(repo.root()), List.of()))
                    .isInstanceOf(AccessRefusedException.class)
                    .hasMessage("Recording a code review needs the CSO role; eng is an Engineer.");
        }
        try (HazardLogService log = HazardLogService.openOrCreate(file, "cso")) {
            new CodeReviewService(log).recordReview(SourceTree.open(repo.root()), List.of());
            assertThat(log.audit().history(1)).last().satisfies(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.CODE_REVIEW);
                assertThat(e.newValue()).startsWith("1 location reviewed");
            });
        }
    }

    @Test
    void projectSettingsAreTheCsosAndAudited() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, "eng")) {
            assertThatThrownBy(() -> new CodeReviewService(log).settings().setClinicalGlobs(List.of("src/**")))
                    .isInstanceOf(AccessRefusedException.class)
                    .hasMessage("Changing the project settings needs the CSO role; eng is an Engineer.");
        }
        try (HazardLogService log = HazardLogService.openOrCreate(file, "cso")) {
            new CodeReviewService(log).settings().setClinicalGlobs(List.of("src/**"));
            assertThat(log.audit().events(AuditQuery.ALL.withField("clinical"))).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(AuditAction.SETTINGS);
                assertThat(e.oldValue()).isNull();
                assertThat(e.newValue()).isEqualTo("src/**");
            });
        }
    }
}
