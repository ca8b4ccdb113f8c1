package org.hazardlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.scheme.RiskSchemeFile;

class HazardFilterTest {

    private final RiskScheme scheme = RiskSchemeFile.defaultScheme();
    private final List<Hazard> hazards = ExampleLog.hazards();

    private List<Integer> numbers(HazardFilter f) {
        Predicate<Hazard> p = f.matcher(scheme);
        return hazards.stream().filter(p).map(Hazard::number).toList();
    }

    private static HazardFilter text(String t) {
        return new HazardFilter(t, Set.of(), Set.of(), Set.of(), "", "", false, false, null, null);
    }

    @Test
    void anEmptyFilterShowsEverything() {
        assertThat(HazardFilter.ALL.isEmpty()).isTrue();
        assertThat(numbers(HazardFilter.ALL)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void quickTextMatchesAnyFieldIgnoringCase() {
        assertThat(numbers(text("SNOMED"))).as("a cause").containsExactly(2);
        assertThat(numbers(text("wardlist.java"))).as("a code location").containsExactly(1);
        assertThat(numbers(text("release notes 3.2"))).as("control evidence").containsExactly(1);
        assertThat(numbers(text("integration lead"))).as("owner").containsExactly(4);
        assertThat(numbers(text("  potassium "))).as("trimmed").containsExactly(4);
        assertThat(numbers(text("no such words"))).isEmpty();
    }

    @Test
    void statusAndRiskLevelFiltersCombine() {
        HazardFilter open = new HazardFilter("", Set.of(HazardStatus.OPEN), Set.of(), Set.of(), "", "", false, false, null, null);
        assertThat(numbers(open)).containsExactly(1, 3, 4);
        HazardFilter openResidual3 = new HazardFilter("", Set.of(HazardStatus.OPEN), Set.of(), Set.of(3), "", "", false, false, null, null);
        assertThat(numbers(openResidual3)).containsExactly(1, 3);
        HazardFilter residualUnscored = new HazardFilter("", Set.of(), Set.of(), Set.of(0), "", "", false, false, null, null);
        assertThat(numbers(residualUnscored)).containsExactly(4, 5);
    }

    @Test
    void typeOwnerTriageAndUnscoredFilters() {
        assertThat(numbers(new HazardFilter("", Set.of(), Set.of(), Set.of(), "Delay", "", false, false, null, null)))
                .containsExactly(4, 5);
        assertThat(numbers(new HazardFilter("", Set.of(), Set.of(), Set.of(), "", "Integration lead", false, false, null, null)))
                .containsExactly(4);
        assertThat(numbers(new HazardFilter("", Set.of(), Set.of(), Set.of(), "", "", false, true, null, null)))
                .containsExactly(4, 5);
        assertThat(numbers(new HazardFilter("", Set.of(), Set.of(), Set.of(), "", "", true, false, null, null)))
                .containsExactly(4, 5);
    }

    @Test
    void aMatrixCellFilterKeepsOnlyHazardsScoredInThatCell() {
        HazardFilter cell = new HazardFilter("", Set.of(), Set.of(), Set.of(), "", "", false, false,
                new HazardFilter.Cell(3, 4), null);
        assertThat(numbers(cell)).containsExactly(1, 2);
        HazardFilter residualCell = new HazardFilter("", Set.of(), Set.of(), Set.of(), "", "", false, false,
                null, new HazardFilter.Cell(1, 4));
        assertThat(numbers(residualCell)).containsExactly(2);
    }
}
