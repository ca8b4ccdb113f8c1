package org.hazardlog.domain.version;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.scheme.RiskSchemeFile;

/** Each kind of difference between two versions, found by number. */
class VersionDiffTest {

    private static final RiskScheme SCHEME = RiskSchemeFile.defaultScheme();

    private static Hazard hazard(int number, String name, Assessment initial, Assessment residual) {
        return Hazard.builder().number(number).name(name).initial(initial).residual(residual).status(HazardStatus.OPEN)
                .build();
    }

    private static VersionDiff diff(List<Hazard> a, List<Hazard> b) {
        return VersionDiff.between(new LogContent("version 1", SCHEME, a), new LogContent("version 2", SCHEME, b));
    }

    @Test
    void findsAddedRemovedChangedAndRisksUpAndDown() {
        Hazard kept = hazard(1, "Kept", Assessment.of(3, 3), Assessment.of(2, 3));
        Hazard removed = hazard(2, "Removed", Assessment.UNSCORED, Assessment.UNSCORED);
        Hazard riskUp = hazard(3, "Up", Assessment.of(2, 2), Assessment.of(1, 1));
        Hazard riskDown = hazard(4, "Down", Assessment.of(5, 5), Assessment.of(4, 4));
        Hazard added = hazard(5, "Added", Assessment.UNSCORED, Assessment.UNSCORED);

        VersionDiff d = diff(List.of(kept, removed, riskUp, riskDown),
                List.of(kept, riskUp.toBuilder().initial(Assessment.of(5, 5)).build(),
                        riskDown.toBuilder().residual(Assessment.of(1, 1)).name("Down, renamed").build(), added));

        assertThat(d.added()).extracting(Hazard::number).containsExactly(5);
        assertThat(d.removed()).extracting(Hazard::number).containsExactly(2);
        assertThat(d.changed()).extracting(HazardDiff::number).containsExactly(3, 4);
        HazardDiff up = d.changed().get(0);
        assertThat(up.initial()).isEqualTo(RiskMove.UP);
        assertThat(up.residual()).isEqualTo(RiskMove.SAME);
        assertThat(up.changes()).extracting(c -> c.field() + ": " + c.before() + " -> " + c.after())
                .contains("initial risk level: 2 - Low -> 5 - Very high");
        HazardDiff down = d.changed().get(1);
        assertThat(down.residual()).isEqualTo(RiskMove.DOWN);
        assertThat(down.changes()).extracting(c -> c.field()).contains("name", "residual likelihood", "residual risk level");
        assertThat(d.risksUp()).isEqualTo(1);
        assertThat(d.risksDown()).isEqualTo(1);
    }

    @Test
    void aScoreThatLeavesTheLevelUnchangedIsAChangeButNotAMove() {
        Hazard a = hazard(1, "Same level", Assessment.of(3, 4), Assessment.UNSCORED);
        VersionDiff d = diff(List.of(a), List.of(a.toBuilder().initial(Assessment.of(2, 4)).build()));
        assertThat(d.changed()).singleElement().satisfies(h -> {
            assertThat(h.initial()).isEqualTo(RiskMove.SAME);
            assertThat(h.changes()).extracting(c -> c.field()).containsExactly("initial likelihood");
        });
    }

    @Test
    void identicalVersionsHaveNoDifferences() {
        Hazard a = hazard(1, "A", Assessment.of(3, 4), Assessment.UNSCORED);
        assertThat(diff(List.of(a), List.of(a)).isEmpty()).isTrue();
    }
}
