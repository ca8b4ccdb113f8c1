package org.hazardlog.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.code.LineRange;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.LocationState;
import org.hazardlog.code.TestRepository;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.ui.code.CodeViewModel.Scope;

/** The Code view's behaviour without a screen; work runs on the test's own thread. */
class CodeViewModelTest {

    private static final String WARD_LIST = "src/ward/WardList.java";

    @TempDir
    Path folder;

    private TestRepository repo;
    private HazardLogService log;
    private final FakeCodeDialogs dialogs = new FakeCodeDialogs();
    private int hazardsChanged;
    private CodeViewModel model;

    @BeforeEach
    void open() {
        repo = TestRepository.create(folder.resolve("repo"), TestRepository.Kind.GIT);
        repo.write(WARD_LIST, TestRepository.numberedLines(WARD_LIST, 200)).write("src/ward/Bed.java", "class Bed {}").commit();
        log = HazardLogService.openOrCreate(HazardLogFile.at(folder.resolve("log")));
        log.create(Hazard.builder().name("Wrong patient record opened from the ward list")
                .codeLocations(List.of(new CodeLocation(WARD_LIST, 88, 141, null))).build());
        log.create(Hazard.builder().name("Bed list stale").codeLocations(List.of(CodeLocation.of("src/ward/Bed.java"))).build());
        model = new CodeViewModel(dialogs, dialogs, Runnable::run, Runnable::run, () -> hazardsChanged++);
        model.logProperty().set(log);
    }

    @AfterEach
    void close() {
        log.close();
    }

    private Hazard hazard(int number) {
        return log.hazard(number).orElseThrow();
    }

    private void chooseRepository() {
        dialogs.folderToChoose = repo.root();
        model.chooseRepositoryRoot();
    }

    @Test
    void withoutARepositoryRootTheViewAsksForOne() {
        model.selectedHazardProperty().set(hazard(1));

        assertThat(model.findings()).isEmpty();
        assertThat(model.messageProperty().get()).isEqualTo("Choose the repository root: the folder the code locations' paths start from.");
    }

    @Test
    void choosingTheRootStoresItAndChecksTheSelectedHazard() {
        model.selectedHazardProperty().set(hazard(1));

        chooseRepository();

        assertThat(model.repositoryRootProperty().get()).isEqualTo(repo.root().toString());
        assertThat(model.findings()).singleElement().satisfies(f -> {
            assertThat(f.hazard().number()).isEqualTo(1);
            assertThat(f.state()).isEqualTo(LocationState.NEVER_REVIEWED);
        });
        assertThat(model.messageProperty().get()).startsWith("1 checked: 1 never reviewed (git commit ");
    }

    @Test
    void theChosenLocationShowsItsFileWithTheRangeHighlighted() {
        model.selectedHazardProperty().set(hazard(1));
        chooseRepository();

        assertThat(model.snippet()).hasSize(200);
        assertThat(model.snippet().stream().filter(SnippetLine::inRange).map(SnippetLine::number))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(88, 141).boxed().toList());
        assertThat(model.snippet().get(87).text()).isEqualTo("line 88 of " + WARD_LIST);
        assertThat(model.snippetFocusProperty().get()).isEqualTo(87);
        assertThat(model.snippetTitleProperty().get()).isEqualTo(WARD_LIST + ":88-141  \u00b7  never reviewed");
    }

    @Test
    void allHazardsShowsEveryLocation() {
        chooseRepository();
        model.scopeProperty().set(Scope.ALL_HAZARDS);

        assertThat(model.findings()).extracting(f -> f.hazard().number()).containsExactly(1, 2);
    }

    @Test
    void markingReviewedAsksFirstThenRecordsTheSelectedHazardsCode() {
        model.selectedHazardProperty().set(hazard(1));
        chooseRepository();

        model.markReviewed();

        assertThat(dialogs.confirmations).singleElement().asString().startsWith("Record the code that hazard 1 links to");
        assertThat(model.findings()).extracting(LocationFinding::state).containsExactly(LocationState.UNCHANGED);
        assertThat(model.messageProperty().get()).startsWith("Recorded the code of hazard 1 as reviewed (1 file). 1 checked: 1 unchanged");
    }

    @Test
    void aRefusedConfirmationRecordsNothing() {
        model.selectedHazardProperty().set(hazard(1));
        chooseRepository();
        dialogs.confirmAnswer = false;

        model.markReviewed();

        assertThat(model.findings()).extracting(LocationFinding::state).containsExactly(LocationState.NEVER_REVIEWED);
    }

    @Test
    void updatingAMovedLocationSavesTheHazardAndTellsTheMainWindow() {
        model.selectedHazardProperty().set(hazard(1));
        chooseRepository();
        model.markReviewed();
        repo.insert(WARD_LIST, 1, "package ward;", "").commit();
        model.check();
        assertThat(model.selectedFindingProperty().get().movedTo()).isEqualTo(new LineRange(90, 143));
        assertThat(model.snippet().stream().filter(SnippetLine::inRange).findFirst().orElseThrow().number()).isEqualTo(90);

        model.fixMove();

        assertThat(hazard(1).codeLocations()).containsExactly(new CodeLocation(WARD_LIST, 90, 143, null));
        assertThat(hazardsChanged).isEqualTo(1);
        model.selectedHazardProperty().set(hazard(1));
        assertThat(model.findings()).extracting(LocationFinding::state).containsExactly(LocationState.UNCHANGED);
    }

    @Test
    void unlinkedCodeNeedsPatternsAndThenListsTheFiles() {
        chooseRepository();
        model.listUnlinked();
        assertThat(dialogs.errors).singleElement().asString().contains("No clinical file patterns are set.");

        repo.write("src/prescribing/Dose.java", "class Dose {}").commit();
        model.clinicalGlobsProperty().set("src/**/*.java; docs/*.md");
        model.saveClinicalGlobs();
        model.listUnlinked();

        assertThat(model.unlinked()).containsExactly("src/prescribing/Dose.java");
        assertThat(model.messageProperty().get()).isEqualTo("1 clinically relevant file is linked to no hazard.");
        model.showFile("src/prescribing/Dose.java");
        assertThat(model.snippet()).extracting(SnippetLine::text).containsExactly("class Dose {}");
        model.openInEditor();
        assertThat(dialogs.opened).containsExactly(repo.root().resolve("src/prescribing/Dose.java"));
    }

    @Test
    void openingInTheEditorOpensTheFileOrSaysWhyNot() {
        model.selectedHazardProperty().set(hazard(1));
        chooseRepository();

        model.openInEditor();
        dialogs.openProblem = "This desktop does not let HazardLog open files in an editor.";
        model.openInEditor();

        assertThat(dialogs.opened).containsExactly(repo.root().resolve(WARD_LIST), repo.root().resolve(WARD_LIST));
        assertThat(dialogs.errors).containsExactly("Cannot open the file: This desktop does not let HazardLog open files in an editor."
                + "\n\nThe code is in " + repo.root().resolve(WARD_LIST) + ", line 88.");
        assertThat(model.messageProperty().get()).isEqualTo("Could not open " + WARD_LIST + " in an editor.");
    }

    @Test
    void aRepositoryRootThatVanishedIsReportedNotThrown() throws Exception {
        model.selectedHazardProperty().set(hazard(1));
        chooseRepository();
        java.nio.file.Files.move(repo.root(), folder.resolve("moved"));

        model.check();

        assertThat(dialogs.errors).singleElement().asString()
                .isEqualTo("Code check: The repository folder " + repo.root() + " does not exist.");
    }
}
