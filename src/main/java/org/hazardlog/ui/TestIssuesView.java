package org.hazardlog.ui;

import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.ui.TestIssuesModel.Shown;

/**
 * "Test issues": the defects found in testing, with their linked hazards and safety impact. The
 * list on the left, filtered by status; on the right the selected issue (or a new one) to edit,
 * resolve or reopen. Open issues are what section 8 of the safety case lists.
 */
final class TestIssuesView extends SplitPane {

    private final TestIssuesModel model;
    private final TableView<TestIssue> table;
    private boolean restoring;

    TestIssuesView(MainViewModel main) {
        this.model = new TestIssuesModel(main);
        setId("testIssues");
        setOrientation(Orientation.HORIZONTAL);
        this.table = table();
        getItems().setAll(listPart(), formPart());
        setDividerPositions(0.55);
        followSelection();
    }

    TestIssuesModel model() {
        return model;
    }

    private VBox listPart() {
        Label heading = new Label("Test issues");
        heading.getStyleClass().add("my-controls-heading");
        Label count = new Label();
        count.setId("testIssueCount");
        count.getStyleClass().add("field-label");
        count.textProperty().bind(model.count());
        ComboBox<Shown> shown = new ComboBox<>();
        shown.setId("testIssueShown");
        shown.getItems().setAll(Shown.values());
        shown.valueProperty().bindBidirectional(model.shownProperty());
        shown.setAccessibleText("Show open, resolved or all test issues");
        Label shownLabel = new Label("Show");
        shownLabel.setLabelFor(shown);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button add = new Button("New test issue");
        add.setId("newTestIssue");
        add.setAccessibleText("Start a new test issue in the form");
        add.disableProperty().bind(model.mayRecord().not());
        add.setOnAction(e -> {
            if (model.select(null)) {
                restoring = true;
                table.getSelectionModel().clearSelection();
                restoring = false;
            }
        });
        HBox top = new HBox(8, heading, count, gap, shownLabel, shown, add);
        top.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label("Section 8 of the safety case lists the open test issues with their safety impact.");
        note.getStyleClass().add("field-label");
        note.setWrapText(true);
        VBox box = new VBox(8, top, table, note);
        box.setPadding(new Insets(10));
        return box;
    }

    private TableView<TestIssue> table() {
        TableView<TestIssue> t = new TableView<>(model.shownIssues());
        t.setId("testIssueTable");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        VBox.setVgrow(t, Priority.ALWAYS);
        Label empty = new Label("No test issues are recorded, or none has the status shown.");
        empty.setWrapText(true);
        t.setPlaceholder(empty);
        TableColumn<TestIssue, String> id = column("ID", TestIssue::id);
        id.setMinWidth(95);
        id.setMaxWidth(140);
        TableColumn<TestIssue, String> status = column("Status", x -> x.status().label());
        status.setMinWidth(85);
        status.setMaxWidth(100);
        TableColumn<TestIssue, String> title = column("Title", TestIssue::title);
        title.setPrefWidth(260);
        TableColumn<TestIssue, String> hazards = column("Hazards", x -> x.details().hazardList());
        hazards.setMinWidth(85);
        hazards.setMaxWidth(120);
        TableColumn<TestIssue, String> impact = column("Safety impact", x -> x.details().safetyImpact());
        impact.setPrefWidth(260);
        t.getColumns().setAll(java.util.List.of(id, status, title, hazards, impact));
        return t;
    }

    /** The table's selection fills the form; if the user keeps unsaved changes, the selection goes back. */
    private void followSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (restoring || now == null) {
                return;
            }
            if (!model.select(now)) {
                restoring = true;
                if (was == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(was);
                }
                restoring = false;
            }
        });
    }

    private VBox formPart() {
        TextField id = field("testIssueId", "Identifier of the test issue; empty gives the next TI-number");
        id.textProperty().bindBidirectional(model.idProperty());
        // The identifier is fixed once the issue is recorded.
        id.editableProperty().bind(model.isNew().and(model.mayRecord()));
        TextField title = field("testIssueTitle", "Title: one line saying what is wrong");
        title.textProperty().bindBidirectional(model.titleProperty());
        TextField hazards = field("testIssueHazards", "Linked hazard numbers, separated by commas");
        hazards.setPromptText("such as 3, 7");
        hazards.textProperty().bindBidirectional(model.hazardsProperty());
        TextArea description = area("testIssueDescription", "What was found, where and how");
        description.textProperty().bindBidirectional(model.descriptionProperty());
        TextArea impact = area("testIssueImpact", "What the defect means for patient safety");
        impact.textProperty().bindBidirectional(model.safetyImpactProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        row(grid, 0, "ID", id);
        row(grid, 1, "Title", title);
        row(grid, 2, "Linked hazards", hazards);
        row(grid, 3, "Description", description);
        row(grid, 4, "Safety impact", impact);

        Label state = new Label();
        state.setId("testIssueState");
        state.setWrapText(true);
        state.textProperty().bind(model.state());
        Label readOnly = new Label();
        readOnly.setId("testIssueReadOnly");
        readOnly.getStyleClass().add("field-label");
        readOnly.setWrapText(true);
        readOnly.textProperty().bind(model.whyReadOnly());
        readOnly.visibleProperty().bind(model.mayRecord().not());
        readOnly.managedProperty().bind(readOnly.visibleProperty());

        Button save = button("saveTestIssue", "Save", "Save the test issue", model::save);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(model.mayRecord().not());
        Button revert = button("revertTestIssue", "Revert", "Put the form back as the issue is saved", model::revert);
        revert.disableProperty().bind(model.mayRecord().not());
        Button resolve = button("resolveTestIssue", "Resolve\u2026", "Record how the test issue was resolved",
                model::resolve);
        resolve.disableProperty().bind(model.mayResolve().not());
        Button reopen = button("reopenTestIssue", "Reopen\u2026", "Open the resolved test issue again", model::reopen);
        reopen.disableProperty().bind(model.mayReopen().not());
        HBox buttons = new HBox(8, save, revert, resolve, reopen);
        buttons.setAlignment(Pos.CENTER_LEFT);

        for (TextInputControl c : java.util.List.of(title, hazards, description, impact)) {
            c.editableProperty().bind(model.mayRecord());
        }
        VBox box = new VBox(10, grid, state, readOnly, buttons);
        box.setPadding(new Insets(10));
        box.getStyleClass().add("hazard-editor");
        return box;
    }

    private static void row(GridPane grid, int row, String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        label.setLabelFor(field);
        GridPane.setValignment(label, javafx.geometry.VPos.TOP);
        // Level with the first line of the field beside it.
        label.setPadding(new Insets(6, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(field, 1, row);
    }

    private static TextField field(String id, String accessible) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(accessible);
        return f;
    }

    private static TextArea area(String id, String accessible) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setAccessibleText(accessible);
        a.setWrapText(true);
        a.setPrefRowCount(4);
        return a;
    }

    private static Button button(String id, String text, String accessible, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setAccessibleText(accessible);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<TestIssue, String> column(String title, Function<TestIssue, String> value) {
        TableColumn<TestIssue, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                Tooltip tip = empty || item == null || item.isBlank() ? null : new Tooltip(item);
                if (tip != null) {
                    tip.setWrapText(true);
                    tip.setMaxWidth(520);
                }
                setTooltip(tip);
            }
        });
        return c;
    }
}
