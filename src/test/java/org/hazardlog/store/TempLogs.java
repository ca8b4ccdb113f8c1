package org.hazardlog.store;

import java.nio.file.Path;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.UtilityLabel;

import java.util.List;

/** Test data for the store: a hazard with every field filled. */
public final class TempLogs {

    private TempLogs() {
    }

    public static HazardLogFile in(Path folder) {
        return HazardLogFile.at(folder.resolve("log"));
    }

    public static Hazard fullHazard(int number) {
        return Hazard.builder()
                .number(number)
                .name("Medication list hides discontinued doses " + number)
                .description("Discontinued doses stay on the list without a marker.")
                .causes(List.of("Status filter ignores discontinued flag", "Cached list not refreshed"))
                .effect("A discontinued medicine looks current.")
                .hazard("A discontinued medicine is given.")
                .hazardTypes(List.of("IncorrectResult", "UnknownTypeFromUser"))
                .harm("Adverse drug reaction in one patient.")
                .existingControls("Nurse checks the drug chart.")
                .assignment("CSO")
                .labelling("L3 S3 R3")
                .project("Prescribing")
                .utilityLabels(List.of(UtilityLabel.LOGGED, UtilityLabel.FOR_TRIAGE))
                .initial(Assessment.of(3, 3))
                .residual(new Assessment(2, null))
                .residualAssessment("Awaiting the severity review.")
                .actionSummary("Add a discontinued marker.")
                .status(HazardStatus.OPEN)
                .statusText("Open (reviewed at the safety meeting)")
                .controls(List.of(
                        new Control(null, ControlCategory.DESIGN, null, "Strike through discontinued doses.",
                                ControlStatus.IMPLEMENTED, "Jo Bloggs", "PR 42"),
                        Control.proposed(ControlCategory.TRAINING, "Brief ward pharmacists.")))
                .codeLocations(List.of(new CodeLocation("src/meds/List.java", 10, 40, "render()"),
                        CodeLocation.of("docs/\u2605.md"), new CodeLocation("src/meds/*.py", null, null, null)))
                .build();
    }
}
