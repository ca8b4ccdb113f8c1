package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.markdownReader;
import static org.hazardlog.transfer.Fixtures.quillWith;

import java.nio.file.Path;

import org.hazardlog.domain.Assessment;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ProblemKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoreReadingTest {

    private static FileReading readLikelihood(String value) {
        return markdownReader().read(Path.of("Hazard-0050.md"), quillWith("Likelihood scoring", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"TBC", "TBC (awaiting scoring)", "TBC — awaiting initial controls implementation.",
            "TBC – awaiting clinic feedback", "TBC - awaiting review", "tbc", "TBD", "TBC\u00a0(awaiting scoring)"})
    void everyTbcVariantMeansNotYetScored(String value) {
        assertThat(readLikelihood(value).only().hazard().initial()).isEqualTo(Assessment.UNSCORED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3 - Medium: Possible | 3",
            "4 - High: Not certain but very possible; reasonably expected to occur in the majority of cases | 4",
            "1 - Very low | 1",
            "High | 4",
            "very high | 5",
            "Very-high | 5",
            "2 | 2"})
    void readsOptionLinesNamesAndNumbers(String value, int level) {
        assertThat(readLikelihood(value).only().hazard().initial().likelihood()).isEqualTo(level);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "0", "7 - Extreme: Always"})
    void refusesALevelOutsideTheSchemeNamingFileAndValue(String value) {
        FileReading reading = readLikelihood(value);
        assertThat(reading.isValid()).isFalse();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.SCORE_OUTSIDE_SCHEME);
            assertThat(p.toString()).startsWith("Hazard-0050.md: ")
                    .contains("likelihood \"" + value + "\"").contains("1 to 5");
        });
    }

    @org.junit.jupiter.api.Test
    void refusesAnOptionLineWhoseNameDisagreesWithItsNumber() {
        FileReading reading = readLikelihood("3 - High: Possible");
        assertThat(reading.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("level 3 there is \"Medium\", not \"High\""));
    }

    @org.junit.jupiter.api.Test
    void refusesAWordThatIsNotALevel() {
        FileReading reading = readLikelihood("Quite likely");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.SCORE_OUTSIDE_SCHEME);
            assertThat(p.message()).contains("\"Quite likely\"").contains("3 Medium");
        });
    }

    @org.junit.jupiter.api.Test
    void refusesTwoScoresInOneSection() {
        FileReading reading = readLikelihood("3 - Medium: Possible\n4 - High: Not certain");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICTING_VALUES);
            assertThat(p.message()).contains("likelihood has 2 values");
        });
    }

    @org.junit.jupiter.api.Test
    void checksSeverityAgainstItsOwnScale() {
        FileReading reading = markdownReader().read(Path.of("x.md"), quillWith("Severity scoring", "Catastrophic"));
        assertThat(reading.only().hazard().initial()).isEqualTo(new Assessment(null, 5));
    }

    @org.junit.jupiter.api.Test
    void refusesAStatedRiskLevelTheTableDoesNotGive() {
        FileReading reading = markdownReader().read(org.hazardlog.transfer.Fixtures.fixture("bad/risk-mismatch.md"));
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.RISK_LEVEL_MISMATCH);
            assertThat(p.toString()).contains("risk-mismatch.md: risk scoring says 2")
                    .contains("likelihood 4 and severity 4 give risk level 4 - High");
        });
    }
}
