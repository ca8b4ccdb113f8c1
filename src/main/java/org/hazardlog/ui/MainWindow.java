package org.hazardlog.ui;

import java.nio.file.Path;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.hazardlog.domain.Hazard;
import org.hazardlog.ui.report.ReportMenus;

/** The main window's content: menus, tool bar, hazard table, detail pane and status bar. */
final class MainWindow {

    private final MainViewModel model;
    private final HazardTable table;
    private final HazardEditorView editor;
    private final BorderPane root = new BorderPane();
    private boolean restoringSelection;

    MainWindow(MainViewModel model) {
        this.model = model;
        this.table = new HazardTable(model);
        this.editor = new HazardEditorView(model);
        editor.onSave(this::save);
        editor.onRevert(model::revert);

        SplitPane split = new SplitPane(table, editor);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);

        root.setTop(new VBox(menuBar(), toolBar()));
        root.setCenter(split);
        root.setBottom(statusBar());
        followSelection();
    }

    Parent root() {
        return root;
    }

    private MenuBar menuBar() {
        MenuItem newLog = item("New hazard log\u2026", "newLogMenu", "Shortcut+Shift+N", model::createChosen);
        MenuItem open = item("Open\u2026", "openMenu", "Shortcut+O", model::openChosen);
        Menu recent = new Menu("Open Recent");
        recent.setId("recentMenu");
        Runnable fillRecent = () -> {
            recent.getItems().clear();
            for (Path p : model.recentFiles()) {
                MenuItem m = new MenuItem(p.toString());
                m.setMnemonicParsing(false);
                m.setOnAction(e -> openAndSelect(p));
                recent.getItems().add(m);
            }
            recent.setDisable(recent.getItems().isEmpty());
        };
        model.recentFiles().addListener((ListChangeListener<Path>) c -> fillRecent.run());
        fillRecent.run();
        MenuItem quit = item("Quit", "quitMenu", "Shortcut+Q", () -> {
            if (model.close()) {
                Platform.exit();
            }
        });
        Menu file = new Menu("File", null, newLog, open, recent, new SeparatorMenuItem(), quit);
        ReportMenus.addTo(file, quit, model.logProperty(), root);

        MenuItem newHazard = item("New hazard", "newHazardMenu", "Shortcut+N", this::newHazard);
        MenuItem save = item("Save", "saveMenu", "Shortcut+S", this::save);
        save.disableProperty().bind(model.editor().dirtyProperty().not());
        MenuItem revert = item("Revert", "revertMenu", null, model::revert);
        revert.disableProperty().bind(model.editor().dirtyProperty().not());
        MenuItem reload = item("Reload from file", "reloadMenu", "F5", model::reload);
        Menu hazard = new Menu("Hazard", null, newHazard, save, revert, new SeparatorMenuItem(), reload);
        return new MenuBar(file, hazard);
    }

    private static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private ToolBar toolBar() {
        Button newHazard = new Button("+ New hazard");
        newHazard.setId("newHazardButton");
        newHazard.setAccessibleText("New hazard");
        newHazard.setOnAction(e -> newHazard());
        newHazard.disableProperty().bind(model.logProperty().isNull());
        return new ToolBar(newHazard);
    }

    private Region statusBar() {
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(model.statusMessageProperty());
        Label count = new Label();
        count.setId("hazardCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> {
            int n = model.hazards().size();
            return n == 1 ? "1 hazard" : n + " hazards";
        }, model.hazards()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(12, message, grow, count);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void newHazard() {
        model.newHazard();
        if (model.editor().isNew()) {
            table.getSelectionModel().clearSelection();
            root.lookup("#nameField").requestFocus();
        }
    }

    private void save() {
        model.save().ifPresent(this::selectQuietly);
    }

    private void openAndSelect(Path p) {
        model.openPath(p);
    }

    /** Selecting a row loads it into the editor, unless the user chose to keep editing another. */
    private void followSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (restoringSelection || now == null) {
                return;
            }
            if (!model.select(now)) {
                Hazard editing = model.editor().original();
                Platform.runLater(() -> selectQuietly(editing));
            }
        });
    }

    private void selectQuietly(Hazard h) {
        restoringSelection = true;
        try {
            if (h == null) {
                table.getSelectionModel().clearSelection();
            } else {
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (table.getItems().get(i).id().equals(h.id())) {
                        table.getSelectionModel().select(i);
                        table.scrollTo(i);
                        break;
                    }
                }
            }
        } finally {
            restoringSelection = false;
        }
    }
}
