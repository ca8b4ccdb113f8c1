package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.fixture;
import static org.hazardlog.transfer.Fixtures.markdownReader;
import static org.hazardlog.transfer.Fixtures.quillWith;

import java.nio.file.Path;

import org.hazardlog.domain.Text;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ProblemKind;
import org.junit.jupiter.api.Test;

class BadInputTest {

    @Test
    void aFileWithoutAHazardNameIsAProblem() {
        FileReading reading = markdownReader().read(fixture("bad/no-name.md"));
        assertThat(reading.hazards()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.NO_NAME);
            assertThat(p.toString()).endsWith("no-name.md: has no \"Hazard name\" section; every hazard needs a name");
        });
    }

    @Test
    void anEmptyHazardNameIsAProblem() {
        FileReading reading = markdownReader().read(Path.of("x.md"), "## Hazard name\n\n\n## Project\n\nP\n");
        assertThat(reading.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("has an empty \"Hazard name\"; every hazard needs a name"));
    }

    @Test
    void aLikelihoodOfSevenIsAProblemNamingFileAndValue() {
        FileReading reading = markdownReader().read(fixture("bad/Hazard-0007.md"));
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.SCORE_OUTSIDE_SCHEME);
            assertThat(p.toString()).contains("Hazard-0007.md: likelihood \"7\" is not a level of the risk scheme");
        });
    }

    @Test
    void aFileWithNulBytesIsBinary() {
        FileReading reading = markdownReader().read(fixture("bad/binary.md"));
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.NOT_TEXT);
            assertThat(p.toString()).contains("binary.md: contains a NUL byte at offset 22");
        });
    }

    @Test
    void aFileThatIsNotUtf8IsAProblem() {
        FileReading reading = markdownReader().read(fixture("bad/latin1.md"));
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.NOT_TEXT);
            assertThat(p.toString()).contains("latin1.md: is not valid UTF-8 text");
        });
    }

    @Test
    void aTextOverTheLimitIsAProblemNotTruncated() {
        String huge = "x".repeat(Text.MAX_TEXT + 1);
        FileReading reading = markdownReader().read(Path.of("Hazard-0003.md"), quillWith("Description", huge));
        assertThat(reading.hazards()).isEmpty();
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LONG);
            assertThat(p.toString()).isEqualTo("Hazard-0003.md: description is 100001 characters long; the limit is 100000");
        });
    }

    @Test
    void aNameOverTheLineLimitIsAProblem() {
        FileReading reading = markdownReader().read(Path.of("x.md"), "## Hazard name\n\n" + "n".repeat(Text.MAX_LINE + 1));
        assertThat(reading.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).isEqualTo("hazard name is 1001 characters long; the limit is 1000"));
    }

    @Test
    void aFileWithNoHazardHeadingsIsNotAHazard() {
        FileReading reading = markdownReader().read(fixture("bad/not-a-hazard.md"));
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.NOT_A_HAZARD);
            assertThat(p.message()).startsWith("is not a hazard file");
        });
    }

    @Test
    void twoDifferentNamesAreAConflict() {
        FileReading reading = markdownReader().read(Path.of("x.md"), "## Hazard name\n\nOne\n\n## Hazard name\n\nTwo\n");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.CONFLICTING_VALUES);
            assertThat(p.message()).contains("\"Hazard name\" appears twice");
        });
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        FileReading reading = markdownReader().read(Path.of("x.md"),
                "## Description\n\nd\n\n## Likelihood scoring\n\n9\n\n## Severity scoring\n\n0\n");
        assertThat(reading.problems()).extracting(p -> p.kind()).containsExactly(
                ProblemKind.NO_NAME, ProblemKind.SCORE_OUTSIDE_SCHEME, ProblemKind.SCORE_OUTSIDE_SCHEME);
    }
}
