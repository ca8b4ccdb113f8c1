package org.hazardlog.app;

import java.util.List;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.UtilityLabel;

/**
 * A small invented hazard log for a fictional electronic prescribing and patient record system,
 * offered on first start so that a newcomer sees what a hazard log holds.
 */
public final class ExampleLog {

    private ExampleLog() {
    }

    public static List<Hazard> hazards() {
        return List.of(wrongPatient(), allergyNotShown(), doseUnitConfusion(), resultsDelayed(), staleObservations());
    }

    /** Writes the example hazards into an empty log. */
    public static void fill(HazardLogService log) {
        for (Hazard h : hazards()) {
            log.create(h);
        }
    }

    private static Control control(ControlCategory category, String text, ControlStatus status, String owner, String evidence) {
        return new Control(null, category, category.usualParty(), text, status, owner, evidence);
    }

    private static Hazard wrongPatient() {
        return Hazard.builder()
                .number(1)
                .name("Wrong patient record opened from the ward list")
                .description("A clinician selects a patient from the ward list and the record of a different patient opens, "
                        + "because the list re-sorts while it is being clicked.")
                .causes(List.of("The ward list refreshes every 30 seconds and re-sorts rows under the pointer",
                        "Two patients with similar names are in adjacent beds"))
                .effect("Observations, notes or orders are entered in the wrong patient's record.")
                .hazard("Treatment decisions are made on another patient's information.")
                .hazardTypes(List.of("WrongPatient"))
                .harm("A patient receives medication or treatment intended for someone else; an allergic reaction or "
                        + "missed treatment could follow.")
                .existingControls("Patient banner shows name, date of birth and NHS number on every screen.")
                .assignment("Dr A. Okafor (CSO)")
                .project("Ward electronic record")
                .utilityLabels(List.of(UtilityLabel.LOGGED))
                .initial(Assessment.of(3, 4))
                .residual(Assessment.of(2, 4))
                .residualAssessment("List refresh no longer moves rows under the pointer; banner confirmation added. "
                        + "Severity unchanged; likelihood reduced from Medium to Low, which leaves the risk at level 3: "
                        + "accepted because further reduction needs barcode wristband scanning, planned for release 4.")
                .status(HazardStatus.OPEN)
                .statusText("Open")
                .controls(List.of(
                        control(ControlCategory.DESIGN, "Freeze the ward list while the pointer is over it; refresh afterwards.",
                                ControlStatus.IMPLEMENTATION_VERIFIED, "Ward team", "Release notes 3.2, change 1184"),
                        control(ControlCategory.TEST, "Automated UI test: a refresh during selection opens the chosen patient.",
                                ControlStatus.IMPLEMENTED, "QA", "CI job ward-list-selection"),
                        control(ControlCategory.TRAINING, "Ward training covers checking the patient banner before entering data.",
                                ControlStatus.TRANSFERRED, "Deploying trust", "")))
                .codeLocations(List.of(new CodeLocation("src/ward/WardList.java", 88, 141, "refresh and selection"),
                        CodeLocation.of("src/ui/PatientBanner.java")))
                .build();
    }

    private static Hazard allergyNotShown() {
        return Hazard.builder()
                .number(2)
                .name("Allergy recorded in the GP record not shown at prescribing")
                .description("Allergies imported from the GP record are held in a separate list that the prescribing screen "
                        + "does not read.")
                .causes(List.of("Imported allergies are coded in SNOMED CT but the prescribing check reads local codes only"))
                .effect("The prescriber is not warned about a known allergy.")
                .hazard("A medicine the patient is allergic to is prescribed and given.")
                .hazardTypes(List.of("IncorrectResult", "MissingInformation"))
                .harm("Anaphylaxis or severe allergic reaction in a single patient.")
                .existingControls("Pharmacist verification of inpatient prescriptions within 24 hours.")
                .assignment("Dr A. Okafor (CSO)")
                .project("Electronic prescribing")
                .utilityLabels(List.of(UtilityLabel.LOGGED))
                .initial(Assessment.of(3, 4))
                .residual(Assessment.of(1, 4))
                .residualAssessment("Prescribing check now reads both local and imported allergies; verified by the test "
                        + "suite and a month of live audit. Level 2 accepted: further reduction is impractical.")
                .status(HazardStatus.CLOSED)
                .statusText("Closed")
                .controls(List.of(
                        control(ControlCategory.DESIGN, "Map imported SNOMED CT allergies to the prescribing check.",
                                ControlStatus.EFFECTIVENESS_VERIFIED, "Medicines team", "Audit report 2026-03"),
                        control(ControlCategory.TEST, "Regression tests for each allergy source.",
                                ControlStatus.IMPLEMENTATION_VERIFIED, "QA", "Test plan TP-22")))
                .codeLocations(List.of(new CodeLocation("src/prescribing/AllergyCheck.java", 40, 96, null)))
                .build();
    }

    private static Hazard doseUnitConfusion() {
        return Hazard.builder()
                .number(3)
                .name("Dose unit defaults to milligrams for a microgram medicine")
                .description("The dose unit field defaults to mg when a prescriber types a free-text medicine.")
                .causes(List.of("Free-text medicines have no unit in the formulary", "The form keeps the last unit used"))
                .effect("A dose is prescribed a thousand times larger than intended.")
                .hazard("Overdose of a high-risk medicine.")
                .hazardTypes(List.of("IncorrectResult"))
                .harm("Serious harm or death of a single patient from overdose.")
                .existingControls("Maximum dose warnings for formulary medicines.")
                .assignment("Dr A. Okafor (CSO)")
                .project("Electronic prescribing")
                .utilityLabels(List.of(UtilityLabel.LOGGED))
                .initial(Assessment.of(2, 4))
                .residual(Assessment.of(2, 4))
                .residualAssessment("Controls proposed but not yet built; residual risk not reduced.")
                .status(HazardStatus.OPEN)
                .statusText("Open")
                .controls(List.of(
                        control(ControlCategory.DESIGN, "No default unit for free-text medicines: the prescriber must choose one.",
                                ControlStatus.PROPOSED, "Medicines team", ""),
                        new Control(null, ControlCategory.BUSINESS_PROCESS, ControlParty.DEPLOYMENT,
                                "Pharmacy reviews every free-text prescription before the first dose.",
                                ControlStatus.PROPOSED, "Deploying trust pharmacy", "")))
                .build();
    }

    private static Hazard resultsDelayed() {
        return Hazard.builder()
                .number(4)
                .name("Critical laboratory result not flagged when the interface queue backs up")
                .description("When the laboratory interface queue exceeds its limit, results arrive late without a warning.")
                .causes(List.of("Message queue limit reached during laboratory system maintenance"))
                .effect("A critical potassium result reaches the record hours late and unflagged.")
                .hazard("Delayed treatment of a critical abnormality.")
                .hazardTypes(List.of("Delay"))
                .harm("Cardiac arrhythmia in a patient whose result was not acted on.")
                .existingControls("Laboratory telephones critical results to the ward.")
                .assignment("Integration lead")
                .project("Results")
                .utilityLabels(List.of(UtilityLabel.FOR_TRIAGE))
                .initial(Assessment.of(2, 3))
                .status(HazardStatus.OPEN)
                .statusText("Open: awaiting residual scoring")
                .controls(List.of(control(ControlCategory.DESIGN,
                        "Alert the service desk when the interface queue is over 80% full.",
                        ControlStatus.IMPLEMENTED, "Integration lead", "")))
                .build();
    }

    private static Hazard staleObservations() {
        return Hazard.builder()
                .number(5)
                .name("Early warning score calculated from stale observations")
                .description("A new early warning score is shown without saying that some observations are over 12 hours old.")
                .causes(List.of("Score calculation uses the latest value of each observation, however old"))
                .effect("A deteriorating patient looks stable.")
                .hazard("Escalation of a deteriorating patient is delayed.")
                .hazardTypes(List.of("IncorrectResult", "Delay"))
                .harm("Delayed escalation leading to avoidable admission to intensive care.")
                .assignment("Dr A. Okafor (CSO)")
                .project("Observations")
                .utilityLabels(List.of(UtilityLabel.FOR_TRIAGE))
                .status(HazardStatus.DRAFT)
                .statusText("Draft")
                .build();
    }
}
