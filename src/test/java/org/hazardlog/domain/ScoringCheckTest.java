package org.hazardlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.hazardlog.scheme.RiskSchemeFile;

class ScoringCheckTest {

    private final ScoringCheck check = new ScoringCheck(RiskSchemeFile.defaultScheme());

    private static Hazard.Builder hazard(Assessment initial, Assessment residual, HazardStatus status, ControlStatus... controls) {
        return Hazard.builder().number(1).name("h").initial(initial).residual(residual).status(status)
                .controls(java.util.Arrays.stream(controls)
                        .map(s -> Control.proposed(ControlCategory.DESIGN, "c").withStatus(s)).toList());
    }

    @Test
    void aLowerResidualRiskWithOnlyProposedControlsIsWarnedAbout() {
        Hazard h = hazard(Assessment.of(4, 4), Assessment.of(2, 2), HazardStatus.OPEN, ControlStatus.PROPOSED).build();
        assertThat(check.warnings(h)).containsExactly(ScoringWarning.REDUCTION_WITHOUT_CONTROL_IN_PLACE);
    }

    @Test
    void aLowerResidualRiskBackedByAnImplementedControlIsNotWarnedAbout() {
        Hazard h = hazard(Assessment.of(4, 4), Assessment.of(2, 2), HazardStatus.OPEN,
                ControlStatus.PROPOSED, ControlStatus.IMPLEMENTED).build();
        assertThat(check.warnings(h)).isEmpty();
    }

    @Test
    void aLowerLikelihoodThatLeavesTheLevelUnchangedIsNotAReduction() {
        // Major severity: Medium and Low likelihood are both level 3.
        Hazard h = hazard(Assessment.of(3, 4), Assessment.of(2, 4), HazardStatus.OPEN).build();
        assertThat(check.warnings(h)).isEmpty();
    }

    @Test
    void aClosedHazardWithResidualLevelFourIsWarnedAbout() {
        Hazard h = hazard(Assessment.of(4, 4), Assessment.of(4, 4), HazardStatus.CLOSED).residualAssessment("x").build();
        assertThat(check.warnings(h)).containsExactly(ScoringWarning.UNACCEPTABLE_RESIDUAL_CLOSED);
    }

    @Test
    void anOpenHazardWithResidualLevelFiveIsNotYetAnAcceptance() {
        Hazard h = hazard(Assessment.of(5, 5), Assessment.of(5, 5), HazardStatus.OPEN).build();
        assertThat(check.warnings(h)).isEmpty();
    }

    @Test
    void acceptingLevelTwoOrThreeNeedsAWrittenJustification() {
        Hazard closed = hazard(Assessment.of(2, 3), Assessment.of(2, 3), HazardStatus.CLOSED).build();
        Hazard transferred = closed.toBuilder().status(HazardStatus.TRANSFERRED).build();
        Hazard justified = closed.toBuilder().residualAssessment("Further reduction is impractical because ...").build();
        assertThat(check.warnings(closed)).containsExactly(ScoringWarning.ACCEPTED_WITHOUT_JUSTIFICATION);
        assertThat(check.warnings(transferred)).containsExactly(ScoringWarning.ACCEPTED_WITHOUT_JUSTIFICATION);
        assertThat(check.warnings(justified)).isEmpty();
    }

    @Test
    void acceptingLevelOneNeedsNoJustificationAndUnscoredGivesNoWarnings() {
        assertThat(check.warnings(hazard(Assessment.of(1, 1), Assessment.of(1, 1), HazardStatus.CLOSED).build())).isEmpty();
        assertThat(check.warnings(hazard(Assessment.UNSCORED, Assessment.UNSCORED, HazardStatus.CLOSED).build())).isEmpty();
    }

    @Test
    void warningsComeInTheOrderOfTheRules() {
        Hazard h = hazard(Assessment.of(5, 5), Assessment.of(4, 4), HazardStatus.CLOSED, ControlStatus.PROPOSED).build();
        assertThat(check.warnings(h)).isEqualTo(List.of(ScoringWarning.REDUCTION_WITHOUT_CONTROL_IN_PLACE,
                ScoringWarning.UNACCEPTABLE_RESIDUAL_CLOSED));
    }
}
