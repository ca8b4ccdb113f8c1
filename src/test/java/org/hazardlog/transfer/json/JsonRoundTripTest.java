package org.hazardlog.transfer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.SCHEME;
import static org.hazardlog.transfer.Fixtures.TAXONOMY;
import static org.hazardlog.transfer.Fixtures.fixture;

import java.nio.file.Path;
import java.util.List;

import org.hazardlog.domain.Hazard;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.SampleHazards;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {

    private final HazardJsonReader reader = new HazardJsonReader(SCHEME, TAXONOMY);

    @Test
    void readingBackAWrittenExportGivesTheSameHazards() {
        List<Hazard> hazards = List.of(SampleHazards.everyField(), SampleHazards.nameOnly(),
                SampleHazards.everyField().toBuilder().number(null).build());
        FileReading reading = reader.read(Path.of("export.json"), new HazardJsonWriter(SCHEME).write(hazards));
        assertThat(reading.problems()).isEmpty();
        List<Hazard> back = reading.hazards().stream().map(ParsedHazard::hazard).toList();
        assertThat(back).hasSize(3);
        for (int i = 0; i < hazards.size(); i++) {
            assertThat(back.get(i).sameContent(hazards.get(i))).as("hazard %d", i).isTrue();
        }
    }

    @Test
    void readsTheGoldenExport() {
        FileReading reading = reader.read(fixture("json/golden-export.json"));
        assertThat(reading.hazards()).hasSize(2);
        assertThat(reading.allWarnings()).hasSize(1);
        assertThat(reading.hazards().get(1).hazard().sameContent(SampleHazards.everyField())).isTrue();
        assertThat(reading.hazards().get(1).warnings()).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("\"Our own type\""));
    }

    @Test
    void givesTheSchemeOfAnExport() {
        assertThat(HazardJsonReader.schemeOf(new HazardJsonWriter(SCHEME).write(List.of()))).isEqualTo(SCHEME);
    }
}
