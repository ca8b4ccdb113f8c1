package org.hazardlog.transfer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.SCHEME;
import static org.hazardlog.transfer.Fixtures.TAXONOMY;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ProblemKind;
import org.hazardlog.transfer.SampleHazards;

/** JSON that a lenient parser would half-read is refused: a key twice, or text after the export. */
class StrictJsonTest {

    private static final Path FILE = Path.of("export.json");
    private final HazardJsonReader reader = new HazardJsonReader(SCHEME, TAXONOMY);
    private final String valid = new HazardJsonWriter(SCHEME).toTree(List.of(SampleHazards.everyField())).toString();

    @Test
    void theValidExportReads() {
        assertThat(reader.read(FILE, valid).isValid()).isTrue();
    }

    @Test
    void aKeyGivenTwiceIsRefusedWithWhereItIs() {
        String twice = valid.replaceFirst("\"name\":", "\"name\":\"Forged name\",\"name\":");

        FileReading r = reader.read(FILE, twice);

        assertThat(r.hazards()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED);
            assertThat(p.message()).contains("is not valid JSON").contains("line 1").contains("name");
        });
    }

    @Test
    void textAfterTheExportIsRefused() {
        FileReading r = reader.read(FILE, valid + "\n{\"hazards\": []} garbage");

        assertThat(r.hazards()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED));
    }
}
