package org.hazardlog.ui.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import org.hazardlog.app.CodeReviewService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.code.TestRepository;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;

/** The Code view on screen (headless through Monocle): the snippet of a location, its range highlighted. */
@ExtendWith(ApplicationExtension.class)
class CodeViewTest {

    private static final String MAIN = "backend/app/main.py";

    @TempDir
    static Path folder;

    private HazardLogService log;
    private TestRepository repo;
    private final FakeCodeDialogs dialogs = new FakeCodeDialogs();

    @Start
    void start(Stage stage) {
        Path here = folder.resolve("run-" + System.nanoTime());
        repo = TestRepository.create(here.resolve("repo"), TestRepository.Kind.GIT);
        repo.write(MAIN, TestRepository.numberedLines(MAIN, 60)).commit();
        log = HazardLogService.openOrCreate(HazardLogFile.at(here.resolve("log")));
        Hazard h = log.create(Hazard.builder().name("Health check reports healthy while the database is down")
                .codeLocations(List.of(new CodeLocation(MAIN, 20, 24, "`check()`"))).build());
        new CodeReviewService(log).settings().setRepositoryRoot(repo.root());
        CodeViewModel model = new CodeViewModel(dialogs, dialogs, Runnable::run, Runnable::run, () -> { });
        CodeCheckWindow.showIn(stage, model, new SimpleObjectProperty<>(log), new SimpleObjectProperty<>(h));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> log.close());
    }

    @Test
    void theSelectedHazardsLocationShowsItsCodeWithTheRangeHighlighted(FxRobot robot) {
        robot.clickOn(MAIN + ":20-24");

        assertThat(robot.lookup("#snippetTitle").queryLabeled().getText()).isEqualTo(MAIN + ":20-24  \u00b7  never reviewed");
        Set<ListCell<SnippetLine>> highlighted = robot.lookup("#snippet .in-range").queryAllAs(cellType());
        assertThat(highlighted).extracting(c -> c.getItem().number()).containsExactlyInAnyOrder(20, 21, 22, 23, 24);
        assertThat(highlighted).allSatisfy(c -> assertThat(c.getItem().text()).startsWith("line 2").endsWith(MAIN));
        Set<ListCell<SnippetLine>> shown = robot.lookup("#snippet .snippet-line").queryAllAs(cellType());
        assertThat(shown).filteredOn(c -> c.getItem() != null && (c.getItem().number() == 19 || c.getItem().number() == 25))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.getStyleClass()).doesNotContain(SnippetView.IN_RANGE));
        Label firstNumber = robot.from(highlighted.stream().filter(c -> c.getItem().number() == 20).findFirst().orElseThrow())
                .lookup(".line-number").queryAs(Label.class);
        assertThat(firstNumber.getText()).isEqualTo("20");
        assertThat(firstNumber.getFont().getFamily()).isNotEqualTo(robot.lookup("#snippetTitle").queryLabeled().getFont().getFamily());
    }

    @Test
    void markingTheCodeReviewedTurnsTheStateToUnchanged(FxRobot robot) {
        robot.clickOn("#markReviewedButton");

        assertThat(dialogs.confirmations).hasSize(1);
        assertThat(robot.lookup(".state-badge").queryLabeled().getText()).isEqualTo("unchanged");
        assertThat(robot.lookup(".state-badge").queryLabeled().getStyleClass()).contains("state-unchanged");
    }

    @Test
    void aChangedLocationOpensOnItsReviewedLinesAgainstTodaysLines(FxRobot robot) {
        robot.clickOn("#markReviewedButton");
        repo.replaceLine(MAIN, 22, "line 22 now skips the database").commit();
        robot.clickOn("#checkButton");

        robot.clickOn(MAIN + ":20-24");

        assertThat(tab(robot, "diffTab").isSelected()).isTrue();
        Set<ListCell<DiffLine>> removed = robot.lookup("#reviewDiff .diff-removed").queryAllAs(diffCellType());
        Set<ListCell<DiffLine>> added = robot.lookup("#reviewDiff .diff-added").queryAllAs(diffCellType());
        assertThat(removed).extracting(c -> c.getItem().text()).containsExactly("line 22 of " + MAIN);
        assertThat(removed).extracting(c -> c.getItem().before()).containsExactly(22);
        assertThat(added).extracting(c -> c.getItem().text()).containsExactly("line 22 now skips the database");
        assertThat(added).extracting(c -> c.getItem().after()).containsExactly(22);
        assertThat(robot.lookup("#reviewDiff .diff-same").queryAllAs(diffCellType())).extracting(c -> c.getItem().text())
                .contains("line 21 of " + MAIN, "line 23 of " + MAIN);
    }

    @Test
    void aLocationAsReviewedHasNoChangesToShow(FxRobot robot) {
        robot.clickOn("#markReviewedButton");
        robot.clickOn(MAIN + ":20-24");

        assertThat(tab(robot, "diffTab").isDisabled()).isTrue();
        assertThat(tab(robot, "codeTab").isSelected()).isTrue();
    }

    /** A tab is not a node: it is found through the tab panes. */
    private static javafx.scene.control.Tab tab(FxRobot robot, String id) {
        return robot.lookup(".tab-pane").queryAllAs(javafx.scene.control.TabPane.class).stream()
                .flatMap(p -> p.getTabs().stream()).filter(t -> id.equals(t.getId())).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Class<ListCell<DiffLine>> diffCellType() {
        return (Class<ListCell<DiffLine>>) (Class<?>) ListCell.class;
    }

    @SuppressWarnings("unchecked")
    private static Class<ListCell<SnippetLine>> cellType() {
        return (Class<ListCell<SnippetLine>>) (Class<?>) ListCell.class;
    }
}
