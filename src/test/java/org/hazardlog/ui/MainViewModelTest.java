package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.store.HazardLogFile;

/** The main window's behaviour without a screen. */
class MainViewModelTest {

    @TempDir
    Path home;

    private HazardLogFile file;
    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel model;

    @BeforeEach
    void openExampleLog() {
        System.setProperty("hazardlog.home", home.toString());
        file = HazardLogFile.at(home.resolve("log"));
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            ExampleLog.fill(log);
        }
        model = new MainViewModel(dialogs, UserSettings.load());
        assertThat(model.open(file)).isTrue();
    }

    @AfterEach
    void close() {
        model.close();
        System.clearProperty("hazardlog.home");
    }

    private Hazard hazard(int number) {
        return model.hazards().stream().filter(h -> h.number() == number).findFirst().orElseThrow();
    }

    @Test
    void openingALogShowsItsHazardsAndNamesTheFileInTheTitle() {
        assertThat(model.hazards()).extracting(Hazard::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(model.titleProperty().get()).isEqualTo("log.mv.db \u2014 HazardLog");
        assertThat(model.recentFiles()).containsExactly(file.file());
    }

    @Test
    void anEditIsNotLostWhenTheUserSwitchesHazardAndChoosesToKeepEditing() {
        model.select(hazard(1));
        model.editor().name.set("Wrong patient record opened from the theatre list");

        dialogs.unsavedAnswers.push(Dialogs.UnsavedChoice.CANCEL);
        assertThat(model.select(hazard(2))).isFalse();

        assertThat(dialogs.unsavedQuestions).containsExactly("hazard 1");
        assertThat(model.editor().name.get()).isEqualTo("Wrong patient record opened from the theatre list");
        assertThat(model.editor().isDirty()).isTrue();
    }

    @Test
    void choosingSaveWhenSwitchingStoresTheEditThenShowsTheNextHazard() {
        model.select(hazard(1));
        model.editor().status.set(HazardStatus.CLOSED);

        dialogs.unsavedAnswers.push(Dialogs.UnsavedChoice.SAVE);
        assertThat(model.select(hazard(2))).isTrue();

        assertThat(model.editor().number.get()).isEqualTo("2");
        assertThat(hazard(1).status()).isEqualTo(HazardStatus.CLOSED);
        assertThat(hazard(1).statusText()).as("the wording follows the chosen status").isEqualTo("Closed");
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            assertThat(log.hazard(1).orElseThrow().status()).isEqualTo(HazardStatus.CLOSED);
        }
    }

    @Test
    void anEditBackToTheStoredValueIsNotAnUnsavedChange() {
        model.select(hazard(3));
        String name = model.editor().name.get();
        model.editor().name.set("something else");
        assertThat(model.editor().isDirty()).isTrue();
        model.editor().name.set(name);
        assertThat(model.editor().isDirty()).isFalse();
    }

    @Test
    void aNewHazardGetsTheNextNumberWhenSaved() {
        model.newHazard();
        model.editor().name.set("Infusion rate shown in the wrong units");
        model.editor().initialLikelihood.set(2);
        model.editor().initialSeverity.set(5);

        Hazard saved = model.save().orElseThrow();

        assertThat(saved.number()).isEqualTo(6);
        assertThat(model.hazards()).extracting(Hazard::name).contains("Infusion rate shown in the wrong units");
        assertThat(model.editor().initialRisk().get()).map(r -> r.number()).contains(4);
        assertThat(model.editor().isDirty()).isFalse();
    }

    @Test
    void aHazardWithoutANameIsNotSavedAndTheProblemIsShownBesideTheEditor() {
        model.newHazard();
        model.editor().description.set("Typed before the name");

        assertThat(model.save()).isEmpty();

        assertThat(model.editor().problemProperty().get()).isEqualTo("Hazard name is empty.");
        assertThat(model.editor().description.get()).isEqualTo("Typed before the name");
        assertThat(model.hazards()).hasSize(5);
    }

    @Test
    void aSaveOverSomeoneElsesNewerChangeIsRefusedAndTheUsersEditIsKept() {
        model.select(hazard(4));
        try (HazardLogService other = HazardLogService.openOrCreate(file)) {
            Hazard theirs = other.hazard(4).orElseThrow();
            other.save(theirs.toBuilder().assignment("Someone else").build());
        }
        model.editor().owner.set("Me");

        assertThat(model.save()).isEmpty();

        assertThat(dialogs.errors).singleElement().asString().contains("changed by someone else");
        assertThat(model.editor().owner.get()).isEqualTo("Me");
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            assertThat(log.hazard(4).orElseThrow().assignment()).isEqualTo("Someone else");
        }
    }

    @Test
    void theExampleLogIsOfferedOnceForAnEmptyLog() {
        HazardLogFile empty = HazardLogFile.at(home.resolve("empty"));
        model.open(empty);
        dialogs.confirmAnswer = true;

        assertThat(model.offerExampleIfEmpty()).isTrue();
        assertThat(model.hazards()).hasSize(ExampleLog.hazards().size());
        assertThat(model.titleProperty().get()).startsWith("example-hazard-log.mv.db");

        model.open(empty);
        assertThat(model.offerExampleIfEmpty()).isFalse();
        assertThat(dialogs.confirmations).isEqualTo(1);
    }

    @Test
    void theExampleIsNotOfferedForALogStillBeingRead() {
        List<Runnable> pending = new ArrayList<>();
        MainViewModel starting = new MainViewModel(dialogs, UserSettings.load(), new HeldBackgroundWork(pending));
        starting.open(file);
        assertThat(starting.hazards()).as("still reading").isEmpty();

        assertThat(starting.offerExampleIfEmpty()).isFalse();
        assertThat(dialogs.confirmations).isZero();
        pending.forEach(Runnable::run);
        assertThat(starting.hazards()).hasSize(ExampleLog.hazards().size());
        starting.close();
    }

    /** Background work that waits until the test runs it, as a slow read of a large log does. */
    private record HeldBackgroundWork(List<Runnable> pending) implements BackgroundWork {
        @Override
        public <T> void run(String description, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
            pending.add(() -> done.accept(work.get()));
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new ReadOnlyBooleanWrapper(!pending.isEmpty()).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty descriptionProperty() {
            return new ReadOnlyStringWrapper("").getReadOnlyProperty();
        }
    }

    @Test
    void aFailedOpenKeepsTheCurrentLogOpenAndSaysWhy() throws Exception {
        Path bad = Files.writeString(home.resolve("bad.mv.db"), "not a log");
        model.openPath(bad);
        assertThat(dialogs.errors).singleElement().asString().contains("is not a hazard log");
        assertThat(model.hazards()).hasSize(5);
        assertThat(model.titleProperty().get()).startsWith("log.mv.db");
    }

    @Test
    void theTableCountSaysHowManyOfAllHazardsAreShown() {
        assertThat(model.list().countText().get()).isEqualTo("5 hazards");
        model.list().setFilter(new org.hazardlog.domain.HazardFilter("prescrib", java.util.Set.of(), java.util.Set.of(),
                java.util.Set.of(), "", "", false, false, null, null));
        assertThat(model.list().shown()).extracting(Hazard::number).containsExactly(2, 3);
        assertThat(model.list().countText().get()).isEqualTo("2 of 5 hazards");
    }

    @Test
    void aBulkStatusChangeSavesEveryChosenHazard() {
        assertThat(model.setStatus(java.util.List.of(hazard(4), hazard(5)), HazardStatus.CLOSED)).isTrue();
        assertThat(hazard(4).status()).isEqualTo(HazardStatus.CLOSED);
        assertThat(hazard(5).statusText()).isEqualTo("Closed");
        assertThat(hazard(4).statusText()).as("the user's own wording is kept").isEqualTo("Open: awaiting residual scoring");
    }

    @Test
    void aBulkChangeIsAllOrNothingWhenOneHazardIsStale() {
        Hazard staleCopy = hazard(4);
        try (HazardLogService other = HazardLogService.openOrCreate(file)) {
            other.save(other.hazard(4).orElseThrow().toBuilder().name("Changed elsewhere").build());
        }
        assertThat(model.setOwner(java.util.List.of(hazard(3), staleCopy), "Dr Patel")).isFalse();
        assertThat(dialogs.errors).singleElement().asString().contains("None of the selected hazards was changed");
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            assertThat(log.hazard(3).orElseThrow().assignment()).isEqualTo("Dr A. Okafor (CSO)");
        }
    }

    @Test
    void anEngineersControlStatusChangeIsSavedAtOnce() {
        Hazard h = hazard(3);
        model.changeControl(h, h.controls().get(0).withStatus(org.hazardlog.domain.ControlStatus.IMPLEMENTED));
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            assertThat(log.hazard(3).orElseThrow().controls().get(0).status())
                    .isEqualTo(org.hazardlog.domain.ControlStatus.IMPLEMENTED);
        }
        assertThat(hazard(3).version()).isEqualTo(h.version() + 1);
    }

    @Test
    void takingAControlOfTheHazardBeingEditedSavesTheEditsFirstSoNeitherIsRefused() {
        Control c = hazard(3).controls().get(0);
        model.changeControl(hazard(3), new Control(c.id(), c.category(), c.party(), c.text(), c.status(), "", ""));
        Hazard asListed = hazard(3);
        model.select(asListed);
        model.editor().name.set("Dose unit defaults to mg for a mcg medicine");
        dialogs.unsavedAnswers.push(Dialogs.UnsavedChoice.SAVE);

        assertThat(model.assignToMe(asListed, asListed.controls().get(0))).isTrue();

        assertThat(dialogs.unsavedQuestions).containsExactly("hazard 3");
        assertThat(dialogs.errors).isEmpty();
        try (HazardLogService log = HazardLogService.open(file)) {
            Hazard stored = log.hazard(3).orElseThrow();
            assertThat(stored.name()).isEqualTo("Dose unit defaults to mg for a mcg medicine");
            assertThat(stored.controls().get(0).owner()).isEqualTo(HazardLogService.operatingSystemUser());
        }
        assertThat(model.editor().isDirty()).isFalse();
    }

    @Test
    void hazardTypeSuggestionsStartWithTheTaxonomyAndAddTheLogsOwn() {
        java.util.List<String> types = model.knownHazardTypes();
        assertThat(types).contains("WrongPatient", "Delay");
        assertThat(types).doesNotHaveDuplicates();
    }
}
