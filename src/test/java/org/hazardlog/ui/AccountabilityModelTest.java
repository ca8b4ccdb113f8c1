package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.access.Role;
import org.hazardlog.store.HazardLogFile;

/** Who is working, as the window asks and remembers it, and what a refusal does to an edit. */
class AccountabilityModelTest {

    @TempDir
    Path home;

    private HazardLogFile file;
    private final FakeDialogs dialogs = new FakeDialogs();
    private UserSettings settings;
    private MainViewModel model;

    @BeforeEach
    void logOfAliceWithEngineerBob() {
        System.setProperty("hazardlog.home", home.toString());
        file = HazardLogFile.at(home.resolve("log"));
        try (HazardLogService log = HazardLogService.openOrCreate(file, "alice")) {
            ExampleLog.fill(log);
            log.users().add("bob", Role.ENGINEER);
        }
        settings = UserSettings.load();
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
        System.clearProperty("hazardlog.home");
    }

    private void openAs(String user) {
        settings.put("currentUser", user);
        model = new MainViewModel(dialogs, settings);
        assertThat(model.open(file)).isTrue();
    }

    @Test
    void someoneTheLogDoesNotKnowIsAskedWhoIsWorkingAndTheAnswerIsRemembered() {
        dialogs.whoIsWorkingAnswers.add("bob");
        openAs("robert");
        assertThat(dialogs.whoIsWorkingQuestions).containsExactly(List.of("alice", "bob"));
        assertThat(model.currentUserProperty().get()).isEqualTo("bob");
        assertThat(model.accountability().actorProperty().get().role()).isEqualTo(Role.ENGINEER);
        assertThat(UserSettings.load().get("currentUser")).contains("bob");
    }

    @Test
    void theLogIsShownReadOnlyBehindTheWhoIsWorkingQuestion() {
        List<Integer> shownWhileAsking = new java.util.ArrayList<>();
        List<Boolean> mayProposeWhileAsking = new java.util.ArrayList<>();
        dialogs.whileAskingWhoIsWorking = () -> {
            shownWhileAsking.add(model.list().shown().size());
            mayProposeWhileAsking.add(model.accountability().may(Permission.PROPOSE_HAZARD).get());
        };
        dialogs.whoIsWorkingAnswers.add("bob");
        openAs("robert");
        assertThat(shownWhileAsking).as("the five hazards are in the table while the question is open").containsExactly(5);
        assertThat(mayProposeWhileAsking).containsExactly(false);
        assertThat(model.accountability().whoTextProperty().get()).isEqualTo("bob (Engineer)");
    }

    @Test
    void aPersonNamedOnTheCommandLineIsNotAskedAndIsNotRememberedForNextTime() {
        settings.put("currentUser", "alice");
        model = new MainViewModel(dialogs, settings);
        assertThat(model.openAs(file, "robert")).isTrue();
        assertThat(dialogs.whoIsWorkingQuestions).isEmpty();
        assertThat(model.accountability().whoTextProperty().get()).isEqualTo("robert is not a user of this log: read only");
        assertThat(UserSettings.load().get("currentUser")).contains("alice");
    }

    @Test
    void aKnownUserIsNotAskedAndDecliningLeavesTheLogReadOnly() {
        openAs("alice");
        assertThat(dialogs.whoIsWorkingQuestions).isEmpty();
        assertThat(model.accountability().may(Permission.ISSUE_VERSION).get()).isTrue();
        model.close();

        openAs("robert");
        assertThat(model.accountability().may(Permission.PROPOSE_HAZARD).get()).isFalse();
        assertThat(model.accountability().whoTextProperty().get()).isEqualTo("robert is not a user of this log: read only");
    }

    @Test
    void aRefusedSaveSaysWhyAndKeepsTheEdit() {
        openAs("bob");
        model.select(model.hazards().get(0));
        model.editor().status.set(HazardStatus.CLOSED);
        assertThat(model.save()).isEmpty();
        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo("Not allowed: Changing the status of hazard 1 needs the CSO role; bob is an Engineer.");
        assertThat(model.editor().isDirty()).isTrue();
        assertThat(model.editor().status.get()).isEqualTo(HazardStatus.CLOSED);
    }

    @Test
    void anEngineerRecordsControlProgressFromMyControls() {
        openAs("bob");
        var hazard = model.hazards().get(0);
        var control = hazard.controls().get(0);
        model.changeControl(hazard, control.withStatus(org.hazardlog.domain.ControlStatus.IMPLEMENTED));
        assertThat(dialogs.errors).isEmpty();
        try (HazardLogService log = HazardLogService.openOrCreate(file, "alice")) {
            assertThat(log.audit().history(hazard.number())).last().satisfies(e -> {
                assertThat(e.user()).isEqualTo("bob");
                assertThat(e.field()).endsWith(" status");
                assertThat(e.newValue()).isEqualTo("Implemented");
            });
        }
    }

    @Test
    void theReasonGivenInTheEditorIsKeptWithEachChangedField() {
        openAs("alice");
        model.select(model.hazards().get(0));
        model.editor().status.set(HazardStatus.CLOSED);
        model.editor().reason.set("Agreed at the safety review of 3 March");
        assertThat(model.save()).isPresent();
        assertThat(model.editor().reason.get()).as("a new edit starts without a reason").isEmpty();
        assertThat(model.accountability().history(1)).filteredOn(e -> e.field().equals("status")).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("Agreed at the safety review of 3 March"));
    }

    @Test
    void aLogCreatedInTheWindowHasThePersonWorkingAsItsCso() {
        settings.put("currentUser", "Dr Okafor");
        model = new MainViewModel(dialogs, settings);
        assertThat(model.open(HazardLogFile.at(home.resolve("new-log")))).isTrue();
        assertThat(model.accountability().actorProperty().get().role()).isEqualTo(Role.CSO);
        assertThat(model.accountability().users()).extracting(u -> u.name()).containsExactly("Dr Okafor");
    }
}
