package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.access.WrongPasswordException;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.domain.version.HazardDiff;
import org.hazardlog.domain.version.IssuedVersion;
import org.hazardlog.domain.version.RiskMove;
import org.hazardlog.domain.version.Signature;
import org.hazardlog.domain.version.VersionDiff;
import org.hazardlog.store.HazardLogFile;

/** Issuing signed versions, what they keep, and what differs between them. */
class IssuedVersionsTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static TeamLog team;
    private HazardLogFile file;

    @BeforeAll
    static void makeTeam() {
        team = TeamLog.makeIn(shared);
    }

    @BeforeEach
    void copy() {
        file = team.copyTo(folder);
    }

    private static char[] password() {
        return TeamLog.PASSWORD.toCharArray();
    }

    @Test
    void anIssuedVersionIsASignedSnapshotThatLaterEditsDoNotChange() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            List<Hazard> atIssue = log.hazards();
            IssuedVersion issued = log.versions().issue("First issue for the pilot", password());

            Hazard h = log.hazard(1).orElseThrow();
            List<Control> controls = new ArrayList<>(h.controls());
            controls.add(Control.proposed(ControlCategory.TRAINING, "Brief the ward."));
            log.save(h.toBuilder().name("Renamed").initial(Assessment.of(5, 5)).controls(controls).build());
            log.create(Hazard.builder().name("Added later").build());

            IssuedVersion read = log.versions().version(1);
            assertThat(read.hazards()).hasSize(2);
            for (int i = 0; i < atIssue.size(); i++) {
                Hazard a = atIssue.get(i);
                Hazard b = read.hazards().get(i);
                assertThat(b.toBuilder().controls(b.controls().stream().map(c -> c.withId(null)).toList()).build()
                        .sameContent(a.toBuilder().controls(a.controls().stream().map(c -> c.withId(null)).toList())
                                .build())).isTrue();
            }
            assertThat(read.scheme()).isEqualTo(log.scheme());
            assertThat(read.summary()).isEqualTo("First issue for the pilot");
            Signature s = read.signature();
            assertThat(s.name()).isEqualTo("cso");
            assertThat(s.role()).isEqualTo(Role.CSO);
            assertThat(s.meaning()).isEqualTo("approved");
            assertThat(s).isEqualTo(issued.signature());
            assertThat(read.contentHash()).isEqualTo(issued.contentHash());
            assertThat(log.versions().list()).singleElement().satisfies(v -> {
                assertThat(v.number()).isEqualTo(1);
                assertThat(v.hazardCount()).isEqualTo(2);
            });
        }
    }

    @Test
    void aWrongPasswordSignsNothingAndWritesNothing() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            int events = log.audit().events(AuditQuery.ALL).size();
            assertThatThrownBy(() -> log.versions().issue("Issue", "not the password".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class)
                    .hasMessageContaining("password given for cso is not right")
                    .hasMessageNotContaining("not the password");
            assertThat(log.versions().list()).isEmpty();
            assertThat(log.audit().events(AuditQuery.ALL)).hasSize(events);
        }
    }

    @Test
    void aCsoWithoutAPasswordCannotSign() {
        try (HazardLogService cso = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            cso.users().setRole(TeamLog.ENGINEER, Role.CSO);
        }
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.ENGINEER)) {
            assertThatThrownBy(() -> log.versions().issue("Issue", "whatever it is".toCharArray()))
                    .isInstanceOf(WrongPasswordException.class).hasMessageContaining("has none");
            assertThat(log.versions().list()).isEmpty();
        }
    }

    @Test
    void versionsAreNumberedInTurnAndTheIssueIsAudited() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            log.versions().issue("One", password());
            log.versions().issue("Two", password());
            assertThat(log.versions().list()).extracting(v -> v.number()).containsExactly(1, 2);
            assertThat(log.audit().events(AuditQuery.ALL)).filteredOn(e -> e.entity().equals("version"))
                    .extracting(e -> e.entityKey() + ": " + e.reason()).containsExactly("1: One", "2: Two");
            assertThat(log.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void theDiffFindsAddedHazardsChangedFieldsAndRisksUpAndDown() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.CSO)) {
            log.versions().issue("One", password());
            Hazard open = log.hazard(1).orElseThrow();
            log.save(open.toBuilder().initial(Assessment.of(5, 5)).residual(Assessment.of(1, 1))
                    .description("Clearer").build());
            log.create(Hazard.builder().name("New in two").build());
            log.versions().issue("Two", password());

            VersionDiff diff = log.versions().diff("1", "2");
            assertThat(diff.from()).isEqualTo("version 1");
            assertThat(diff.added()).extracting(Hazard::name).containsExactly("New in two");
            assertThat(diff.removed()).isEmpty();
            HazardDiff changed = diff.changed().get(0);
            assertThat(changed.number()).isEqualTo(1);
            assertThat(changed.initial()).isEqualTo(RiskMove.UP);
            assertThat(changed.residual()).isEqualTo(RiskMove.DOWN);
            assertThat(changed.changes()).extracting(c -> c.field())
                    .contains("description", "initial risk level", "residual risk level");
            assertThat(diff.changed()).hasSize(1);
            assertThat(diff.schemeChanged()).isFalse();

            log.save(log.hazard(2).orElseThrow().toBuilder().initial(Assessment.of(2, 2)).build());
            VersionDiff toNow = log.versions().diff("2", "current");
            assertThat(toNow.to()).isEqualTo("current");
            assertThat(toNow.changed()).singleElement().extracting(HazardDiff::initial).isEqualTo(RiskMove.SCORED);
            assertThat(log.versions().diff("current", "current").isEmpty()).isTrue();
        }
    }

    @Test
    void anUnknownVersionIsAPlainRefusal() {
        try (HazardLogService log = HazardLogService.openOrCreate(file, TeamLog.VIEWER)) {
            assertThatThrownBy(() -> log.versions().diff("1", "current"))
                    .hasMessage("there is no issued version 1 in this log");
            assertThatThrownBy(() -> log.versions().diff("first", "current")).hasMessageContaining("is not a version");
        }
    }
}
