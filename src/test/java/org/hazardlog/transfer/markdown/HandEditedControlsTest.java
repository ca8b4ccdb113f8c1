package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.fixture;
import static org.hazardlog.transfer.Fixtures.markdownReader;

import java.util.List;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.WarningKind;
import org.junit.jupiter.api.Test;

class HandEditedControlsTest {

    private final ParsedHazard parsed = markdownReader().read(fixture("quirks/hand-edited-controls.md")).only();
    private final Hazard hazard = parsed.hazard();

    private List<Control> design() {
        return hazard.controls().stream().filter(c -> c.category() == ControlCategory.DESIGN).toList();
    }

    @Test
    void controlsUnderImplementedSubHeadingAreImplemented() {
        assertThat(design().subList(0, 2)).allMatch(c -> c.status() == ControlStatus.IMPLEMENTED);
    }

    @Test
    void controlsUnderPlannedSubHeadingAreProposed() {
        assertThat(design().subList(2, 4)).allMatch(c -> c.status() == ControlStatus.PROPOSED);
    }

    @Test
    void keepsTheCheckMarkAndNestedSubBulletsInTheControlText() {
        assertThat(design().get(0).text()).isEqualTo("""
                **Discharge event listener** ✓: The board removes a patient as soon as the discharge event arrives.
                - Implementation: [board/events.ts](../../board/events.ts) lines 10-52
                - Pattern: one subscription per ward""");
    }

    @Test
    void keepsTheTrailingStatusWords() {
        assertThat(design().get(2).text())
                .isEqualTo("Nightly reconciliation against the patient administration system. Status: Planned.");
    }

    @Test
    void readsImplementedAndPlannedTestingSubHeadingsToo() {
        List<Control> tests = hazard.controls().stream().filter(c -> c.category() == ControlCategory.TEST).toList();
        assertThat(tests).extracting(Control::status).containsExactly(ControlStatus.IMPLEMENTED, ControlStatus.PROPOSED);
    }

    @Test
    void movesTrailingHazardTypeBulletsOutOfTheBusinessProcessList() {
        List<Control> process = hazard.controls().stream()
                .filter(c -> c.category() == ControlCategory.BUSINESS_PROCESS).toList();
        assertThat(process).extracting(Control::text)
                .containsExactly("Site manager checks the board against the ward census at 08:00.");
        assertThat(hazard.hazardTypes()).containsExactly("StaleData", "DataLoss");
        assertThat(parsed.warnings()).filteredOn(w -> w.kind() == WarningKind.HAZARD_TYPE_AMONG_CONTROLS)
                .extracting(w -> w.message()).anySatisfy(m -> assertThat(m).contains("\"DataLoss\""))
                .hasSize(2);
    }

    @Test
    void mapsPartiallyMitigatedToOpenKeepingTheWords() {
        assertThat(hazard.status()).isEqualTo(HazardStatus.OPEN);
        assertThat(hazard.statusText()).isEqualTo("Partially mitigated (event listener live, reconciliation pending)");
    }

    @Test
    void keepsAMultiParagraphResidualAssessment() {
        assertThat(hazard.residualAssessment()).isEqualTo("""
                **Partially mitigated (March 2026)**:

                - Discharge events now update the board
                - Reconciliation still pending""");
    }
}
