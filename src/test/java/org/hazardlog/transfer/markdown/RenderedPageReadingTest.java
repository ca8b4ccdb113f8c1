package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.fixture;
import static org.hazardlog.transfer.Fixtures.markdownReader;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.WarningKind;
import org.junit.jupiter.api.Test;

class RenderedPageReadingTest {

    private final ParsedHazard parsed = markdownReader().read(fixture("rendered/lab-result-page.txt")).only();
    private final Hazard hazard = parsed.hazard();

    @Test
    void findsHeadingsWithoutMarksByTheirNamesAndOrder() {
        assertThat(hazard.name()).isEqualTo("Lab result attached to the wrong request");
        assertThat(hazard.effect()).isEqualTo("The new result is hidden under an old request.");
        assertThat(hazard.hazard()).isEqualTo("A high potassium is not seen in time.");
    }

    @Test
    void skipsThePageFurnitureAndTheTitle() {
        assertThat(parsed.warnings()).noneMatch(w -> w.kind() == WarningKind.UNKNOWN_SECTION);
    }

    @Test
    void readsIndentedNumberedListsAsCauses() {
        assertThat(hazard.causes()).containsExactly("Request numbers are reused after a year",
                "Matching falls back to the patient identifier alone");
    }

    @Test
    void readsDotBulletsAsHazardTypes() {
        assertThat(hazard.hazardTypes()).containsExactly("WrongObservationResult", "Delayed");
    }

    @Test
    void recognisesControlSubHeadingsByName() {
        assertThat(hazard.controls()).extracting(c -> c.category()).containsExactly(
                ControlCategory.DESIGN, ControlCategory.DESIGN, ControlCategory.TEST,
                ControlCategory.TRAINING, ControlCategory.BUSINESS_PROCESS);
        assertThat(hazard.controls().get(0).text()).isEqualTo("Match results on request number and collection date together.");
    }

    @Test
    void hasNoNumberBecauseThePageCannotCarryOne() {
        assertThat(hazard.number()).isNull();
    }

    @Test
    void readsTheStatusAndTheCodeLocation() {
        assertThat(hazard.status()).isEqualTo(HazardStatus.DRAFT);
        assertThat(hazard.codeLocations()).containsExactly(new CodeLocation("results/filing/match.py", 12, 60, null));
    }
}
