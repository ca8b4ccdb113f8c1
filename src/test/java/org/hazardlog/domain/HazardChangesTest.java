package org.hazardlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hazardlog.scheme.RiskSchemeFile;
import org.junit.jupiter.api.Test;

class HazardChangesTest {

    private final Hazard before = Hazard.builder().number(4).name("Wrong dose shown")
            .causes(List.of("Cache"))
            .controls(List.of(Control.proposed(ControlCategory.DESIGN, "Key by patient"),
                    Control.proposed(ControlCategory.TEST, "Switch-patient test")))
            .build();

    @Test
    void findsNothingBetweenEqualHazards() {
        HazardChanges changes = HazardChanges.between(before, before.toBuilder().build());
        assertThat(changes.isEmpty()).isTrue();
        assertThat(changes.toString()).isEmpty();
    }

    @Test
    void describesAScoreChangeReadably() {
        Hazard after = before.toBuilder().residual(new Assessment(2, null)).build();
        assertThat(HazardChanges.between(before, after).changes()).extracting(Object::toString)
                .containsExactly("residual likelihood: TBC -> 2");
    }

    @Test
    void reportsTheRiskLevelWhenGivenTheScheme() {
        Hazard after = before.toBuilder().initial(Assessment.of(3, 4)).build();
        assertThat(HazardChanges.between(before, after, RiskSchemeFile.defaultScheme()).changes())
                .extracting(Object::toString)
                .containsExactly("initial likelihood: TBC -> 3", "initial severity: TBC -> 4", "initial risk level: TBC -> 3 - Medium");
    }

    @Test
    void reportsAControlStatusChangeAsSuch() {
        Hazard after = before.toBuilder().controls(List.of(
                before.controls().get(0).withStatus(ControlStatus.IMPLEMENTED), before.controls().get(1))).build();
        assertThat(HazardChanges.between(before, after).changes()).extracting(Object::toString)
                .containsExactly("control \"Key by patient\" status: Proposed -> Implemented");
    }

    @Test
    void reportsAddedAndRemovedControls() {
        Hazard after = before.toBuilder().controls(List.of(before.controls().get(0),
                Control.proposed(ControlCategory.TRAINING, "Train ward staff"))).build();
        assertThat(HazardChanges.between(before, after).fields()).containsExactly(
                "control \"Switch-patient test\"", "control \"Train ward staff\"");
        assertThat(HazardChanges.between(before, after).changes().get(1).after())
                .isEqualTo("Training (Deploying organisation), Proposed: Train ward staff");
    }

    @Test
    void reportsAReorderOfTheSameControls() {
        Hazard after = before.toBuilder().controls(List.of(before.controls().get(1), before.controls().get(0))).build();
        assertThat(HazardChanges.between(before, after).fields()).containsExactly("control order");
    }

    @Test
    void reportsEachChangedFieldWithOldAndNewValue() {
        Hazard after = before.toBuilder().name("Wrong dose displayed").status(HazardStatus.OPEN).statusText("Open")
                .causes(List.of("Cache", "Refresh")).utilityLabels(List.of(UtilityLabel.FOR_TRIAGE))
                .codeLocations(List.of(new CodeLocation("a.ts", 1, 2, "note"))).build();
        assertThat(HazardChanges.between(before, after).toString()).isEqualTo(String.join("\n",
                "name: Wrong dose shown -> Wrong dose displayed",
                "cause 2: (none) -> Refresh",
                "utility labels: (empty) -> [2] New hazard for triage",
                "status: Draft -> Open",
                "status text: (empty) -> Open",
                "code locations: (empty) -> a.ts:1-2 - note"));
    }

    @Test
    void keepsFullValuesButShortensLongOnesInTheLine() {
        String longText = "x".repeat(200);
        HazardChanges changes = HazardChanges.between(before, before.toBuilder().description(longText).build());
        assertThat(changes.changes().get(0).after()).isEqualTo(longText);
        assertThat(changes.changes().get(0).toString()).hasSizeLessThan(120).endsWith("...");
    }
}
