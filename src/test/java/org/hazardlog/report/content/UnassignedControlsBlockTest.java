package org.hazardlog.report.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.Hazard;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.store.TempLogs;

/** Controls waiting for triage are shown as such, in their own row, and never as one of the four kinds. */
class UnassignedControlsBlockTest {

    private static List<String> labels(Hazard h) {
        return HazardBlock.of(h, RiskSchemeFile.defaultScheme()).rows().stream().map(r -> r.get(0).text()).toList();
    }

    @Test
    void aHazardWithoutUnassignedControlsHasNoUnassignedRow() {
        Hazard h = TempLogs.fullHazard(4).toBuilder()
                .controls(List.of(Control.proposed(ControlCategory.DESIGN, "Strike through discontinued doses."))).build();

        assertThat(labels(h)).doesNotContain("Unassigned controls").contains("Design controls", "Test controls");
    }

    @Test
    void unassignedControlsHaveTheirOwnRowAndAreInNoCategoryRow() {
        Hazard h = TempLogs.fullHazard(4).toBuilder()
                .controls(List.of(Control.proposed(ControlCategory.UNASSIGNED, "Show the unit beside every dose."))).build();
        List<List<Cell>> rows = HazardBlock.of(h, RiskSchemeFile.defaultScheme()).rows();

        List<Cell> row = rows.stream().filter(r -> r.get(1).text().contains("Show the unit")).findFirst().orElseThrow();
        assertThat(row.get(0).text()).isEqualTo("Unassigned controls");
        assertThat(rows.stream().filter(r -> r.get(1).text().contains("Show the unit"))).hasSize(1);
    }
}
