package org.hazardlog.transfer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
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

/** Hazards made at random from fragments that look like Markdown structure, for round-trip tests. */
public final class RandomHazards {

    private static final String[] FRAGMENTS = {
        "plain words", "## Hazard name", "# Hazard", "### Design controls (manufacturer)", "#### Implemented Controls ✓",
        "---", "-----", "***", "```", "~~~ fenced", "\\# escaped", "\\\\", "\\", "- bullet", "* star", "1. numbered",
        "  - nested", "    deep", "• dot", "✓ done", "Status: Planned.", "Status: Open", "- Status: Implemented",
        "- Owner: someone", "- Evidence: proof", "DataLoss", "WrongPatient", "<!-- [icon] -->", "<!-- [code] -->",
        "Hazard not mentioned in source code", "TBC", "[2]", "a\u00a0b", "trailing spaces  ", "| pipe |", "> quote",
        "[link](../../x.md):1-2 - note", "path/with:12", "Skip to content", "Harm", "", "", "  ", "émoji 🩺"
    };

    private final Random random;

    public RandomHazards(long seed) {
        this.random = new Random(seed);
    }

    private String text(int maxLines) {
        int n = 1 + random.nextInt(maxLines);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        String t = String.join("\n", lines).strip();
        return t.isEmpty() ? "x" : t;
    }

    private String maybe(int maxLines) {
        return random.nextInt(4) == 0 ? "" : text(maxLines);
    }

    private <E extends Enum<E>> E any(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private Integer level() {
        return random.nextInt(3) == 0 ? null : 1 + random.nextInt(5);
    }

    /** A hazard with the given number; may throw when the domain refuses the random values. */
    public Hazard hazard(int number) {
        List<String> causes = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            causes.add(text(3));
        }
        List<String> types = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            types.add(text(1));
        }
        List<Control> controls = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            controls.add(new Control(null, any(ControlCategory.class), any(ControlParty.class), text(4),
                    any(ControlStatus.class), random.nextBoolean() ? "" : text(1), maybe(3)));
        }
        List<CodeLocation> code = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String path = text(1).replace("\n", "");
            Integer start = random.nextBoolean() ? null : 1 + random.nextInt(100);
            Integer end = start == null || random.nextBoolean() ? null : start + random.nextInt(50);
            code.add(new CodeLocation(path, start, end, random.nextBoolean() ? null : text(2)));
        }
        Set<UtilityLabel> labels = EnumSet.noneOf(UtilityLabel.class);
        for (UtilityLabel l : UtilityLabel.values()) {
            if (random.nextBoolean()) {
                labels.add(l);
            }
        }
        return Hazard.builder()
                .number(number)
                .name(text(1)) // a name is one line: Markdown joins a name written over several (MultiLineNameTest)
                .description(maybe(8))
                .causes(causes)
                .effect(maybe(3))
                .hazard(maybe(3))
                .hazardTypes(types)
                .harm(maybe(3))
                .existingControls(maybe(3))
                .assignment(maybe(1))
                .labelling(maybe(2))
                .project(maybe(1))
                .utilityLabels(labels)
                .initial(new Assessment(level(), level()))
                .residual(new Assessment(level(), level()))
                .residualAssessment(maybe(5))
                .actionSummary(maybe(3))
                .status(any(HazardStatus.class))
                .statusText(maybe(2))
                .controls(controls)
                .codeLocations(code)
                .build();
    }

}
