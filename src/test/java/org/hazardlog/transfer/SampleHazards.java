package org.hazardlog.transfer;

import java.util.List;
import java.util.Set;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.UtilityLabel;

/** Hazards made in code with every field set, and texts chosen to look like Markdown structure. */
public final class SampleHazards {

    private SampleHazards() {
    }

    /** Every field set, every control status and party, texts that look like headings and fences. */
    public static Hazard everyField() {
        return Hazard.builder()
                .number(27)
                .name("Handover list | drops \"night\" notes *sometimes*")
                .description("""
                        First paragraph with a non\u00a0breaking space.
                        ## Looks like a heading
                        ---
                        ```
                        # a comment inside a fence
                        \\## already escaped
                          indented line with trailing spaces \s\s
                        - a list item
                        <!-- [icon] -->
                        Hazard name

                        Last paragraph.""")
                .causes(List.of("One line cause",
                        "Cause with a second line\n2. that looks numbered\n\n  and a gap",
                        "- cause that starts like a bullet"))
                .effect("Effect")
                .hazard("### Design controls (manufacturer)")
                .hazardTypes(List.of("DataLoss", "Our own type", "WrongPatient"))
                .harm("Harm text")
                .existingControls("Existing")
                .assignment("Jo Bloggs, CSO")
                .labelling("High risk")
                .project("Handover")
                .utilityLabels(Set.of(UtilityLabel.LOGGED, UtilityLabel.DEPRECATED))
                .initial(Assessment.of(4, 5))
                .residual(new Assessment(2, null))
                .residualAssessment("Residual: **lower** after the fix.\n\n1. first\n2. second")
                .actionSummary("Ship the fix in 3.2; train night staff.")
                .status(HazardStatus.CLOSED)
                .statusText("Fixed — controls implemented 4 May 2026")
                .controls(List.of(
                        new Control(null, ControlCategory.DESIGN, ControlParty.MANUFACTURER,
                                "**Keep notes** ✓: notes saved on every keystroke\n- Implementation: notes.ts\n- Owner: not metadata, part of the text",
                                ControlStatus.IMPLEMENTATION_VERIFIED, "Dev lead", "PR 1234\n\n## test report\n  - line"),
                        new Control(null, ControlCategory.TEST, ControlParty.MANUFACTURER,
                                "Unit test ✓ written but not yet run", ControlStatus.PROPOSED, "", ""),
                        new Control(null, ControlCategory.DESIGN, ControlParty.DEPLOYMENT,
                                "Local configuration. Status: Planned.", ControlStatus.EFFECTIVENESS_VERIFIED, "", "Audit 2026-03"),
                        new Control(null, ControlCategory.TRAINING, ControlParty.DEPLOYMENT,
                                "Train night staff", ControlStatus.TRANSFERRED, "Ward manager", ""),
                        new Control(null, ControlCategory.TRAINING, ControlParty.MANUFACTURER,
                                "E-learning module", ControlStatus.REJECTED, "", "Rejected: duplicates trust training"),
                        new Control(null, ControlCategory.BUSINESS_PROCESS, ControlParty.MANUFACTURER,
                                "Support desk checks", ControlStatus.IMPLEMENTED, "", ""),
                        new Control(null, ControlCategory.BUSINESS_PROCESS, ControlParty.DEPLOYMENT,
                                "DataLoss", ControlStatus.PROPOSED, "", "")))
                .codeLocations(List.of(
                        new CodeLocation("src/notes/*.ts", null, null, null),
                        new CodeLocation("docs/Hand over notes.md", 3, 9, "with spaces"),
                        new CodeLocation("weird:12", null, null, null),
                        new CodeLocation("src/one.ts", 5, 5, null),
                        new CodeLocation("src/two.ts", 7, null, "a note - with a dash\nand a second line"),
                        new CodeLocation("`ticked`", null, null, null),
                        new CodeLocation("C:\\repo\\*\\file.cs", 1, 2, "(in brackets)"),
                        new CodeLocation("[not a link]", null, null, "- starts with a dash")))
                .build();
    }

    /** The plainest hazard: a name and nothing else. */
    public static Hazard nameOnly() {
        return Hazard.builder().number(1).name("Bare").build();
    }
}
