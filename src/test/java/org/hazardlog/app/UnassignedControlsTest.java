package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.TempLogs;

/** Controls imported without a category are stored as such, and triage survives the next import of the same file. */
class UnassignedControlsTest {

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

    private static Hazard fromFile(String... controls) {
        return Hazard.builder().number(4).name("Dose rounded to the wrong unit")
                .controls(java.util.Arrays.stream(controls).map(t -> Control.proposed(ControlCategory.UNASSIGNED, t)).toList())
                .build();
    }

    @Test
    void anUnassignedControlIsStoredAndReadBackUnassigned() {
        log.importHazards(List.of(fromFile("Show the unit beside every dose.")));

        assertThat(log.hazards().get(0).controls()).extracting(Control::category).containsExactly(ControlCategory.UNASSIGNED);
    }

    @Test
    void aCategoryAndProgressGivenAtTriageSurviveAReimportOfTheSameOrARewordedText() {
        log.importHazards(List.of(fromFile("Show the unit beside every dose.", "Refuse doses above the maximum for the weight.")));
        Hazard stored = log.hazards().get(0);
        Control first = stored.controls().get(0);
        Control second = stored.controls().get(1);
        log.save(stored.toBuilder().controls(List.of(
                new Control(first.id(), ControlCategory.DESIGN, ControlParty.MANUFACTURER, first.text(),
                        ControlStatus.IMPLEMENTED, "Ana", "PR 88"),
                new Control(second.id(), ControlCategory.TEST, ControlParty.MANUFACTURER, second.text(),
                        ControlStatus.PROPOSED, "", ""))).build());

        ImportPlan plan = log.importHazards(List.of(fromFile("Show the unit beside every dose.",
                "Refuse doses above the maximum for the patient's weight.")));

        List<Control> after = log.hazards().get(0).controls();
        assertThat(after).extracting(Control::id).containsExactly(first.id(), second.id());
        assertThat(after).extracting(Control::category).containsExactly(ControlCategory.DESIGN, ControlCategory.TEST);
        assertThat(after.get(0).status()).isEqualTo(ControlStatus.IMPLEMENTED);
        assertThat(after.get(0).evidence()).isEqualTo("PR 88");
        assertThat(after.get(1).text()).isEqualTo("Refuse doses above the maximum for the patient's weight.");
        assertThat(plan.steps().get(0).removedWithProgress()).isEmpty();
    }
}
