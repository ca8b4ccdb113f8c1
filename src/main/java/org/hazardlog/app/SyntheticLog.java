package org.hazardlog.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.UtilityLabel;

/**
 * Invented hazard logs of any size, for trying the application at scale and for benchmarks. The
 * same seed always gives the same log. Field lengths follow those of real hazard files (names of
 * 40-90 characters, descriptions of a few sentences, three or four causes, about five controls and
 * three code locations per hazard).
 */
public final class SyntheticLog {

    private static final String[] SUBJECTS = {"The medication list", "The ward view", "The results inbox",
        "The patient banner", "The observation chart", "The referral form", "The discharge summary",
        "The allergy record", "The appointment book", "The order set", "The FHIR interface", "The login page",
        "The messaging queue", "The clinical letter", "The early warning score", "The prescription chart"};
    private static final String[] PROBLEMS = {"shows out-of-date values", "hides a recent change",
        "opens the wrong patient", "drops a message during failover", "rounds a dose incorrectly",
        "loses an unsaved note", "shows results in the wrong units", "fails to raise an alert",
        "duplicates an entry", "times out without a warning", "shows another user's session",
        "truncates a free-text instruction"};
    private static final String[] CAUSES = {"a cache is not invalidated after an update",
        "the interface retries without an idempotency key", "two users edit the same record at once",
        "the network drops during a save", "a code list is mapped to the wrong local code",
        "the browser restores a stale page from history", "a background job fails silently overnight",
        "the server clock drifts from the database clock", "a configuration flag differs between sites",
        "a third-party service returns an empty response"};
    private static final String[] HARMS = {"Delayed treatment of a deteriorating patient",
        "An allergic reaction to a medicine that should have been flagged",
        "A missed follow-up appointment for a time-critical condition",
        "An overdose of a high-risk medicine", "A treatment decision made on another patient's record"};
    private static final String[] TYPES = {"WrongPatient", "IncorrectResult", "MissingInformation", "Delay",
        "DataLoss", "Unavailable", "IncompleteInformation", "UnauthorizedAccess"};
    private static final String[] OWNERS = {"Dr A. Okafor (CSO)", "Integration lead", "Medicines team",
        "QA", "Ward team", "Platform team"};
    private static final String[] FOLDERS = {"backend/app", "backend/app/fhir", "frontend/src/pages",
        "frontend/src/components", "backend/app/prescribing", "backend/app/results"};
    private static final String[] FILES = {"main.py", "security.py", "orders.py", "results.py", "Home.tsx",
        "PatientList.tsx", "alerts.py", "messaging.py", "dose.py", "banner.tsx"};

    private final Random random;

    public SyntheticLog(long seed) {
        this.random = new Random(seed);
    }

    public List<Hazard> hazards(int count) {
        List<Hazard> hazards = new ArrayList<>(count);
        for (int n = 1; n <= count; n++) {
            hazards.add(hazard(n));
        }
        return hazards;
    }

    private Hazard hazard(int number) {
        String subject = pick(SUBJECTS);
        String problem = pick(PROBLEMS);
        Assessment initial = random.nextInt(10) < 6 ? Assessment.of(1 + random.nextInt(5), 1 + random.nextInt(5))
                : Assessment.UNSCORED;
        Assessment residual = initial.isScored() && random.nextBoolean()
                ? Assessment.of(Math.max(1, initial.likelihood() - random.nextInt(3)), initial.severity())
                : Assessment.UNSCORED;
        HazardStatus status = HazardStatus.values()[random.nextInt(HazardStatus.values().length)];
        List<String> causes = new ArrayList<>();
        for (int i = 0, k = 2 + random.nextInt(3); i < k; i++) {
            causes.add(capital(pick(CAUSES)) + " (" + pick(FOLDERS) + ")");
        }
        return Hazard.builder()
                .number(number)
                .name(subject + " " + problem + " (" + number + ")")
                .description(subject + " " + problem + " when " + pick(CAUSES) + ". This was seen in testing of "
                        + "release " + (1 + random.nextInt(9)) + "." + random.nextInt(20)
                        + " and could reach clinicians at any site that uses the feature.")
                .causes(causes)
                .effect("Clinicians act on information that is " + pick(new String[] {"incomplete", "out of date",
                    "for another patient", "missing"}) + ".")
                .hazard("A clinical decision is made on " + pick(new String[] {"incorrect", "missing", "stale"})
                        + " information, and the patient receives the wrong care.")
                .hazardTypes(List.of(pick(TYPES), pick(TYPES)))
                .harm(pick(HARMS) + ".")
                .existingControls(random.nextBoolean() ? "None identified during initial analysis."
                        : "Clinicians check the patient banner before acting.")
                .assignment(pick(OWNERS))
                .labelling(initial.isScored() ? "L" + initial.likelihood() + " S" + initial.severity() : "TBC")
                .project("Clinical Risk Management")
                .utilityLabels(random.nextInt(4) == 0 ? List.of(UtilityLabel.FOR_TRIAGE) : List.of(UtilityLabel.LOGGED))
                .initial(initial)
                .residual(residual)
                .residualAssessment(residual.isScored() ? "Controls reduce the likelihood; severity unchanged." : "")
                .status(status)
                .statusText(status.label())
                .controls(controls())
                .codeLocations(locations())
                .build();
    }

    private List<Control> controls() {
        List<Control> controls = new ArrayList<>();
        for (int i = 0, k = 3 + random.nextInt(5); i < k; i++) {
            ControlCategory category = ControlCategory.values()[random.nextInt(ControlCategory.values().length)];
            ControlStatus status = ControlStatus.values()[random.nextInt(ControlStatus.values().length)];
            controls.add(new Control(null, category, category.usualParty(),
                    capital(pick(new String[] {"add", "enforce", "test", "document", "monitor", "alert on"}))
                            + " " + pick(CAUSES) + " in " + pick(FOLDERS) + "; verified by the release checklist.",
                    status, pick(OWNERS), random.nextBoolean() ? "CI run " + random.nextInt(100000) : ""));
        }
        return controls;
    }

    private List<CodeLocation> locations() {
        List<CodeLocation> locations = new ArrayList<>();
        for (int i = 0, k = 2 + random.nextInt(3); i < k; i++) {
            String path = pick(FOLDERS) + "/" + pick(FILES);
            if (random.nextInt(4) == 0) {
                locations.add(new CodeLocation(path, null, null, null));
            } else {
                int start = 1 + random.nextInt(400);
                locations.add(new CodeLocation(path, start, start + random.nextInt(60), "function " + random.nextInt(50)));
            }
        }
        return locations;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
