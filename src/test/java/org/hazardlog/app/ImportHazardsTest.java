package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ImportPlan.Action;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.store.TempLogs;

/** {@link HazardLogService#importHazards}: one transaction on a real log file. */
class ImportHazardsTest {

    @TempDir
    Path dir;

    private HazardLogService log;

    @BeforeEach
    void open() {
        log = HazardLogService.openOrCreate(TempLogs.in(dir));
    }

    @AfterEach
    void close() {
        log.close();
    }

    @Test
    void createsUpdatesAndLeavesAloneAndReturnsTheHazardsAsStored() {
        Hazard one = log.create(TempLogs.fullHazard(1));
        log.create(TempLogs.fullHazard(2));
        Control engineersControl = one.controls().get(0);
        Hazard edited = TempLogs.fullHazard(1).toBuilder().residual(Assessment.of(2, 3))
                .controls(List.of(TempLogs.fullHazard(1).controls().get(0).withStatus(ControlStatus.IMPLEMENTATION_VERIFIED)))
                .build();

        ImportPlan done = log.importHazards(List.of(edited, TempLogs.fullHazard(2), TempLogs.fullHazard(3)));

        assertThat(done.isCarriedOut()).isTrue();
        assertThat(done.summary()).isEqualTo("1 created, 1 updated, 1 unchanged");
        Hazard updated = done.steps().get(0).hazard();
        assertThat(updated).isEqualTo(log.hazard(1).orElseThrow());
        assertThat(updated.version()).isEqualTo(one.version() + 1);
        assertThat(updated.controls()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(engineersControl.id());
            assertThat(c.status()).isEqualTo(ControlStatus.IMPLEMENTATION_VERIFIED);
        });
        assertThat(done.steps().get(0).changes().fields()).containsExactly("residual severity", "residual risk level",
                "control \"" + engineersControl.text() + "\" status", "control \"Brief ward pharmacists.\"");
        assertThat(done.steps().get(1).hazard().version()).isEqualTo(1);
        assertThat(done.steps().get(2).hazard().id()).isNotNull();
        assertThat(log.count()).isEqualTo(3);
    }

    @Test
    void aHazardWithoutANumberTakesANumberNoFileOfTheImportCarries() {
        log.create(TempLogs.fullHazard(1));
        Hazard page = Hazard.builder().name("Copied from the web page").build();

        ImportPlan done = log.importHazards(List.of(page, TempLogs.fullHazard(2)));

        assertThat(done.steps()).extracting(s -> s.hazard().number()).containsExactly(3, 2);
        assertThat(done.steps().get(0).action()).isEqualTo(Action.CREATE);
    }

    @Test
    void aHazardScoredOutsideTheSchemeStopsTheImportBeforeAnythingIsWritten() {
        Hazard bad = Hazard.builder().number(9).name("Scored 7").initial(new Assessment(7, 1)).build();

        assertThatThrownBy(() -> log.importHazards(List.of(TempLogs.fullHazard(1), bad)))
                .isInstanceOf(InvalidValueException.class);
        assertThat(log.count()).isZero();
    }

    @Test
    void theControlIdsOfAnotherLogAreNeverTrusted() {
        log.create(TempLogs.fullHazard(1));
        Hazard foreign = TempLogs.fullHazard(2).toBuilder().id(12345L).version(7)
                .controls(List.of(TempLogs.fullHazard(2).controls().get(0).withId(999L))).build();

        Hazard created = log.importHazards(List.of(foreign)).steps().get(0).hazard();

        assertThat(created.version()).isEqualTo(1);
        assertThat(created.controls()).extracting(Control::id).doesNotContain(999L);
    }

    @Test
    void anImportPreviewedBeforeSomeoneElseSavedIsRefusedAndTheirChangeIsKept() {
        log.create(TempLogs.fullHazard(1));
        Hazard incoming = TempLogs.fullHazard(1).toBuilder().description("From the imported file").build();
        ImportPlan preview = ImportPlan.of(List.of(incoming), log.hazards(), log.scheme());
        Hazard theirs = log.save(log.hazard(1).orElseThrow().toBuilder().assignment("Saved meanwhile").build());

        assertThatThrownBy(() -> log.importHazards(List.of(incoming), preview))
                .isInstanceOf(org.hazardlog.store.StaleEditException.class)
                .hasMessageContaining("Hazard 1 was changed by someone else after the preview")
                .hasMessageContaining("Nothing was imported");
        assertThat(log.hazard(1).orElseThrow()).isEqualTo(theirs);
    }

    @Test
    void anImportWhosePreviewStillMatchesTheLogIsCarriedOut() {
        log.create(TempLogs.fullHazard(1));
        Hazard incoming = TempLogs.fullHazard(1).toBuilder().description("From the imported file").build();
        ImportPlan preview = ImportPlan.of(List.of(incoming), log.hazards(), log.scheme());
        log.importHazards(List.of(incoming), preview);
        assertThat(log.hazard(1).orElseThrow().description()).isEqualTo("From the imported file");
    }
}
