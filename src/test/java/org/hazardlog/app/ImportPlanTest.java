package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.hazardlog.app.ImportPlan.Action;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.scheme.RiskSchemeFile;

/** Planning an import against what a log holds, without a database. */
class ImportPlanTest {

    private static final RiskScheme SCHEME = RiskSchemeFile.defaultScheme();

    /** A hazard as the store holds it: ids for it and its controls, at a revision. */
    private static Hazard stored(int number, String name, long version, Control... controls) {
        return Hazard.builder().id(100L + number).version(version).number(number).name(name)
                .controls(List.of(controls)).build();
    }

    private static Hazard fromFile(Integer number, String name, Control... controls) {
        return Hazard.builder().number(number).name(name).controls(List.of(controls)).build();
    }

    private static Control control(Long id, String text, ControlStatus status) {
        return new Control(id, ControlCategory.DESIGN, null, text, status, "", "");
    }

    @Test
    void aNumberTheLogHasIsAnUpdateOrUnchangedAndAnyOtherACreate() {
        List<Hazard> log = List.of(stored(1, "One", 3), stored(2, "Two", 1));
        ImportPlan plan = ImportPlan.of(
                List.of(fromFile(1, "One"), fromFile(2, "Two, renamed"), fromFile(7, "Seven"), fromFile(null, "Page")),
                log, SCHEME);

        assertThat(plan.steps()).extracting(ImportPlan.Step::action)
                .containsExactly(Action.UNCHANGED, Action.UPDATE, Action.CREATE, Action.CREATE);
        assertThat(plan.summary()).isEqualTo("2 to create, 1 to update, 1 unchanged");
        assertThat(plan.changesTheLog()).isTrue();
        assertThat(plan.steps().get(0).hazard()).isSameAs(log.get(0));
        assertThat(plan.steps().get(2).getsNextNumber()).isFalse();
        assertThat(plan.steps().get(3).getsNextNumber()).isTrue();
    }

    @Test
    void anUpdateIsTheFilesContentUnderTheStoredIdentityWithItsChanges() {
        Hazard before = stored(2, "Two", 5);
        ImportPlan.Step step = ImportPlan.of(List.of(fromFile(2, "Two, renamed")), List.of(before), SCHEME).steps().get(0);

        assertThat(step.hazard().id()).isEqualTo(before.id());
        assertThat(step.hazard().version()).isEqualTo(5); // the revision the optimistic lock checks
        assertThat(step.hazard().name()).isEqualTo("Two, renamed");
        assertThat(step.before()).isSameAs(before);
        assertThat(step.changes().toString()).isEqualTo("name: Two -> Two, renamed");
    }

    @Test
    void controlsMatchedByTextKeepTheirIdsSoAnEngineersWorkFollowsThem() {
        Hazard before = stored(3, "Three", 2,
                control(11L, "Key the panel by patient", ControlStatus.PROPOSED),
                control(12L, "Same text", ControlStatus.PROPOSED),
                control(13L, "Same text", ControlStatus.IMPLEMENTED),
                control(14L, "Dropped", ControlStatus.PROPOSED));
        Hazard incoming = fromFile(3, "Three",
                control(null, "Same text", ControlStatus.IMPLEMENTED),
                control(null, "Key the panel by patient", ControlStatus.IMPLEMENTED),
                control(null, "New one", ControlStatus.PROPOSED),
                control(null, "Same text", ControlStatus.IMPLEMENTED));

        ImportPlan.Step step = ImportPlan.of(List.of(incoming), List.of(before), SCHEME).steps().get(0);

        assertThat(step.action()).isEqualTo(Action.UPDATE);
        assertThat(step.hazard().controls()).extracting(Control::id).containsExactly(12L, 11L, null, 13L);
        assertThat(step.changes().fields()).contains("control \"Dropped\"", "control \"New one\"",
                "control \"Key the panel by patient\" status", "control order");
    }

    @Test
    void aHazardThatDiffersOnlyInStoreIdentityIsUnchanged() {
        Hazard before = stored(4, "Four", 9, control(21L, "A control", ControlStatus.PROPOSED));
        ImportPlan plan = ImportPlan.of(List.of(fromFile(4, "Four", control(null, "A control", ControlStatus.PROPOSED))),
                List.of(before), SCHEME);

        assertThat(plan.count(Action.UNCHANGED)).isEqualTo(1);
        assertThat(plan.changesTheLog()).isFalse();
        assertThat(plan.steps().get(0).changes().isEmpty()).isTrue();
    }

    @Test
    void theSameNumberTwiceIsRefused() {
        assertThatThrownBy(() -> ImportPlan.of(List.of(fromFile(5, "A"), fromFile(5, "B")), List.of(), SCHEME))
                .isInstanceOf(InvalidValueException.class).hasMessage("hazard number 5 is given twice in this import");
    }
}
