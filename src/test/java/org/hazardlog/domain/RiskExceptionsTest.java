package org.hazardlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.RiskExceptions.Kind;
import org.hazardlog.scheme.RiskSchemeFile;

/** Each exception the safety case lists, found from the log alone. */
class RiskExceptionsTest {

    private final RiskExceptions check = new RiskExceptions(RiskSchemeFile.defaultScheme());

    private static Hazard.Builder hazard(HazardStatus status) {
        return Hazard.builder().number(1).name("Wrong patient").status(status);
    }

    private static Control control(ControlStatus status, ControlParty party) {
        return new Control(null, ControlCategory.DESIGN, party, "A control", status, "", "");
    }

    @Test
    void closedAtLevelFourOrFiveAndClosedUnscoredAreExceptions() {
        Hazard high = hazard(HazardStatus.CLOSED).initial(new Assessment(5, 5)).residual(new Assessment(4, 5))
                .controls(List.of(control(ControlStatus.IMPLEMENTED, ControlParty.MANUFACTURER))).build();
        assertThat(check.of(high)).containsExactly(Kind.CLOSED_AT_UNACCEPTABLE_RISK);
        assertThat(check.of(hazard(HazardStatus.CLOSED).build())).containsExactly(Kind.CLOSED_UNSCORED);
    }

    @Test
    void aLowerResidualNeedsAnImplementedControlAndClosingNeedsMoreThanProposals() {
        Hazard h = hazard(HazardStatus.CLOSED).initial(new Assessment(4, 4)).residual(new Assessment(1, 1))
                .controls(List.of(control(ControlStatus.PROPOSED, ControlParty.MANUFACTURER))).build();
        assertThat(check.of(h)).containsExactly(Kind.REDUCED_WITHOUT_IMPLEMENTED_CONTROL, Kind.CLOSED_WITH_ONLY_PROPOSED_CONTROLS);
        Hazard built = h.toBuilder().controls(List.of(control(ControlStatus.IMPLEMENTED, ControlParty.MANUFACTURER))).build();
        assertThat(check.of(built)).isEmpty();
    }

    @Test
    void transferredWithoutADeployingOrganisationControlAndUnjustifiedAcceptanceAndDrafts() {
        Hazard t = hazard(HazardStatus.TRANSFERRED).initial(new Assessment(3, 3)).residual(new Assessment(3, 3))
                .controls(List.of(control(ControlStatus.IMPLEMENTED, ControlParty.MANUFACTURER))).build();
        assertThat(check.of(t)).containsExactly(Kind.TRANSFERRED_WITHOUT_DEPLOYMENT_CONTROL, Kind.ACCEPTED_WITHOUT_JUSTIFICATION);
        Hazard fixed = t.toBuilder().residualAssessment("Further reduction is impractical: ...")
                .controls(List.of(control(ControlStatus.PROPOSED, ControlParty.DEPLOYMENT))).build();
        assertThat(check.of(fixed)).isEmpty();
        assertThat(check.of(hazard(HazardStatus.DRAFT).build())).containsExactly(Kind.DRAFT);
        assertThat(check.findings(List.of(t, fixed))).hasSize(2);
    }
}
