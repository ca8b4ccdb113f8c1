package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.markdownReader;
import static org.hazardlog.transfer.Fixtures.quillWith;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CodeLocationReadingTest {

    private static FileReading read(String body) {
        return markdownReader().read(Path.of("x.md"), quillWith("Code associated with hazard", body));
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("- backend/app/security.py:152-178", new CodeLocation("backend/app/security.py", 152, 178, null)),
                Arguments.of("- backend/app/main.py:821", new CodeLocation("backend/app/main.py", 821, null, null)),
                Arguments.of("- frontend/src/RootLayout.tsx", new CodeLocation("frontend/src/RootLayout.tsx", null, null, null)),
                Arguments.of("- backend/alembic/versions/\\*.py", new CodeLocation("backend/alembic/versions/*.py", null, null, null)),
                Arguments.of("- Justfile", new CodeLocation("Justfile", null, null, null)),
                Arguments.of("- [backend/app/main.py](../../backend/app/main.py):110-139 - `check()` tests real data",
                        new CodeLocation("backend/app/main.py", 110, 139, "`check()` tests real data")),
                Arguments.of("- [frontend/src/x.tsx](../../frontend/src/x.tsx) - UI state messaging component",
                        new CodeLocation("frontend/src/x.tsx", null, null, "UI state messaging component")),
                Arguments.of("- compose.dev.yml - Docker orchestration (pending update)",
                        new CodeLocation("compose.dev.yml", null, null, "Docker orchestration (pending update)")),
                Arguments.of("- backend/app/main.py:821 (the `login` route)",
                        new CodeLocation("backend/app/main.py", 821, null, "the `login` route")),
                Arguments.of("[bmi.weight_check](../../code/functions/bmi.md#weight_check_hazard)",
                        new CodeLocation("bmi.weight_check", null, null, "../../code/functions/bmi.md#weight_check_hazard")),
                Arguments.of("- `src/app.py:3-4`", new CodeLocation("src/app.py", 3, 4, null)),
                Arguments.of("• src/copied.py:7", new CodeLocation("src/copied.py", 7, null, null)),
                Arguments.of("- backend/app/main.py#check_fhir_health",
                        new CodeLocation("backend/app/main.py#check_fhir_health", null, null, null)),
                Arguments.of("- `src/Foo.java#Foo.bar:10-20` - the dose check",
                        new CodeLocation("src/Foo.java#Foo.bar", 10, 20, "the dose check")),
                Arguments.of("- [backend/app/main.py#check](../../backend/app/main.py) - health",
                        new CodeLocation("backend/app/main.py#check", null, null, "health")));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void readsEachWrittenFormIntoPathLinesAndNote(String entry, CodeLocation expected) {
        assertThat(read(entry).only().hazard().codeLocations()).containsExactly(expected);
    }

    @Test
    void skipsTheDcspPlaceholderAndCodeMarkers() {
        FileReading reading = read("<!-- [code] -->\nHazard not mentioned in source code\n<!-- [codeend] -->");
        assertThat(reading.only().hazard().codeLocations()).isEmpty();
    }

    @Test
    void refusesALineRangeThatEndsBeforeItStarts() {
        FileReading reading = read("- src/app.py:90-10");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
            assertThat(p.message()).contains("src/app.py:90-10").contains("before it starts");
        });
    }

    @Test
    void aLineNumberTooLargeIsABadLineNumberNotPartOfThePath() {
        FileReading reading = read("- src/app.py:99999999999");
        assertThat(reading.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_VALUE);
            assertThat(p.message()).contains("bad line number 99999999999: too large");
        });
    }
}
