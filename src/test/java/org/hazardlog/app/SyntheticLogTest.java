package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;

/** The invented logs that benchmarks and {@code generate} use: repeatable, and shaped like real ones. */
class SyntheticLogTest {

    private final List<Hazard> thousand = new SyntheticLog(1).hazards(1_000);

    @Test
    void theSameSeedGivesTheSameHazardsAndAnotherSeedOthers() {
        List<Hazard> again = new SyntheticLog(1).hazards(1_000);
        for (int i = 0; i < thousand.size(); i++) {
            assertThat(again.get(i).sameContent(thousand.get(i))).as("hazard %d", i + 1).isTrue();
        }
        assertThat(new SyntheticLog(2).hazards(20)).map(Hazard::name)
                .isNotEqualTo(thousand.subList(0, 20).stream().map(Hazard::name).toList());
    }

    @Test
    void hazardsAreNumberedFromOne() {
        assertThat(thousand).map(Hazard::number).isEqualTo(IntStream.rangeClosed(1, 1_000).boxed().toList());
    }

    @Test
    void eachHazardHasAboutFiveControlsAndThreeCodeLocations() {
        assertThat(average(h -> h.controls().size())).isBetween(4.5, 5.5);
        assertThat(average(h -> h.codeLocations().size())).isBetween(2.5, 3.5);
    }

    @Test
    void fieldLengthsAreThoseOfRealHazardFiles() {
        // Medians of the Quill samples: name 38, description 180, effect 118, hazard 134, harm 201, control 201.
        assertThat(median(h -> h.name().length())).isBetween(30, 50);
        assertThat(median(h -> h.description().length())).isBetween(140, 230);
        assertThat(median(h -> h.effect().length())).isBetween(90, 150);
        assertThat(median(h -> h.hazard().length())).isBetween(100, 160);
        assertThat(median(h -> h.harm().length())).isBetween(140, 240);
        assertThat(median(h -> h.controls().get(0).text().length())).isBetween(160, 240);
        assertThat(median(h -> h.causes().size())).isEqualTo(3);
    }

    @Test
    void someHazardsAreScoredAndStatusesVary() {
        assertThat(thousand).filteredOn(h -> h.initial().isScored()).hasSizeBetween(600, 800);
        assertThat(thousand).map(Hazard::status).contains(HazardStatus.values());
    }

    @Test
    void codeLocationsPointIntoTheFixedSetOfSourceFiles() {
        Set<String> files = new HashSet<>();
        for (int i = 0; i < SyntheticLog.SOURCE_FILES; i++) {
            files.add(SyntheticLog.sourceFile(i));
        }
        assertThat(files).hasSize(SyntheticLog.SOURCE_FILES);
        List<CodeLocation> all = thousand.stream().flatMap(h -> h.codeLocations().stream()).toList();
        assertThat(all).allSatisfy(l -> {
            assertThat(files).contains(l.path());
            assertThat(l.endLine() == null || l.endLine() <= SyntheticLog.MAX_LINE).isTrue();
        });
        assertThatThrownBy(() -> SyntheticLog.sourceFile(SyntheticLog.SOURCE_FILES))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private double average(ToIntFunction<Hazard> measure) {
        return thousand.stream().mapToInt(measure).average().orElseThrow();
    }

    private int median(ToIntFunction<Hazard> measure) {
        return thousand.stream().mapToInt(measure).sorted().toArray()[thousand.size() / 2];
    }
}
