package org.hazardlog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import org.hazardlog.scheme.RiskSchemeFile;

/** The shipped default must be exactly the DCB0129 IG v3.2 example: a wrong cell is a safety defect. */
class DefaultRiskSchemeTest {

    private final RiskScheme scheme = RiskSchemeFile.defaultScheme();

    @ParameterizedTest(name = "likelihood {0} ({1}) x severity {2} ({3}) is risk level {4}")
    @CsvSource({
            "5, Very high, 1, Minor, 3", "5, Very high, 2, Significant, 4", "5, Very high, 3, Considerable, 4",
            "5, Very high, 4, Major, 5", "5, Very high, 5, Catastrophic, 5",
            "4, High, 1, Minor, 2", "4, High, 2, Significant, 3", "4, High, 3, Considerable, 3",
            "4, High, 4, Major, 4", "4, High, 5, Catastrophic, 5",
            "3, Medium, 1, Minor, 2", "3, Medium, 2, Significant, 2", "3, Medium, 3, Considerable, 3",
            "3, Medium, 4, Major, 3", "3, Medium, 5, Catastrophic, 4",
            "2, Low, 1, Minor, 1", "2, Low, 2, Significant, 2", "2, Low, 3, Considerable, 2",
            "2, Low, 4, Major, 3", "2, Low, 5, Catastrophic, 4",
            "1, Very low, 1, Minor, 1", "1, Very low, 2, Significant, 1", "1, Very low, 3, Considerable, 2",
            "1, Very low, 4, Major, 2", "1, Very low, 5, Catastrophic, 3"
    })
    void everyCellOfTheMatrixGivesTheRiskLevelOfTheImplementationGuidance(int likelihood, String likelihoodName,
                                                                          int severity, String severityName, int level) {
        assertThat(scheme.likelihood(likelihood).name()).isEqualTo(likelihoodName);
        assertThat(scheme.severity(severity).name()).isEqualTo(severityName);
        assertThat(scheme.riskLevel(likelihood, severity).number()).isEqualTo(level);
        assertThat(scheme.riskLevel(Assessment.of(likelihood, severity))).map(RiskLevel::number).contains(level);
    }

    @ParameterizedTest(name = "risk level {0} reads \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "1|Acceptable, no further action required",
            "2|Acceptable where cost of further reduction outweighs benefits gained or where further risk reduction is impractical",
            "3|Undesirable level of risk. Attempts should be made to eliminate the hazard or implement control measures to reduce risk to an acceptable level. Shall only be acceptable when further risk reduction is impractical",
            "4|Mandatory elimination of hazard or addition of control measure to reduce risk to an acceptable level",
            "5|Unacceptable level of risk"
    })
    void eachRiskLevelStatesItsAcceptability(int level, String acceptability) {
        assertThat(scheme.riskLevel(level).acceptability()).isEqualTo(acceptability);
    }

    @Test
    void riskLevelIsALookupNotTheProductOfLikelihoodAndSeverity() {
        // At Major severity, Low and Medium likelihood give the same level: lowering likelihood alone may not help.
        assertThat(scheme.riskLevel(2, 4)).isEqualTo(scheme.riskLevel(3, 4));
        assertThat(scheme.riskLevel(5, 1).number()).isEqualTo(3);
    }

    @Test
    void anUnscoredOrHalfScoredAssessmentHasNoRiskLevel() {
        assertThat(scheme.riskLevel(Assessment.UNSCORED)).isEmpty();
        assertThat(scheme.riskLevel(new Assessment(3, null))).isEmpty();
        assertThat(scheme.riskLevel(new Assessment(null, 4))).isEmpty();
    }

    @Test
    void aLikelihoodOutsideTheSchemeIsRefusedWithTheSchemeNamed() {
        assertThatThrownBy(() -> scheme.check(new Assessment(7, 2)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("likelihood 7 is not in the risk scheme \"DCB0129 IG v3.2 example\" (1-5)");
    }

    @Test
    void theSchemeSurvivesAJsonRoundTrip() {
        assertThat(RiskSchemeFile.fromJson(RiskSchemeFile.toJson(scheme))).isEqualTo(scheme);
    }

    @Test
    void aSchemeWhoseMatrixNamesAMissingLevelIsRefused() {
        String json = RiskSchemeFile.toJson(scheme).replaceFirst("\\[ 1, 1, 2, 2, 3 \\]", "[ 1, 1, 2, 2, 9 ]");
        assertThatThrownBy(() -> RiskSchemeFile.fromJson(json))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("likelihood 1, severity 5 gives risk level 9");
    }
}
