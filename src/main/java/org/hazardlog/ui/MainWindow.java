package org.hazardlog.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardFilter;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.ui.audit.AccountabilityModel;
import org.hazardlog.ui.audit.AuditMenu;
import org.hazardlog.ui.audit.HistoryDialog;
import org.hazardlog.ui.transfer.ExportDialogs;
import org.hazardlog.ui.transfer.ImportDialogs;
import org.hazardlog.ui.code.CodeCheckWindow;
import org.hazardlog.ui.report.ReportMenus;

/** The main window's content: menus, tabs (hazards, risk map, my controls, test issues), editor and status bar. */
final class MainWindow {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final MainViewModel model;
    private final HazardTable table;
    private final HazardEditorView editor;
    private final FilterBar filters;
    private final TabPane tabs = new TabPane();
    private final Tab hazardsTab;
    private final BorderPane root = new BorderPane();
    private boolean restoringSelection;

    MainWindow(MainViewModel model) {
        this.model = model;
        HazardListModel list = model.list();
        this.table = new HazardTable(model, list.shown());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        this.filters = new FilterBar(list, model::hazards);
        this.editor = new HazardEditorView(model);
        editor.onSave(this::save);
        editor.onRevert(model::revert);
        editor.onHistory(this::showHistory);

        VBox left = new VBox(filters, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        filters.setPadding(new Insets(8, 10, 8, 10));
        SplitPane split = new SplitPane(left, editor);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.6);

        hazardsTab = tab("Hazards", "hazardsTab", split);
        Tab map = tab("Risk map", "riskMapTab", new HeatMapView(model.hazards(), model.editor(), list.evidenceProperty(),
                this::filterByCell));
        Tab mine = tab("My controls", "myControlsTab", new MyControlsView(model));
        Tab testIssues = tab("Test issues", "testIssuesTab", new TestIssuesView(model));
        tabs.getTabs().setAll(hazardsTab, map, mine, testIssues);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        root.setTop(new VBox(menuBar(), toolBar(), new SummaryStrip(model.hazards(), model.editor(),
                list.exceptionsOnlyProperty(), list.evidenceProperty())));
        root.setCenter(tabs);
        root.setBottom(statusBar(list));
        followSelection();
    }

    Parent root() {
        return root;
    }

    /** Keys that must reach the hazard editor even when a text field has the focus. */
    void installShortcuts(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                model.editor().undo();
                e.consume();
            } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
                model.editor().redo();
                e.consume();
            }
        });
    }

    private static Tab tab(String title, String id, javafx.scene.Node content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
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
                m.setOnAction(e -> model.openPath(p));
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
        Runnable reloadAfterImport = () -> {
            model.reload();
            if (!model.editor().isDirty()) {
                model.revert(); // show the imported copy of the hazard on screen, unless it has unsaved edits
            }
        };
        MenuItem importFiles = item("Import files\u2026", "importFilesMenu", null, () ->
                ImportDialogs.importFiles(root.getScene().getWindow(), model.logProperty().get(), reloadAfterImport));
        MenuItem importFolder = item("Import folder\u2026", "importFolderMenu", null, () ->
                ImportDialogs.importFolder(root.getScene().getWindow(), model.logProperty().get(), reloadAfterImport));
        Menu export = new Menu("Export", null,
                item("Markdown folder\u2026", "exportMarkdownMenu", null, () ->
                        ExportDialogs.exportMarkdown(root.getScene().getWindow(), model.logProperty().get())),
                item("JSON file\u2026", "exportJsonMenu", null, () ->
                        ExportDialogs.exportJson(root.getScene().getWindow(), model.logProperty().get())));
        Menu file = new Menu("File", null, newLog, open, recent, new SeparatorMenuItem(),
                importFiles, importFolder, export, new SeparatorMenuItem(), quit);
        ReportMenus.addTo(file, quit, model.logProperty(), root);

        MenuItem undo = item("Undo", "undoMenu", null, model.editor()::undo);
        undo.setAccelerator(UNDO);
        MenuItem redo = item("Redo", "redoMenu", null, model.editor()::redo);
        redo.setAccelerator(REDO);
        UndoStack stack = model.editor().undoStack();
        undo.textProperty().bind(stack.undoTextProperty().map(t -> t.isEmpty() ? "Undo" : "Undo " + t).orElse("Undo"));
        redo.textProperty().bind(stack.redoTextProperty().map(t -> t.isEmpty() ? "Redo" : "Redo " + t).orElse("Redo"));
        undo.disableProperty().bind(stack.undoTextProperty().isEmpty());
        redo.disableProperty().bind(stack.redoTextProperty().isEmpty());
        MenuItem find = item("Find\u2026", "findMenu", "Shortcut+F", () -> {
            tabs.getSelectionModel().select(hazardsTab);
            filters.focusQuickFilter();
        });
        Menu edit = new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), find);

        MenuItem newHazard = item("New hazard", "newHazardMenu", "Shortcut+N", this::newHazard);
        MenuItem save = item("Save", "saveMenu", "Shortcut+S", this::save);
        save.disableProperty().bind(model.editor().dirtyProperty().not());
        MenuItem revert = item("Revert", "revertMenu", null, model::revert);
        revert.disableProperty().bind(model.editor().dirtyProperty().not());
        MenuItem setStatus = item("Set status of selected\u2026", "bulkStatusMenu", null, this::bulkStatus);
        MenuItem setOwner = item("Set owner of selected\u2026", "bulkOwnerMenu", null, this::bulkOwner);
        AccountabilityModel access = model.accountability();
        setStatus.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(access.may(Permission.SET_STATUS).not()));
        setOwner.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(access.may(Permission.EDIT_DRAFT).not()));
        newHazard.disableProperty().bind(access.may(Permission.PROPOSE_HAZARD).not());
        MenuItem reload = item("Reload from file", "reloadMenu", "F5", model::reload);
        Menu hazard = new Menu("Hazard", null, newHazard, save, revert, new SeparatorMenuItem(), setStatus, setOwner,
                new SeparatorMenuItem(), reload);

        MenuItem showHazards = item("Hazards", "showHazardsMenu", "Shortcut+1", () -> tabs.getSelectionModel().select(0));
        MenuItem showMap = item("Risk map", "showMapMenu", "Shortcut+2", () -> tabs.getSelectionModel().select(1));
        MenuItem showMine = item("My controls", "showMineMenu", "Shortcut+3", () -> tabs.getSelectionModel().select(2));
        MenuItem showTestIssues = item("Test issues", "showTestIssuesMenu", "Shortcut+4", () -> tabs.getSelectionModel().select(3));
        CheckMenuItem dark = new CheckMenuItem("Dark theme");
        dark.setId("darkThemeMenu");
        dark.selectedProperty().bindBidirectional(model.darkThemeProperty());
        MenuItem clear = item("Clear filters", "clearFiltersMenu", "Shortcut+Shift+F", filters::clear);
        Menu view = new Menu("View", null, showHazards, showMap, showMine, showTestIssues, new SeparatorMenuItem(), clear,
                new SeparatorMenuItem(), dark);
        MenuItem codeCheck = item("Code check", "codeCheckMenu", null, () -> CodeCheckWindow.show(root.getScene().getWindow(),
                model.logProperty(), table.getSelectionModel().selectedItemProperty(), this::showHazardsSavedElsewhere));
        view.getItems().addAll(new SeparatorMenuItem(), codeCheck);
        return new MenuBar(file, edit, hazard, view, AuditMenu.create(model.accountability(),
                () -> root.getScene() == null ? null : root.getScene().getWindow()));
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
        AccountabilityModel access = model.accountability();
        newHazard.disableProperty().bind(model.logProperty().isNull().or(access.may(Permission.PROPOSE_HAZARD).not()));
        Button status = new Button("Set status\u2026");
        status.setId("bulkStatusButton");
        status.setOnAction(e -> bulkStatus());
        status.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(access.may(Permission.SET_STATUS).not()));
        Button owner = new Button("Set owner\u2026");
        owner.setId("bulkOwnerButton");
        owner.setOnAction(e -> bulkOwner());
        owner.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(access.may(Permission.EDIT_DRAFT).not()));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label who = new Label();
        who.setId("whoIsWorking");
        who.textProperty().bind(access.whoTextProperty().map(t -> "Working: " + t));
        return new ToolBar(newHazard, status, owner, grow, who);
    }

    private Region statusBar(HazardListModel list) {
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(model.statusMessageProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("progress");
        progress.setPrefSize(16, 16);
        progress.visibleProperty().bind(model.background().busyProperty());
        Label working = new Label();
        working.textProperty().bind(model.background().descriptionProperty());
        Label count = new Label();
        count.setId("hazardCount");
        count.textProperty().bind(list.countText());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, message, grow, progress, working, count);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private void newHazard() {
        tabs.getSelectionModel().select(hazardsTab);
        model.newHazard();
        if (model.editor().isNew()) {
            table.getSelectionModel().clearSelection();
            root.lookup("#nameField").requestFocus();
        }
    }

    private void showHistory() {
        Hazard h = model.editor().original();
        if (h != null) {
            HistoryDialog.show(root.getScene().getWindow(), model.accountability(), h.number());
        }
    }

    private void save() {
        model.save().ifPresent(this::selectQuietly);
    }

    private List<Hazard> selected() {
        return List.copyOf(table.getSelectionModel().getSelectedItems());
    }

    /** After another view saved hazards: the fresh copies in the table, and in the editor unless it holds edits. */
    private void showHazardsSavedElsewhere() {
        Hazard selected = table.getSelectionModel().getSelectedItem();
        model.reload();
        selectQuietly(selected);
        if (!model.editor().isDirty() && !model.editor().isNew()) {
            model.revert();
        }
    }

    private void bulkStatus() {
        List<Hazard> chosen = selected();
        if (!chosen.isEmpty()) {
            model.askBulkStatus(chosen);
        }
    }

    private void bulkOwner() {
        List<Hazard> chosen = selected();
        if (!chosen.isEmpty()) {
            model.askBulkOwner(chosen);
        }
    }

    private void filterByCell(boolean initial, HazardFilter.Cell cell) {
        filters.filterByCell(initial, cell);
        tabs.getSelectionModel().select(hazardsTab);
    }

    /** Selecting one row loads it into the editor, unless the user chose to keep editing another. */
    private void followSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (restoringSelection || now == null || table.getSelectionModel().getSelectedItems().size() > 1) {
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
            table.getSelectionModel().clearSelection();
            if (h != null) {
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
