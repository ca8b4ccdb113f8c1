package org.hazardlog.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * same seed always gives the same log.
 *
 * <p>Field lengths follow the real hazard files in {@code shared/samples} (Quill form, measured with
 * the Markdown reader): names of 25-65 characters (median 38), descriptions of 150-275, three causes
 * of about 60, effects and hazards of about 120-130, harms of about 200, and controls of about 200
 * characters. Real Quill hazards carry about 15 machine-drafted controls and 1-2 code locations; a
 * maintained log carries fewer controls, so this one has about five controls and three code
 * locations per hazard. Code locations point into a fixed set of {@link #SOURCE_FILES} source
 * files ({@link #sourceFile(int)}), so a benchmark can build the repository they refer to.
 */
public final class SyntheticLog {

    /** How many distinct source files the code locations refer to. */
    public static final int SOURCE_FILES = 5_000;
    /** Code locations end at or before this line, so a source file of this many lines holds them all. */
    public static final int MAX_LINE = 320;

    private static final String[] SUBJECTS = {"Medication list", "Ward view", "Results inbox", "Patient banner",
        "Observation chart", "Referral form", "Discharge summary", "Allergy record", "Appointment book",
        "Order set", "FHIR interface", "Login page", "Messaging queue", "Clinical letter", "Early warning score",
        "Prescription chart", "Handover list", "Lab result feed", "Patient search", "Audit trail"};
    private static final String[] PROBLEMS = {"shows out-of-date values", "hides a recent change",
        "opens the wrong patient", "drops a message", "rounds a dose incorrectly", "loses an unsaved note",
        "shows results in the wrong units", "fails to raise an alert", "duplicates an entry",
        "times out silently", "shows another user's session", "truncates free text"};
    private static final String[] CONTEXTS = {"after failover", "on slow networks", "during an upgrade",
        "at shift change", "on mobile", "overnight"};
    private static final String[] CAUSES = {"A cache is not invalidated after the record is updated elsewhere",
        "The interface retries a request without an idempotency key",
        "Two users edit the same record at the same time and the last save wins",
        "The network drops while a save is in progress",
        "A local code list is mapped to the wrong national code",
        "The browser restores a stale page from its history",
        "A background job fails overnight without raising an alert",
        "The server clock drifts away from the database clock",
        "A configuration flag differs between the two hospital sites",
        "A third-party service returns an empty response instead of an error",
        "Free text is cut at a fixed length by the database column",
        "Units are assumed rather than read from the incoming message"};
    private static final String[] EFFECTS = {"The clinician sees values that no longer match the patient's record",
        "An alert that should have fired is never shown to the prescriber",
        "The message is not delivered and nobody is told that it was lost",
        "A duplicate entry appears and the two copies start to diverge",
        "The screen shows another patient's details under the current banner",
        "Part of a free-text instruction is silently missing from the record"};
    private static final String[] EFFECT_TAILS = {", and the difference is not visible on screen.",
        " until the page is reloaded by hand.", ", with no warning in the user interface or in the logs.",
        " for as long as the fault lasts, which may be several hours overnight.", "."};
    private static final String[] HAZARDS = {"Clinical decisions are made on incomplete or outdated information",
        "A prescriber acts on a dose or unit that differs from the one intended",
        "Care continues without a result, referral or message that the team believes was sent",
        "Treatment is given to the wrong patient or recorded against the wrong record",
        "A deteriorating patient is not escalated because the warning is never seen"};
    private static final String[] HAZARD_TAILS = {", leading to inappropriate treatment or a delay in care.",
        ", and the error is only found at the next review, if at all.",
        " while staff believe the system is working normally.", "."};
    private static final String[] HARMS = {"Delayed treatment of a deteriorating patient",
        "An allergic reaction to a medicine that should have been flagged",
        "A missed follow-up appointment for a time-critical condition",
        "An overdose or underdose of a high-risk medicine such as insulin, warfarin or opioids",
        "A treatment decision made on another patient's record"};
    private static final String[] HARM_TAILS = {
        ", which could lead to a prolonged hospital stay, permanent harm or, in the worst case, death.",
        ". Vulnerable patients (children, the frail elderly and those with renal impairment) are most at risk, "
                + "and the harm may not be noticed for days.",
        ". Harm is most likely out of hours, when fewer senior staff are available to spot the discrepancy.",
        ", with psychological distress for the patient and their family even when no physical injury follows."};
    private static final String[] TYPES = {"WrongPatient", "IncorrectResult", "MissingInformation", "Delay",
        "DataLoss", "Unavailable", "IncompleteInformation", "UnauthorizedAccess", "WrongDose", "Duplicate"};
    private static final String[] OWNERS = {"Dr A. Okafor (CSO)", "Clinical Safety Officer", "Integration lead",
        "Medicines team", "QA", "Ward team", "Platform team"};
    private static final String[] CONTROL_ACTIONS = {"Add", "Enforce", "Test", "Document", "Monitor", "Alert on",
        "Retry", "Validate", "Log", "Review"};
    private static final String[] CONTROL_OBJECTS = {"the health check of the interface",
        "unit conversion of incoming results", "record locking while a note is edited",
        "the patient identity shown in the banner", "delivery receipts for outbound messages",
        "the maximum length of free-text fields", "cache expiry after an update", "the dose rounding rules"};
    private static final String[] CONTROL_DETAILS = {
        "The check runs on every request and the result is shown to the user when it fails, so nobody acts on "
                + "a screen that is out of date.",
        "Values outside the expected range are rejected with a message that names the field and the reason, "
                + "rather than being stored as they arrived.",
        "A failure is retried three times with increasing delays and then raised as an alert to the support team.",
        "The behaviour is covered by an automated test that runs on every build and blocks the release if it fails.",
        "Staff are shown the change in the release notes and in a short training session before it goes live."};
    private static final String[] VERIFICATIONS = {"Verified by the release checklist.",
        "Evidence: integration test report attached to the release.", "Owner reviews the logs weekly.",
        "Checked during user acceptance testing at both sites.", ""};
    private static final String[] RESIDUAL_SHORT = {"TBC (awaiting scoring after controls implemented)",
        "Controls reduce the likelihood; severity unchanged.",
        "Residual risk accepted by the CSO at the last safety review."};
    private static final String[] STATUS_WORDS = {"Draft from LLM", "Open: awaiting residual scoring",
        "Partially mitigated (frontend controls implemented, backend orchestration controls pending)",
        "Closed - controls implemented and verified", "Transferred to the deploying organisation"};
    private static final String[] NOTES = {"health check", "dose calculation", "message retry loop",
        "patient banner component", "result unit conversion", "session handling", "audit log writer",
        "cache invalidation on save"};
    private static final String[] FOLDERS = {"backend/app", "backend/app/fhir", "backend/app/prescribing",
        "backend/app/results", "backend/app/messaging", "backend/app/auth", "frontend/src/pages",
        "frontend/src/components", "frontend/src/components/patients", "frontend/src/hooks", "shared/schemas",
        "infra/scripts"};
    private static final String[] STEMS = {"main", "security", "orders", "results", "alerts", "messaging", "dose",
        "banner", "patients", "session", "health", "audit", "units", "handover", "referrals", "letters", "search",
        "observations", "allergies", "schedule"};

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

    /**
     * The path of source file {@code index} (0 to {@link #SOURCE_FILES} - 1), such as
     * {@code backend/app/fhir/results_12.py}: about 30 characters, like the paths in real hazard files.
     */
    public static String sourceFile(int index) {
        if (index < 0 || index >= SOURCE_FILES) {
            throw new IllegalArgumentException("source file index " + index + " is not 0-" + (SOURCE_FILES - 1));
        }
        String folder = FOLDERS[index % FOLDERS.length];
        int rest = index / FOLDERS.length;
        String stem = STEMS[rest % STEMS.length];
        int copy = rest / STEMS.length;
        String ext = folder.startsWith("frontend") ? ".tsx" : folder.startsWith("infra") ? ".sh" : ".py";
        return folder + "/" + stem + (copy == 0 ? "" : "_" + copy) + ext;
    }

    private Hazard hazard(int number) {
        String subject = pick(SUBJECTS);
        String problem = pick(PROBLEMS);
        String name = subject + " " + problem + (chance(25) ? " " + pick(CONTEXTS) : "");
        Assessment initial = chance(70) ? Assessment.of(1 + random.nextInt(5), 1 + random.nextInt(5))
                : Assessment.UNSCORED;
        Assessment residual = initial.isScored() && chance(60)
                ? Assessment.of(Math.max(1, initial.likelihood() - random.nextInt(3)), initial.severity())
                : Assessment.UNSCORED;
        HazardStatus status = weighted(HazardStatus.values(), 20, 45, 10, 25);
        List<String> causes = new ArrayList<>();
        for (int i = 0, k = 3 + (chance(25) ? 1 : 0) + (chance(5) ? 1 : 0); i < k; i++) {
            causes.add(pick(CAUSES));
        }
        return Hazard.builder()
                .number(number)
                .name(name)
                .description(subject + " " + problem + " when " + lower(pick(CAUSES)) + ". This was seen in testing of "
                        + "release " + (1 + random.nextInt(9)) + "." + random.nextInt(20)
                        + (chance(50) ? " and could reach clinicians at any site that uses the feature." : "."))
                .causes(causes)
                .effect(pick(EFFECTS) + pick(EFFECT_TAILS))
                .hazard(pick(HAZARDS) + pick(HAZARD_TAILS))
                .hazardTypes(types())
                .harm(pick(HARMS) + pick(HARM_TAILS))
                .existingControls(chance(80) ? "None identified during initial analysis."
                        : "Clinicians check the patient banner and the time of the last update before acting on "
                                + "any value shown on this screen.")
                .assignment(pick(OWNERS))
                .labelling(initial.isScored() ? "L" + initial.likelihood() + " S" + initial.severity()
                        : "TBC (awaiting scoring)")
                .project("Clinical Risk Management")
                .utilityLabels(List.of(weighted(UtilityLabel.values(), 70, 25, 5)))
                .initial(initial)
                .residual(residual)
                .residualAssessment(residualAssessment())
                .status(status)
                .statusText(chance(80) ? status.label() : pick(STATUS_WORDS))
                .controls(controls())
                .codeLocations(locations())
                .build();
    }

    private List<String> types() {
        List<String> types = new ArrayList<>();
        for (int i = 0, k = 1 + random.nextInt(3); i < k; i++) {
            types.add(pick(TYPES));
        }
        return types;
    }

    /** Mostly one line; one in twenty is a long review note, as in the hand-edited real files. */
    private String residualAssessment() {
        if (!chance(5)) {
            return pick(RESIDUAL_SHORT);
        }
        StringBuilder b = new StringBuilder("Partially mitigated:\n\n");
        for (int i = 0; i < 6; i++) {
            b.append("- ").append(pick(CONTROL_DETAILS)).append('\n');
        }
        return b.append("\nNext steps: ").append(lower(pick(CONTROL_ACTIONS))).append(' ')
                .append(pick(CONTROL_OBJECTS)).append('.').toString();
    }

    /** Three to seven (about five) controls of 150-300 characters, most still proposed. */
    private List<Control> controls() {
        List<Control> controls = new ArrayList<>();
        for (int i = 0, k = 3 + random.nextInt(5); i < k; i++) {
            ControlCategory category = weighted(ControlCategory.values(), 35, 30, 15, 20);
            ControlStatus status = weighted(ControlStatus.values(), 45, 25, 12, 10, 4, 4);
            String text = pick(CONTROL_ACTIONS) + " " + pick(CONTROL_OBJECTS) + ": " + pick(CONTROL_DETAILS)
                    + " " + pick(VERIFICATIONS);
            controls.add(new Control(null, category, category.usualParty(), text, status, pick(OWNERS),
                    status.isInPlace() && chance(50) ? "CI run " + random.nextInt(100_000) : ""));
        }
        return controls;
    }

    /** Two to four (about three) locations; most with a line range, some with a note. */
    private List<CodeLocation> locations() {
        List<CodeLocation> locations = new ArrayList<>();
        for (int i = 0, k = 2 + random.nextInt(3); i < k; i++) {
            String path = sourceFile(random.nextInt(SOURCE_FILES));
            if (chance(25)) {
                locations.add(new CodeLocation(path, null, null, null));
            } else {
                int start = 1 + random.nextInt(MAX_LINE - 60);
                locations.add(new CodeLocation(path, start, start + random.nextInt(60),
                        chance(50) ? pick(NOTES) : null));
            }
        }
        return locations;
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T weighted(T[] values, int... weights) {
        int r = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String lower(String s) {
        return s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }
}
