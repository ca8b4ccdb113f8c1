package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.store.HazardLogFile;

/**
 * The permission table, enforced by the service: every role (and someone who is not a user) against
 * every write action. An allowed action is stored and audited; a refused one says which role it
 * needs and leaves the log exactly as it was.
 */
class PermissionMatrixTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static TeamLog team;

    @BeforeAll
    static void makeTeam() {
        team = TeamLog.makeIn(shared);
    }

    /** A write action and the least role that may do it (null: nobody below CSO, CSO included). */
    private record Action(String name, Role least, Consumer<HazardLogService> run) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Hazard open(HazardLogService log) {
        return log.hazard(1).orElseThrow();
    }

    private static Hazard draft(HazardLogService log) {
        return log.hazard(2).orElseThrow();
    }

    private static List<Action> actions() {
        return List.of(
                new Action("propose a draft hazard", Role.ENGINEER,
                        log -> log.create(Hazard.builder().name("Proposed hazard").build())),
                new Action("add a scored hazard", Role.CSO, log -> log.create(Hazard.builder().name("Scored")
                        .initial(Assessment.of(2, 2)).build())),
                new Action("add an open hazard", Role.CSO, log -> log.create(Hazard.builder().name("Opened")
                        .status(HazardStatus.OPEN).build())),
                new Action("add several drafts at once", Role.ENGINEER, log -> log.createAll(List.of(
                        Hazard.builder().name("One").build(), Hazard.builder().name("Two").build()))),
                new Action("edit a draft's description", Role.ENGINEER, log -> log.save(draft(log).toBuilder()
                        .description("Rounded to 0.1 mg.").build())),
                new Action("add a control to a draft", Role.ENGINEER, log -> log.save(draft(log).toBuilder()
                        .controls(withAdded(draft(log).controls())).build())),
                new Action("edit an open hazard's description", Role.CSO, log -> log.save(open(log).toBuilder()
                        .description("Edited").build())),
                new Action("add a control to an open hazard", Role.CSO, log -> log.save(open(log).toBuilder()
                        .controls(withAdded(open(log).controls())).build())),
                new Action("change a hazard's owner", Role.CSO, log -> log.save(open(log).toBuilder()
                        .assignment("someone else").build())),
                new Action("score a hazard", Role.CSO, log -> log.save(open(log).toBuilder()
                        .initial(Assessment.of(4, 4)).build())),
                new Action("score a draft", Role.CSO, log -> log.save(draft(log).toBuilder()
                        .residual(Assessment.of(1, 1)).build())),
                new Action("change a hazard's status", Role.CSO, log -> log.save(open(log).toBuilder()
                        .status(HazardStatus.CLOSED).build())),
                new Action("change the status of several hazards", Role.CSO, log -> log.saveAll(List.of(
                        open(log).toBuilder().status(HazardStatus.TRANSFERRED).build(),
                        draft(log).toBuilder().status(HazardStatus.OPEN).build()))),
                new Action("accept residual risk", Role.CSO, log -> log.save(open(log).toBuilder()
                        .residualAssessment("Acceptable: the list refreshes.").build())),
                new Action("record a control's progress (My controls)", Role.ENGINEER, log -> log.save(open(log)
                        .toBuilder().controls(open(log).controls().stream()
                                .map(c -> new Control(c.id(), c.category(), c.party(), c.text(),
                                        ControlStatus.IMPLEMENTED, "eng", "PR 7"))
                                .toList()).build())),
                new Action("edit code locations", Role.ENGINEER, log -> log.save(open(log).toBuilder()
                        .codeLocations(List.of(new CodeLocation("src/ward/List.java", 10, 20, "refresh()"))).build())),
                new Action("issue a version", Role.CSO, log -> log.versions().issue("First issue",
                        TeamLog.PASSWORD.toCharArray())),
                new Action("add a user", Role.CSO, log -> log.users().add("newcomer", Role.VIEWER)),
                new Action("change a user's role", Role.CSO, log -> log.users().setRole(TeamLog.VIEWER, Role.ENGINEER)));
    }

    private static List<Control> withAdded(List<Control> controls) {
        List<Control> more = new ArrayList<>(controls);
        more.add(Control.proposed(ControlCategory.TRAINING, "Brief the ward staff."));
        return more;
    }

    /** The role a refusal names: the one the first refused part of the action needs. */
    private static String expectedNeed(Role role, Action action) {
        if (action.least() == Role.ENGINEER) {
            return "needs the Engineer or CSO role";
        }
        return role == Role.ENGINEER ? "needs the CSO role" : "needs the ";
    }

    /** The person, and the role they act with (null: not a user of the log). */
    private static Stream<Arguments> everyoneAgainstEveryAction() {
        List<Arguments> all = new ArrayList<>();
        for (Action a : actions()) {
            all.add(Arguments.of(TeamLog.CSO, Role.CSO, a));
            all.add(Arguments.of(TeamLog.ENGINEER, Role.ENGINEER, a));
            all.add(Arguments.of(TeamLog.VIEWER, Role.VIEWER, a));
            all.add(Arguments.of(TeamLog.STRANGER, null, a));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} may {2}: only from {2}''s least role up")
    @MethodSource("everyoneAgainstEveryAction")
    void eachRoleMayDoExactlyWhatThePermissionTableSays(String user, Role role, Action action) {
        HazardLogFile file = team.copyTo(folder);
        try (HazardLogService log = HazardLogService.openOrCreate(file, user)) {
            List<Hazard> before = log.hazards();
            int eventsBefore = log.audit().events(AuditQuery.ALL).size();
            int usersBefore = log.users().list().size();
            boolean allowed = role != null && role.compareTo(action.least()) >= 0;

            if (allowed) {
                action.run().accept(log);
                assertThat(log.audit().events(AuditQuery.ALL).size()).as("the change is audited")
                        .isGreaterThan(eventsBefore);
                assertThat(log.audit().events(AuditQuery.ALL.withUser(user))).isNotEmpty();
            } else {
                assertThatThrownBy(() -> action.run().accept(log))
                        .isInstanceOf(AccessRefusedException.class)
                        .hasMessageContaining(expectedNeed(role, action))
                        .hasMessageContaining(role == null ? user + " is not a user of this log"
                                : user + " is " + role.withArticle());
                assertThat(log.hazards()).as("nothing changed").isEqualTo(before);
                assertThat(log.audit().events(AuditQuery.ALL)).hasSize(eventsBefore);
                assertThat(log.users().list()).hasSize(usersBefore);
                assertThat(log.versions().list()).isEmpty();
            }
        }
    }
}
