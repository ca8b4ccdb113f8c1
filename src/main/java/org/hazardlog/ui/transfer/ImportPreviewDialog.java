package org.hazardlog.ui.transfer;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.ImportPlan;
import org.hazardlog.domain.Hazard;
import org.hazardlog.report.xlsx.ColumnMap;
import org.hazardlog.ui.transfer.ImportPreviewModel.Row;

/**
 * The import preview: a table of the hazards read and what importing does with each, the selected
 * hazard's changes and warnings, and the invalid files with their problems. "Import" is enabled
 * only when the import can go ahead; it runs off the JavaFX thread and the main table is reloaded.
 */
final class ImportPreviewDialog {

    /** Reads the same files again: with a workbook's invalid rows skipped or not, and the column choices as now remembered. */
    interface Rereading {
        ImportPreviewModel read(boolean skipInvalidRows) throws Exception;
    }

    private final Stage stage = new Stage();
    private ImportPreviewModel model;
    private final HazardLogService log;
    private final Runnable reload;
    private final Window owner;
    private final Rereading rereading;

    ImportPreviewDialog(Window owner, ImportPreviewModel model, HazardLogService log, Runnable reload) {
        this(owner, model, log, reload, null);
    }

    ImportPreviewDialog(Window owner, ImportPreviewModel model, HazardLogService log, Runnable reload, Rereading rereading) {
        this.owner = owner;
        this.model = model;
        this.log = log;
        this.reload = reload;
        this.rereading = rereading;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Import hazards");
        Scene scene = new Scene(content(), 1100, 680);
        scene.getStylesheets().add(ImportPreviewDialog.class.getResource("transfer.css").toExternalForm());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            if (model.importingProperty().get()) {
                e.consume(); // the result must be seen; the import cannot be stopped half way anyway
            }
        });
    }

    void show() {
        stage.show();
    }

    Stage stage() {
        return stage;
    }

    private VBox content() {
        Label summary = new Label(model.summary());
        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("import-summary");

        TableView<Row> table = table();
        TextArea details = new TextArea();
        details.setId("importDetails");
        details.setAccessibleText("Details of the selected hazard");
        details.setEditable(false);
        details.setWrapText(true);
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) ->
                details.setText(now == null ? "" : ImportPreviewModel.details(now)));
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().selectFirst();
        }
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.55);
        VBox.setVgrow(split, Priority.ALWAYS);

        VBox root = new VBox(10, summary, split);
        if (!model.columnChoices().isEmpty()) {
            root.getChildren().add(columnChoices());
        }
        if (!model.fileNotesText().isEmpty()) {
            root.getChildren().add(fileNotes());
        }
        if (model.hasBadFiles()) {
            root.getChildren().add(badFiles());
        }
        root.getChildren().add(buttons());
        root.setPadding(new Insets(14));
        return root;
    }

    private TableView<Row> table() {
        TableView<Row> table = new TableView<>(model.rows());
        table.setId("importTable");
        table.setAccessibleText("Hazards to import");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No hazards to import."));
        TableColumn<Row, String> number = column("No.", Row::number);
        number.setComparator(Row.NUMBER_ORDER);
        number.setPrefWidth(64);
        number.setMaxWidth(90);
        TableColumn<Row, String> name = column("Name", Row::name);
        name.setPrefWidth(300);
        TableColumn<Row, Row> action = column("Action", r -> r);
        action.setId("actionColumn");
        action.setPrefWidth(150);
        action.setComparator(Row.REVIEW_ORDER);
        action.setCellFactory(c -> new ActionCell());
        TableColumn<Row, Integer> warnings = column("Warnings", Row::warningCount);
        warnings.setMinWidth(96);
        warnings.setPrefWidth(96);
        table.getColumns().setAll(List.of(number, name, action, warnings));
        return table;
    }

    private static <T> TableColumn<Row, T> column(String title, Function<Row, T> value) {
        TableColumn<Row, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** The action in words, coloured by what it does to the log (transfer.css). */
    private static final class ActionCell extends TableCell<Row, Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("import-create", "import-update", "import-unchanged");
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.actionText());
            getStyleClass().add("import-" + row.action().name().toLowerCase(Locale.ROOT));
        }
    }

    private VBox badFiles() {
        Label heading = new Label("Invalid files (" + model.badFiles().size() + "): not imported");
        heading.getStyleClass().add("bad-files-heading");
        TextArea problems = new TextArea(model.badFilesText());
        problems.setId("badFiles");
        problems.setAccessibleText("Invalid files and their problems");
        problems.setEditable(false);
        problems.setPrefRowCount(Math.min(6, model.badFiles().size() * 2));
        heading.setLabelFor(problems);
        return new VBox(4, heading, problems);
    }

    /**
     * Each workbook column HazardLog does not know (or that was mapped before), with a choice of
     * field: a choice is remembered for workbooks laid out the same way and the files are read again.
     */
    private VBox columnChoices() {
        Label heading = new Label("Workbook columns HazardLog does not know: choose what each one is, or leave it out");
        heading.getStyleClass().add("column-choices-heading");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        List<ImportPreviewModel.ColumnChoice> choices = model.columnChoices();
        for (int i = 0; i < choices.size(); i++) {
            ImportPreviewModel.ColumnChoice c = choices.get(i);
            Label name = new Label(c.label());
            ComboBox<String> field = new ComboBox<>(FXCollections.observableArrayList(ImportPreviewModel.columnFields()));
            field.setId("columnChoice-" + i);
            field.setPromptText("Not imported");
            field.setAccessibleText("Field for the column " + c.label());
            field.setValue(c.chosen());
            name.setLabelFor(field);
            field.setDisable(rereading == null);
            field.valueProperty().addListener((obs, was, now) -> {
                if (now != null && !now.equals(c.chosen())) {
                    RememberedColumnMaps.remember(c.layout(), c.header(),
                            now.equals(ImportPreviewModel.IGNORE) ? ColumnMap.IGNORE : now);
                    reread(model.skipInvalidProperty().get());
                }
            });
            grid.addRow(i, name, field);
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(5, choices.size()) * 30);
        return new VBox(4, heading, scroll);
    }

    private VBox fileNotes() {
        Label heading = new Label("About the files as a whole");
        TextArea notes = new TextArea(model.fileNotesText());
        notes.setId("fileNotes");
        notes.setAccessibleText("Notes about the files as a whole");
        notes.setEditable(false);
        notes.setWrapText(true);
        notes.setPrefRowCount(3);
        heading.setLabelFor(notes);
        return new VBox(4, heading, notes);
    }

    /** Reads the files again and shows the new preview in this window. */
    private void reread(boolean skipInvalidRows) {
        if (rereading == null) {
            return;
        }
        stage.getScene().getRoot().setDisable(true);
        Background.run(stage, () -> rereading.read(skipInvalidRows), (ImportPreviewModel next) -> {
            model = next;
            model.skipInvalidProperty().set(skipInvalidRows);
            stage.getScene().setRoot(content());
        }, error -> {
            stage.getScene().getRoot().setDisable(false);
            Alerts.error(stage, "Cannot read the files again", Alerts.describe(error));
        });
    }

    private HBox buttons() {
        boolean rows = model.hasBadWorkbooks() || model.rowsSkipped();
        CheckBox skip = new CheckBox(rows ? "Skip invalid files and workbook rows (import the others)"
                : "Skip invalid files (import the others)");
        skip.setId("skipInvalid");
        skip.selectedProperty().bindBidirectional(model.skipInvalidProperty());
        boolean show = model.hasBadFiles() || model.rowsSkipped();
        skip.setVisible(show);
        skip.setManaged(show);
        if (rows && rereading != null) {
            // A workbook is many hazards: skipping skips its invalid rows, which needs the workbook read again.
            skip.selectedProperty().addListener((obs, was, now) -> reread(now));
        }
        skip.disableProperty().bind(model.importingProperty());

        CheckBox removals = new CheckBox("Remove controls with recorded work");
        removals.setId("allowRemovals");
        removals.selectedProperty().bindBidirectional(model.allowRemovalsProperty());
        removals.setVisible(model.removesWork());
        removals.setManaged(model.removesWork());
        removals.disableProperty().bind(model.importingProperty());
        if (model.removesWork()) {
            Tooltip tip = new Tooltip("The files no longer have these controls, on which work was recorded:\n"
                    + model.removalsText());
            removals.setTooltip(tip);
        }

        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("importProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.importingProperty());

        Button cancel = new Button("Cancel");
        cancel.setId("cancelImport");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(model.importingProperty());
        cancel.setOnAction(e -> stage.close());

        Button importButton = new Button("Import");
        importButton.setId("importButton");
        importButton.setDefaultButton(true);
        importButton.disableProperty().bind(model.canImportProperty().not());
        importButton.setOnAction(e -> runImport());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, skip, removals, grow, progress, cancel, importButton);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void runImport() {
        if (!model.canImportProperty().get()) {
            return;
        }
        List<Hazard> hazards = model.hazardsToImport();
        int invalid = model.badFiles().size();
        model.setImporting(true);
        Background.run(stage, () -> log.importHazards(hazards, model.plan(), model.allowRemovalsProperty().get()), (ImportPlan done) -> {
            model.setImporting(false);
            stage.close();
            reload.run();
            Alerts.info(owner, "Import finished", ImportPreviewModel.resultText(done, invalid));
        }, error -> {
            model.setImporting(false);
            Alerts.error(stage, "Nothing imported", Alerts.describe(error)
                    + "\n\nThe import is all or nothing, so the log is as it was.");
        });
    }
}
