package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.domain.UtilityLabel.DEPRECATED;
import static org.hazardlog.domain.UtilityLabel.FOR_TRIAGE;
import static org.hazardlog.domain.UtilityLabel.LOGGED;
import static org.hazardlog.transfer.Fixtures.markdownReader;
import static org.hazardlog.transfer.Fixtures.quillWith;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UtilityLabelReadingTest {

    private static FileReading read(String body) {
        return markdownReader().read(Path.of("x.md"), quillWith("General utility label", body));
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("[2]", Set.of(FOR_TRIAGE)),
                Arguments.of("[1] [3]", Set.of(LOGGED, DEPRECATED)),
                Arguments.of("[1, 2]", Set.of(LOGGED, FOR_TRIAGE)),
                Arguments.of("1 - Hazard: A hazard which is logged\n"
                        + "2 - New hazard for triage: A new hazard which needs to be triaged", Set.of(LOGGED, FOR_TRIAGE)),
                Arguments.of("3", Set.of(DEPRECATED)),
                Arguments.of("Deprecated hazard", Set.of(DEPRECATED)),
                Arguments.of("[multiselect]\n[2]", Set.of(FOR_TRIAGE)),
                Arguments.of("TBC", Set.of()),
                Arguments.of("", Set.of()));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void readsBracketsOptionLinesNumbersAndNames(String body, Set<UtilityLabel> expected) {
        assertThat(read(body).only().hazard().utilityLabels()).isEqualTo(expected);
    }

    @Test
    void refusesALabelNumberThatDoesNotExist() {
        FileReading reading = read("[4]");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.UNKNOWN_UTILITY_LABEL);
            assertThat(p.message()).contains("\"[4]\"");
        });
    }
}
