package org.hazardlog.transfer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.SCHEME;
import static org.hazardlog.transfer.Fixtures.TAXONOMY;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.hazardlog.domain.Hazard;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.RandomHazards;
import org.junit.jupiter.api.Test;

class JsonRoundTripPropertyTest {

    @Test
    void everyGeneratedHazardReadsBackExactly() {
        RandomHazards random = new RandomHazards(7L);
        List<Hazard> hazards = new ArrayList<>();
        for (int i = 1; hazards.size() < 300; i++) {
            try {
                hazards.add(random.hazard(i));
            } catch (IllegalArgumentException refusedByTheDomain) {
                // the generator may make values the domain refuses; those are not the point here
            }
        }
        FileReading back = new HazardJsonReader(SCHEME, TAXONOMY)
                .read(Path.of("random.json"), new HazardJsonWriter(SCHEME).write(hazards));
        assertThat(back.problems()).isEmpty();
        for (int i = 0; i < hazards.size(); i++) {
            assertThat(back.hazards().get(i).hazard().sameContent(hazards.get(i))).as("hazard %d", i).isTrue();
        }
    }
}
