package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.markdownReader;

import java.nio.file.Path;

import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HazardNumberTest {

    private static final String HAZARD = "## Hazard name\n\nN\n";

    @ParameterizedTest
    @CsvSource({"Hazard-0027.md, 27", "hazard-4.md, 4", "HAZARD_12.txt, 12", "some/dir/Hazard-10000.md, 10000"})
    void takesTheNumberFromTheFileName(String file, int number) {
        assertThat(markdownReader().read(Path.of(file), HAZARD).only().hazard().number()).isEqualTo(number);
    }

    @ParameterizedTest
    @CsvSource({"notes.md", "Hazard-0000.md", "hazard-rendered-page.txt"})
    void leavesTheNumberEmptyWhenTheFileNameHasNone(String file) {
        assertThat(markdownReader().read(Path.of(file), HAZARD).only().hazard().number()).isNull();
    }

    @Test
    void takesTheNumberFromAHazardNumberSection() {
        FileReading r = markdownReader().read(Path.of("notes.md"), "## Hazard number\n\n31\n\n" + HAZARD);
        assertThat(r.only().hazard().number()).isEqualTo(31);
    }

    @Test
    void refusesAFileWhoseNameAndContentGiveDifferentNumbers() {
        FileReading r = markdownReader().read(Path.of("Hazard-0030.md"), "## Hazard number\n\n31\n\n" + HAZARD);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICTING_VALUES);
            assertThat(p.message()).isEqualTo("the file name says hazard 30 but the \"Hazard number\" section says 31");
        });
    }
}
