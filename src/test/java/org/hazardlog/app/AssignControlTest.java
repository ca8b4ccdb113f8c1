package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.StaleEditException;

/** "Assign to me": an engineer takes a control nobody owns; the audit trail records it; nobody else may. */
class AssignControlTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static TeamLog team;

    @BeforeAll
    static void makeTeam() {
        team = TeamLog.makeIn(shared);
    }

    private static Hazard hazard(HazardLogService log, int number) {
        return log.hazard(number).orElseThrow();
    }

    private static Control onlyControl(Hazard h) {
        assertThat(h.controls()).hasSize(1);
        return h.controls().get(0);
    }

    @Test
    void anEngineerTakesAControlWithoutAnOwnerAndTheAuditTrailSaysWhoAndWhen() {
        HazardLogFile file = team.copyTo(folder);
        try (HazardLogService log = HazardLogService.open(file, "ENG")) {
            Hazard open = hazard(log, 1);
            Control control = onlyControl(open);
            assertThat(control.owner()).isEmpty();

            Hazard stored = log.assignControlToMe(open, control.id());

            assertThat(onlyControl(stored).owner()).as("the name as the log spells it").isEqualTo(TeamLog.ENGINEER);
            assertThat(onlyControl(hazard(log, 1))).isEqualTo(onlyControl(stored));
            assertThat(stored.version()).isEqualTo(open.version() + 1);
            AuditEvent last = log.audit().history(1).get(log.audit().history(1).size() - 1);
            assertThat(last.user()).isEqualTo(TeamLog.ENGINEER);
            assertThat(last.role()).isEqualTo(Role.ENGINEER);
            assertThat(last.action()).isEqualTo(AuditAction.EDIT);
            assertThat(last.field()).isEqualTo("control \"Refresh the list on focus.\" owner");
            assertThat(last.newValue()).isEqualTo(TeamLog.ENGINEER);
            assertThat(last.reason()).isEqualTo("assigned to themselves");
            assertThat(log.audit().verify().isIntact()).isTrue();
        }
    }

    @Test
    void aViewerIsRefusedAndTheControlStaysWithoutAnOwner() {
        HazardLogFile file = team.copyTo(folder);
        try (HazardLogService log = HazardLogService.open(file, TeamLog.VIEWER)) {
            Hazard open = hazard(log, 1);
            int events = log.audit().history(1).size();

            assertThatThrownBy(() -> log.assignControlToMe(open, onlyControl(open).id()))
                    .isInstanceOf(AccessRefusedException.class)
                    .hasMessage("Taking a control of hazard 1 needs the Engineer or CSO role; viewer is a Viewer.");

            assertThat(onlyControl(hazard(log, 1)).owner()).isEmpty();
            assertThat(log.audit().history(1)).hasSize(events);
        }
    }

    @Test
    void someoneTheLogDoesNotKnowReadsOnlyAndCannotTakeAControl() {
        HazardLogFile file = team.copyTo(folder);
        try (HazardLogService log = HazardLogService.open(file, TeamLog.STRANGER)) {
            Hazard open = hazard(log, 1);

            assertThatThrownBy(() -> log.assignControlToMe(open, onlyControl(open).id()))
                    .isInstanceOf(AccessRefusedException.class)
                    .hasMessage("Taking a control of hazard 1 needs the Engineer or CSO role; "
                            + "stranger is not a user of this log.");
            assertThat(onlyControl(hazard(log, 1)).owner()).isEmpty();
        }
    }

    @Test
    void aHazardChangedBySomeoneElseMeanwhileIsNotOverwritten() {
        HazardLogFile file = team.copyTo(folder);
        try (HazardLogService engineer = HazardLogService.open(file, TeamLog.ENGINEER);
             HazardLogService cso = HazardLogService.open(file, TeamLog.CSO)) {
            Hazard seen = hazard(engineer, 1);
            Hazard theirs = cso.save(hazard(cso, 1).toBuilder().description("The ward list is stale after a transfer.")
                    .build());

            assertThatThrownBy(() -> engineer.assignControlToMe(seen, onlyControl(seen).id()))
                    .isInstanceOf(StaleEditException.class)
                    .hasMessageContaining("was changed by someone else");

            Hazard now = hazard(engineer, 1);
            assertThat(now.description()).isEqualTo(theirs.description());
            assertThat(onlyControl(now).owner()).isEmpty();
            assertThat(now.version()).isEqualTo(theirs.version());
        }
    }

    @Test
    void aControlSomeoneAlreadyOwnsIsNotTakenOver() {
        HazardLogFile file = team.copyTo(folder);
        try (HazardLogService log = HazardLogService.open(file, TeamLog.CSO)) {
            Hazard open = hazard(log, 1);
            Control c = onlyControl(open);
            Hazard owned = log.save(open.toBuilder().controls(List.of(new Control(c.id(), c.category(), c.party(),
                    c.text(), c.status(), "priya", c.evidence()))).build());
            log.actAs(TeamLog.ENGINEER);

            assertThatThrownBy(() -> log.assignControlToMe(owned, c.id()))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("the control \"Refresh the list on focus.\" of hazard 1 is already owned by priya");
            assertThat(onlyControl(hazard(log, 1)).owner()).isEqualTo("priya");
        }
    }
}
