package org.hazardlog.ui.report;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.hazardlog.app.HazardLogService;

/** File > Reports…: choose a document, version, templates and file; write it with a progress bar; open it. */
final class ReportsWindow {

    /** One background thread for all report writing: documents are written one at a time. */
    private static final ExecutorService WRITER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-writer");
        t.setDaemon(true);
        return t;
    });

    private final Stage stage = new Stage();
    private final ReportsModel model;

    ReportsWindow(Window owner, HazardLogService log) {
        model = new ReportsModel(log, WRITER, this::open);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Reports");

        ChoiceBox<ReportDocument> document = new ChoiceBox<>();
        document.getItems().setAll(ReportDocument.values());
        document.valueProperty().bindBidirectional(model.document);
        document.setId("reportDocument");
        document.setAccessibleText("Document");

        ChoiceBox<String> version = new ChoiceBox<>();
        version.getItems().setAll(model.versionChoices());
        version.valueProperty().bindBidirectional(model.version);
        version.setId("reportVersion");
        version.setAccessibleText("Version of the hazard log");

        TextField templates = new TextField();
        templates.setId("reportTemplates");
        templates.setPromptText("Built-in templates");
        templates.textProperty().bindBidirectional(model.templateFolder);
        templates.disableProperty().bind(model.document.map(d -> !d.usesTemplates()));
        Button chooseTemplates = new Button("Choose\u2026");
        chooseTemplates.setId("chooseTemplates");
        chooseTemplates.disableProperty().bind(templates.disableProperty());
        chooseTemplates.setOnAction(e -> chooseTemplateFolder());

        TextField output = new TextField();
        output.setId("reportOutput");
        output.textProperty().bindBidirectional(model.outputFile);
        output.setText(model.suggestedOutput().toString());
        model.document.addListener((obs, was, now) -> {
            // Follow the document's type unless the user named a file of their own.
            if (output.getText().isBlank() || output.getText().equals(model.suggestedOutputFor(was).toString())) {
                output.setText(model.suggestedOutput().toString());
            }
        });
        Button chooseOutput = new Button("Choose\u2026");
        chooseOutput.setId("chooseOutput");
        chooseOutput.setOnAction(e -> chooseOutputFile());

        CheckBox open = new CheckBox("Open the document when it is written");
        open.setId("reportOpenWhenDone");
        open.selectedProperty().bindBidirectional(model.openWhenDone);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        form.getColumnConstraints().addAll(new ColumnConstraints(), grow(), new ColumnConstraints());
        row(form, 0, "Document", document, null);
        row(form, 1, "Version", version, null);
        row(form, 2, "Templates", templates, chooseTemplates);
        row(form, 3, "Save as", output, chooseOutput);
        form.add(open, 1, 4, 2, 1);

        ProgressBar progress = new ProgressBar();
        progress.setId("reportProgress");
        progress.progressProperty().bind(model.progress);
        progress.setMaxWidth(Double.MAX_VALUE);
        Label message = new Label();
        message.setId("reportMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.message);

        Button write = new Button("Write document");
        write.setId("writeReport");
        write.setDefaultButton(true);
        write.disableProperty().bind(model.running);
        write.setOnAction(e -> model.export());
        Button close = new Button("Close");
        close.setId("closeReports");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Button approve = new Button("Approve safety case\u2026");
        approve.setId("approveCscr");
        Label whyNot = new Label();
        whyNot.setId("approveCscrReason");
        whyNot.setWrapText(true);
        whyNot.getStyleClass().add("field-label");
        javafx.beans.binding.StringBinding reason = javafx.beans.binding.Bindings.createStringBinding(
                () -> model.whyNotApprove().orElse(""), model.version);
        whyNot.textProperty().bind(reason);
        whyNot.visibleProperty().bind(reason.isNotEmpty());
        whyNot.managedProperty().bind(whyNot.visibleProperty());
        approve.disableProperty().bind(reason.isNotEmpty().or(model.running));
        approve.setOnAction(e -> approveChosen());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, approve, spacer, write, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label note = new Label("Documents show the hazards as saved in the log; unsaved edits are not included.");
        note.getStyleClass().add("field-label");
        note.setWrapText(true);
        VBox root = new VBox(14, form, note, progress, message, buttons, whyNot);
        root.setPadding(new Insets(18));
        root.setPrefWidth(640);
        root.setId("reportsWindow");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        return c;
    }

    private static void row(GridPane form, int r, String text, javafx.scene.Node field, javafx.scene.Node button) {
        Label label = new Label(text);
        label.setLabelFor(field);
        form.add(label, 0, r);
        form.add(field, 1, r);
        if (button != null) {
            form.add(button, 2, r);
        }
        if (field instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
    }

    void show() {
        stage.show();
    }

    private void approveChosen() {
        try {
            new CscrApprovalWindow(stage, model.approval()).show();
        } catch (org.hazardlog.report.ReportException | org.hazardlog.domain.InvalidValueException
                 | org.hazardlog.store.HazardLogUnavailableException e) {
            // A template folder or a version that cannot be read: said in the window, not thrown.
            model.message.set("Cannot approve the safety case: " + e.getMessage());
        }
    }

    private void chooseTemplateFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder of safety case templates");
        File chosen = chooser.showDialog(stage);
        if (chosen != null) {
            model.templateFolder.set(chosen.getPath());
        }
    }

    private void chooseOutputFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save " + model.document.get());
        Path current = Path.of(model.outputFile.get().isBlank() ? model.suggestedOutput().toString() : model.outputFile.get());
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        String ext = model.document.get().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(model.document.get().toString(), "*." + ext));
        File chosen = chooser.showSaveDialog(stage);
        if (chosen != null) {
            model.outputFile.set(chosen.getPath());
        }
    }

    private void open(Path file) {
        DesktopOpener.open(file, failure -> Platform.runLater(() -> model.message.set("Wrote " + file + ", but " + failure)));
    }
}
