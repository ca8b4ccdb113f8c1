package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ImportPlan.Action;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.store.TempLogs;

/** A control edited upstream is the same control after a re-import; work on it is never dropped unasked. */
class ControlIdentityTest {

    @TempDir
    Path dir;

    private HazardLogService log;

    @BeforeEach
    void open() {
        log = HazardLogService.openOrCreate(TempLogs.in(dir));
    }

    @AfterEach
    void close() {
        log.close();
    }

    private static Hazard fromFile(Control... controls) {
        return Hazard.builder().number(1).name("Wrong patient's results shown").controls(List.of(controls)).build();
    }

    private static Control proposed(ControlCategory category, String text) {
        return Control.proposed(category, text);
    }

    /** Imports the first version of the file and records an engineer's work on its design control. */
    private Control importAndImplement() {
        log.importHazards(List.of(fromFile(
                proposed(ControlCategory.DESIGN, "Validate the NHS number on entry"),
                proposed(ControlCategory.TRAINING, "Train ward clerks to check the wristband"))));
        Hazard stored = log.hazards().get(0);
        Control design = stored.controls().get(0);
        Control implemented = new Control(design.id(), design.category(), design.party(), design.text(),
                ControlStatus.IMPLEMENTED, "Priya (engineer)", "PR 412, unit tests in NhsNumberTest");
        log.save(stored.toBuilder().controls(List.of(implemented, stored.controls().get(1))).build());
        return implemented;
    }

    @Test
    void aControlRewordedUpstreamKeepsItsIdStatusOwnerAndEvidenceWithANoteShowingBothTexts() {
        Control implemented = importAndImplement();

        ImportPlan done = log.importHazards(List.of(fromFile(
                proposed(ControlCategory.DESIGN, "Validate the NHS number on entry (Modulus 11 check)"),
                proposed(ControlCategory.TRAINING, "Train ward clerks to check the wristband"))));

        Control after = log.hazards().get(0).controls().get(0);
        assertThat(after.id()).isEqualTo(implemented.id());
        assertThat(after.text()).isEqualTo("Validate the NHS number on entry (Modulus 11 check)");
        assertThat(after.status()).isEqualTo(ControlStatus.IMPLEMENTED);
        assertThat(after.owner()).isEqualTo("Priya (engineer)");
        assertThat(after.evidence()).isEqualTo("PR 412, unit tests in NhsNumberTest");
        ImportPlan.Step step = done.steps().get(0);
        assertThat(step.action()).isEqualTo(Action.UPDATE);
        assertThat(step.notes()).singleElement().asString()
                .contains("\"Validate the NHS number on entry\" is now \"Validate the NHS number on entry (Modulus 11 check)\"")
                .contains("Implemented");
        assertThat(step.changes().toString()).doesNotContain("(removed)").doesNotContain("(none)");
    }

    @Test
    void aDifferentControlOrAnotherCategoryIsNotTakenForARewording() {
        importAndImplement();

        ImportPlan plan = ImportPlan.of(List.of(fromFile(
                        proposed(ControlCategory.TEST, "Validate the NHS number on entry (Modulus 11 check)"),
                        proposed(ControlCategory.DESIGN, "Show the patient's photograph beside the results"),
                        proposed(ControlCategory.TRAINING, "Train ward clerks to check the wristband"))),
                log.hazards(), log.scheme());

        ImportPlan.Step step = plan.steps().get(0);
        assertThat(step.hazard().controls().get(0).id()).isNull();
        assertThat(step.hazard().controls().get(1).id()).isNull();
        assertThat(step.hazard().controls().get(2).id()).isNotNull();
        assertThat(step.notes()).isEmpty();
        assertThat(step.removedWithProgress()).extracting(Control::text).containsExactly("Validate the NHS number on entry");
    }

    @Test
    void removingAControlWithRecordedWorkIsRefusedUnlessAllowedAndNothingIsWritten() {
        importAndImplement();
        Hazard before = log.hazards().get(0);
        List<Hazard> withoutIt = List.of(fromFile(proposed(ControlCategory.TRAINING, "Train ward clerks to check the wristband")));

        assertThatThrownBy(() -> log.importHazards(withoutIt))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("hazard 1: Design control \"Validate the NHS number on entry\" (Implemented, with evidence)")
                .hasMessageContaining("--allow-removals");
        assertThat(log.hazards().get(0).version()).isEqualTo(before.version());
        assertThat(log.hazards().get(0).controls()).hasSize(2);

        log.importHazards(withoutIt, null, true);
        assertThat(log.hazards().get(0).controls()).extracting(Control::text)
                .containsExactly("Train ward clerks to check the wristband");
    }

    @Test
    void removingAControlNobodyHasWorkedOnNeedsNoConsent() {
        log.importHazards(List.of(fromFile(proposed(ControlCategory.DESIGN, "Validate the NHS number on entry"),
                proposed(ControlCategory.TEST, "Test with the NHS test numbers"))));

        log.importHazards(List.of(fromFile(proposed(ControlCategory.DESIGN, "Validate the NHS number on entry"))));

        assertThat(log.hazards().get(0).controls()).hasSize(1);
    }

    @Test
    void similarityTellsARewordingFromAnotherControl() {
        assertThat(ControlMatching.similarity("Validate the NHS number on entry",
                "Validate the NHS number on entry (Modulus 11 check)")).isGreaterThan(ControlMatching.SAME_CONTROL);
        assertThat(ControlMatching.similarity("Validate the NHS number on entry",
                "Show the patient's photograph beside the results")).isLessThan(0.5);
        assertThat(ControlMatching.similarity("Same", "same.")).isEqualTo(1.0);
    }
}
