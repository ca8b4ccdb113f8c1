package org.hazardlog.ui.code;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.LocationState;
import org.hazardlog.ui.code.CodeViewModel.Scope;

/**
 * The Code view: the repository root, the checked code locations (or the unlinked files), and the
 * code of the chosen one with its range highlighted. It binds to {@link CodeViewModel} and forwards
 * the user's actions to it.
 */
final class CodeView extends BorderPane {

    private final CodeViewModel model;

    CodeView(CodeViewModel model) {
        this.model = model;
        setId("codeView");
        getStyleClass().add("code-view");
        SplitPane split = new SplitPane(lists(), snippetPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.38);
        setTop(repositoryBar());
        setCenter(split);
        setBottom(statusBar());
    }

    private Node repositoryBar() {
        Label label = new Label("Repository root");
        TextField root = new TextField();
        root.setId("repositoryRootField");
        root.setEditable(false);
        root.setFocusTraversable(false); // shown, and selectable to copy; changed only through Choose
        root.setPromptText("not set: choose the folder the code locations' paths start from");
        root.setAccessibleText("Repository root");
        root.textProperty().bind(model.repositoryRootProperty());
        label.setLabelFor(root);
        HBox.setHgrow(root, Priority.ALWAYS);
        Button choose = button("Choose\u2026", "chooseRootButton", model::chooseRepositoryRoot);

        ToggleGroup scope = new ToggleGroup();
        ToggleButton selected = new ToggleButton("Selected hazard");
        selected.setId("scopeSelected");
        ToggleButton all = new ToggleButton("All hazards");
        all.setId("scopeAll");
        selected.setToggleGroup(scope);
        all.setToggleGroup(scope);
        selected.setSelected(model.scopeProperty().get() == Scope.SELECTED_HAZARD);
        all.setSelected(model.scopeProperty().get() == Scope.ALL_HAZARDS);
        scope.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two is always chosen
            } else {
                model.scopeProperty().set(now == all ? Scope.ALL_HAZARDS : Scope.SELECTED_HAZARD);
            }
        });
        HBox scopeButtons = new HBox(selected, all);
        scopeButtons.getStyleClass().add("segmented");
        Button check = button("Check again", "checkButton", model::check);
        check.getStyleClass().add("accent");

        HBox bar = new HBox(8, label, root, choose, new Separator(Orientation.VERTICAL), scopeButtons, check);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10));
        return bar;
    }

    private Node lists() {
        Tab locations = new Tab("Code locations", new FindingsTable(model));
        locations.setId("locationsTab");
        Tab unlinked = new Tab("Unlinked code", unlinkedPane());
        unlinked.setId("unlinkedTab");
        TabPane tabs = new TabPane(locations, unlinked);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Node unlinkedPane() {
        Label label = new Label("Clinical files");
        TextField globs = new TextField();
        globs.setId("clinicalGlobsField");
        globs.setPromptText("src/**/*.py; backend/**/*.py");
        globs.setAccessibleText("Patterns of clinically relevant files, separated by semicolons");
        globs.textProperty().bindBidirectional(model.clinicalGlobsProperty());
        label.setLabelFor(globs);
        HBox.setHgrow(globs, Priority.ALWAYS);
        HBox bar = new HBox(8, label, globs, button("Save", "saveGlobsButton", model::saveClinicalGlobs),
                button("List unlinked files", "listUnlinkedButton", model::listUnlinked));
        bar.setAlignment(Pos.CENTER_LEFT);
        ListView<String> files = new ListView<>(model.unlinked());
        files.setId("unlinkedList");
        Label none = new Label();
        none.textProperty().bind(model.unlinkedNoteProperty());
        files.setPlaceholder(none);
        files.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> model.showFile(now));
        VBox.setVgrow(files, Priority.ALWAYS);
        VBox pane = new VBox(8, bar, files);
        pane.setPadding(new Insets(8));
        return pane;
    }

    private Node snippetPane() {
        Label title = new Label();
        title.setId("snippetTitle");
        title.getStyleClass().add("snippet-title");
        title.textProperty().bind(model.snippetTitleProperty());
        Label detail = new Label();
        detail.setId("snippetDetail");
        detail.getStyleClass().add("snippet-detail");
        detail.setWrapText(true);
        detail.textProperty().bind(model.snippetDetailProperty());

        Button open = button("Open in editor", "openInEditorButton", model::openInEditor);
        open.disableProperty().bind(Bindings.createBooleanBinding(() -> model.snippet().isEmpty(), model.snippet()));
        Button fix = button("Update location", "fixMoveButton", model::fixMove);
        fix.setTooltip(new javafx.scene.control.Tooltip("Point the location at the lines its reviewed code moved to"));
        fix.visibleProperty().bind(Bindings.createBooleanBinding(() -> isMoved(model.selectedFindingProperty().get()),
                model.selectedFindingProperty()));
        fix.managedProperty().bind(fix.visibleProperty());
        Button review = button("", "markReviewedButton", model::markReviewed);
        review.textProperty().bind(Bindings.createStringBinding(() -> model.hazardToReview()
                        .map(h -> "Mark hazard " + h.number() + "'s code reviewed").orElse("Mark code reviewed"),
                model.selectedFindingProperty(), model.selectedHazardProperty(), model.scopeProperty()));
        review.disableProperty().bind(Bindings.createBooleanBinding(() -> model.hazardToReview().isEmpty(),
                model.selectedFindingProperty(), model.selectedHazardProperty(), model.scopeProperty()));

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, grow, open, fix, review);
        header.setAlignment(Pos.CENTER_LEFT);
        Tab code = new Tab("Code", new SnippetView(model));
        code.setId("codeTab");
        Tab changes = new Tab("Changes since review", new DiffView(model));
        changes.setId("diffTab");
        changes.disableProperty().bind(Bindings.isEmpty(model.reviewDiff()));
        TabPane views = new TabPane(code, changes);
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // A location not as reviewed opens on what changed: that is what its reviewer has to judge.
        model.reviewDiff().addListener((javafx.collections.ListChangeListener<DiffLine>) c ->
                views.getSelectionModel().select(model.reviewDiff().isEmpty() ? code : changes));
        VBox.setVgrow(views, Priority.ALWAYS);
        VBox pane = new VBox(6, header, detail, views);
        pane.setPadding(new Insets(8, 10, 8, 10));
        return pane;
    }

    private static boolean isMoved(LocationFinding f) {
        return f != null && f.state() == LocationState.MOVED;
    }

    private Node statusBar() {
        Label message = new Label();
        message.setId("codeMessage");
        message.textProperty().bind(model.messageProperty());
        ProgressIndicator working = new ProgressIndicator();
        working.setId("codeBusy");
        working.setPrefSize(16, 16);
        working.visibleProperty().bind(model.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(12, message, grow, working);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 10, 4, 10));
        return bar;
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }
}
