package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.access.Role;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.ui.audit.AuditDialogs.FirstCso;

/** File > New hazard log: the person creating the log names its first CSO and gives their password. */
class NewLogInWindowTest {

    @TempDir
    Path home;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel model;

    @BeforeEach
    void start() {
        System.setProperty("hazardlog.home", home.toString());
        model = new MainViewModel(dialogs, UserSettings.load());
        model.currentUserProperty().set("alice");
    }

    @AfterEach
    void close() {
        model.close();
        System.clearProperty("hazardlog.home");
    }

    @Test
    void theNewLogsCsoSignsWithThePasswordGivenAtCreation() {
        Path chosen = home.resolve("new" + HazardLogFile.SUFFIX);
        dialogs.logToCreate = chosen;
        dialogs.firstCso = new FirstCso("Dr Alice", "given at creation".toCharArray());
        model.createChosen();
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.firstCsoSuggestions).containsExactly("alice");
        assertThat(model.currentUserProperty().get()).isEqualTo("Dr Alice");
        model.close();
        try (HazardLogService log = HazardLogService.open(HazardLogFile.at(chosen), "Dr Alice")) {
            assertThat(log.actor().role()).isEqualTo(Role.CSO);
            assertThat(log.versions().issue("First", "given at creation".toCharArray()).number()).isEqualTo(1);
        }
    }

    @Test
    void cancellingTheCsoQuestionOrAShortPasswordCreatesNothing() {
        Path chosen = home.resolve("never" + HazardLogFile.SUFFIX);
        dialogs.logToCreate = chosen;
        model.createChosen();
        assertThat(HazardLogFile.at(chosen).exists()).isFalse();
        dialogs.firstCso = new FirstCso("alice", "short".toCharArray());
        model.createChosen();
        assertThat(dialogs.errors).singleElement().asString().contains("at least 8 characters");
        assertThat(HazardLogFile.at(chosen).exists()).isFalse();
    }
}
