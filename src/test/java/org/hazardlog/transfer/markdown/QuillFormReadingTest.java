package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.fixture;
import static org.hazardlog.transfer.Fixtures.markdownReader;

import java.util.List;
import java.util.Set;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.WarningKind;
import org.junit.jupiter.api.Test;

class QuillFormReadingTest {

    private final ParsedHazard parsed = markdownReader().read(fixture("quill/Hazard-0101.md")).only();
    private final Hazard hazard = parsed.hazard();

    @Test
    void takesTheNumberFromTheFileName() {
        assertThat(hazard.number()).isEqualTo(101);
    }

    @Test
    void readsTheNameAndFreeTextSections() {
        assertThat(hazard.name()).isEqualTo("Dose reminder shows the previous patient's insulin dose");
        assertThat(hazard.effect()).isEqualTo("Nurse reads a dose that belongs to another patient.");
        assertThat(hazard.hazard()).isEqualTo("Insulin given at the wrong dose.");
        assertThat(hazard.harm()).startsWith("Hypoglycaemia");
        assertThat(hazard.existingControls()).isEqualTo("Second-nurse check for insulin on two wards.");
        assertThat(hazard.assignment()).isEqualTo("Clinical Safety Officer");
        assertThat(hazard.labelling()).isEqualTo("TBC (awaiting scoring)");
        assertThat(hazard.project()).isEqualTo("Ward medicines");
        assertThat(hazard.residualAssessment()).isEqualTo("TBC — awaiting initial controls implementation.");
    }

    @Test
    void readsAnOptionLineAndABareNameAsLevelsOfTheScheme() {
        assertThat(hazard.initial()).isEqualTo(Assessment.of(3, 4));
    }

    @Test
    void readsTheBracketedUtilityLabel() {
        assertThat(hazard.utilityLabels()).isEqualTo(Set.of(UtilityLabel.FOR_TRIAGE));
    }

    @Test
    void keepsNestedSubBulletsWithTheirCause() {
        assertThat(hazard.causes()).containsExactly(
                "Reminder panel caches the dose by bed number instead of patient identifier\n- Seen on the surgical ward tablets only",
                "Ward list refresh replaces the patient before the panel reloads",
                "Offline mode replays a stale dose notification");
    }

    @Test
    void keepsUnknownHazardTypesAndWarnsAboutThem() {
        assertThat(hazard.hazardTypes()).containsExactly("WrongDrugDose", "WrongPatientContext", "ClinicianDistraction");
        assertThat(parsed.warnings()).filteredOn(w -> w.kind() == WarningKind.UNKNOWN_HAZARD_TYPE)
                .singleElement().satisfies(w -> assertThat(w.message()).contains("\"ClinicianDistraction\""));
    }

    @Test
    void takesCategoryAndPartyFromTheControlSubHeadings() {
        assertThat(hazard.controls()).extracting(c -> c.category() + "/" + c.party()).containsExactly(
                "Design/Manufacturer", "Design/Manufacturer", "Test/Manufacturer",
                "Training/Manufacturer", "Business process change/Deploying organisation");
        assertThat(hazard.controls().get(3).category()).isEqualTo(ControlCategory.TRAINING);
        assertThat(hazard.controls().get(3).party()).isEqualTo(ControlParty.MANUFACTURER);
    }

    @Test
    void controlsWithoutAnyMarkAreProposed() {
        assertThat(hazard.controls()).allMatch(c -> c.status() == ControlStatus.PROPOSED);
    }

    @Test
    void mapsThePlainStatusWordAndKeepsIt() {
        assertThat(hazard.status()).isEqualTo(HazardStatus.OPEN);
        assertThat(hazard.statusText()).isEqualTo("Open");
    }

    @Test
    void readsEveryFormOfCodeLocation() {
        assertThat(hazard.codeLocations()).containsExactly(
                new CodeLocation("ward/reminders/panel.ts", 40, 88, null),
                new CodeLocation("ward/reminders/cache.ts", 17, null, null),
                new CodeLocation("ward/list/refresh.ts", null, null, null),
                new CodeLocation("ward/migrations/versions/*.sql", null, null, null),
                new CodeLocation("Dockerfile", null, null, null),
                new CodeLocation("ward/api/doses.py", 110, 139, "`latest_dose()` reads the cache"),
                new CodeLocation("compose.ward.yml", null, null, "offline replay service (pending change)"),
                new CodeLocation("ward/api/main.py", 821, null, "the `dose` route"));
    }

    @Test
    void hasNoWarningsBeyondTheUnknownType() {
        assertThat(parsed.warnings()).extracting(w -> w.kind()).containsExactly(WarningKind.UNKNOWN_HAZARD_TYPE);
    }

    @Test
    void leavesTheActionSummaryEmptyWhenEveryControlHasAHeading() {
        assertThat(hazard.actionSummary()).isEmpty();
        assertThat(List.of(hazard.description())).singleElement().asString().startsWith("The dose reminder panel");
    }
}
