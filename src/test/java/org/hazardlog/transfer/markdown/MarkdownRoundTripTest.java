package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.SCHEME;
import static org.hazardlog.transfer.Fixtures.markdownReader;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardChanges;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.SampleHazards;
import org.hazardlog.transfer.WarningKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRoundTripTest {

    private static Hazard roundTrip(Hazard hazard) {
        String markdown = new MarkdownHazardWriter(SCHEME).write(hazard);
        FileReading reading = markdownReader().read(Path.of(MarkdownHazardWriter.fileName(hazard)), markdown);
        assertThat(reading.problems()).as(markdown).isEmpty();
        assertThat(reading.only().warnings()).as(markdown)
                .allMatch(w -> w.kind() == WarningKind.UNKNOWN_HAZARD_TYPE);
        return reading.only().hazard();
    }

    static Stream<Hazard> hazards() {
        Hazard every = SampleHazards.everyField();
        return Stream.of(
                every,
                SampleHazards.nameOnly(),
                every.toBuilder().statusText("").status(HazardStatus.OPEN).build(),
                every.toBuilder().statusText("Open").status(HazardStatus.OPEN).build(),
                every.toBuilder().statusText("Status: Open").status(HazardStatus.OPEN).build(),
                every.toBuilder().statusText("Draft from LLM").status(HazardStatus.TRANSFERRED).build(),
                every.toBuilder().statusText("Parked\nsecond line").status(HazardStatus.DRAFT).build(),
                every.toBuilder().initial(new org.hazardlog.domain.Assessment(null, 3))
                        .residual(org.hazardlog.domain.Assessment.of(1, 1)).build());
    }

    @ParameterizedTest
    @MethodSource("hazards")
    void readingBackAWrittenHazardGivesTheSameHazardFieldForField(Hazard hazard) {
        Hazard back = roundTrip(hazard);
        assertThat(HazardChanges.between(hazard, back).changes()).isEmpty();
        assertThat(back.sameContent(hazard)).isTrue();
    }
}
