package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.SCHEME;
import static org.hazardlog.transfer.Fixtures.markdownReader;

import java.nio.file.Path;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardChanges;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.RandomHazards;
import org.junit.jupiter.api.Test;
/**
 * Many hazards made from fragments that look like Markdown structure, written and read back: the
 * round trip must be exact for every one. The seed is fixed, so a failure can be replayed.
 */
class MarkdownRoundTripPropertyTest {

    private final RandomHazards random = new RandomHazards(20260507L);

    @Test
    void everyGeneratedHazardReadsBackExactly() {
        MarkdownHazardWriter writer = new MarkdownHazardWriter(SCHEME);
        for (int i = 1; i <= 500; i++) {
            Hazard h;
            try {
                h = random.hazard(i);
            } catch (IllegalArgumentException refusedByTheDomain) {
                continue;
            }
            String md = writer.write(h);
            FileReading back = markdownReader().read(Path.of(MarkdownHazardWriter.fileName(h)), md);
            assertThat(back.problems()).as("hazard %d:%n%s", i, md).isEmpty();
            assertThat(HazardChanges.between(h, back.only().hazard()).toString()).as("hazard %d:%n%s", i, md).isEmpty();
            Hazard b = back.only().hazard();
            assertThat(b.sameContent(h)).as("hazard %d: types %s / %s controls %s / %s code %s / %s%n%s", i,
                    h.hazardTypes(), b.hazardTypes(), h.controls(), b.controls(), h.codeLocations(), b.codeLocations(), md).isTrue();
        }
    }
}
