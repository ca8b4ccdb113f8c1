package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.fixture;
import static org.hazardlog.transfer.Fixtures.markdownReader;

import java.util.Set;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.WarningKind;
import org.junit.jupiter.api.Test;

class DcspFormReadingTest {

    private final ParsedHazard parsed = markdownReader().read(fixture("dcsp/hazard-12.md")).only();
    private final Hazard hazard = parsed.hazard();

    @Test
    void takesTheNumberFromALowerCaseFileName() {
        assertThat(hazard.number()).isEqualTo(12);
    }

    @Test
    void readsLevelThreeHeadingsBetweenLongSeparators() {
        assertThat(hazard.name()).isEqualTo("Growth chart plots weight in pounds as kilograms");
        assertThat(hazard.project()).isEqualTo("Growth charts");
        assertThat(hazard.assignment()).isEqualTo("Assigned to the growth chart team.");
    }

    @Test
    void readsSeveralUtilityLabelOptionLines() {
        assertThat(hazard.utilityLabels()).isEqualTo(Set.of(UtilityLabel.LOGGED, UtilityLabel.DEPRECATED));
    }

    @Test
    void readsTemplateOptionLinesWhoseDefinitionsDifferFromTheScheme() {
        assertThat(hazard.initial()).isEqualTo(Assessment.of(2, 3));
    }

    @Test
    void acceptsARiskScoringLineThatAgreesWithTheScheme() {
        assertThat(parsed.warnings()).noneMatch(w -> w.kind() == WarningKind.RISK_LEVEL_NOT_CHECKED);
    }

    @Test
    void readsCauseSAsOneCausePerParagraph() {
        assertThat(hazard.causes()).containsExactly("Unit selector defaults to the last unit used.");
    }

    @Test
    void readsPlainNewHazardControlsAsUnassignedControlsForTriage() {
        assertThat(hazard.controls()).singleElement().satisfies(c -> {
            assertThat(c.category()).isEqualTo(ControlCategory.UNASSIGNED);
            assertThat(c.text()).isEqualTo("Make the unit explicit on every entry and reject values outside the centile range.");
            assertThat(c.status()).isEqualTo(ControlStatus.PROPOSED);
        });
        assertThat(hazard.actionSummary()).isEmpty();
        assertThat(parsed.warnings()).anyMatch(w -> w.kind() == WarningKind.UNASSIGNED_CONTROLS);
    }

    @Test
    void keepsARepeatedIdenticalSectionOnceAndSaysSo() {
        assertThat(hazard.residualAssessment()).isEqualTo("Risk remains until the unit check is released.");
        assertThat(parsed.warnings()).filteredOn(w -> w.kind() == WarningKind.REPEATED_SECTION)
                .singleElement().satisfies(w -> assertThat(w.message()).contains("Residual hazard risk assessment"));
    }

    @Test
    void mapsUnderReviewToOpenAndKeepsTheWords() {
        assertThat(hazard.status()).isEqualTo(HazardStatus.OPEN);
        assertThat(hazard.statusText()).isEqualTo("Under review");
        assertThat(parsed.warnings()).noneMatch(w -> w.kind() == WarningKind.UNCLEAR_STATUS);
    }

    @Test
    void readsDocumentationLinksBetweenCodeMarkersKeepingTheTarget() {
        assertThat(hazard.codeLocations()).containsExactly(
                new CodeLocation("growth.plot_weight", null, null, "../../code/functions/growth.md#plot_weight_hazard"),
                new CodeLocation("growth.convert_units", null, null, "../../code/functions/growth.md#convert_units_hazard"));
    }

    @Test
    void ignoresTheIconBlockButWarnsWhereItDisagreesWithTheText() {
        assertThat(parsed.warnings()).filteredOn(w -> w.kind() == WarningKind.ICON_DISAGREES)
                .singleElement().satisfies(w -> assertThat(w.message()).contains("likelihood 1").contains("says 2"));
    }
}
