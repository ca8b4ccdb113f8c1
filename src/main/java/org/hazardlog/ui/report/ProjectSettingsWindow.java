package org.hazardlog.ui.report;

import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.hazardlog.app.HazardLogService;

/**
 * File > Project settings…: the product, its version and the people named in the safety case.
 * Kept in the log file, so every copy of the log reports the same product.
 */
final class ProjectSettingsWindow {

    private final Stage stage = new Stage();
    private final ProjectSettingsModel model;
    private final GridPane form = new GridPane();
    private int rows;

    ProjectSettingsWindow(Window owner, HazardLogService log) {
        model = new ProjectSettingsModel(log);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Project settings");

        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(new ColumnConstraints(), wide);
        field("Product name", model.product, "settingsProduct", "WardView ePrescribing");
        field("Product version", model.version, "settingsVersion", "3.2.0");
        field("Manufacturer", model.manufacturer, "settingsManufacturer", "");
        field("Clinical Safety Officer", model.cso, "settingsCso", "");
        field("Author", model.author, "settingsAuthor", "Who writes the safety case report");
        field("Reviewers", model.reviewers, "settingsReviewers", "Names, separated by semicolons");
        field("Approver", model.approver, "settingsApprover", "");

        Label problem = new Label();
        problem.setId("settingsProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problem);

        Button save = new Button("Save");
        save.setId("saveSettings");
        save.setDefaultButton(true);
        save.setOnAction(e -> {
            if (model.save()) {
                stage.close();
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("cancelSettings");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        Label note = new Label("These values fill the document control block and the {{placeholders}} of the report templates.");
        note.getStyleClass().add("field-label");
        note.setWrapText(true);
        VBox root = new VBox(14, form, note, problem, buttons);
        root.setPadding(new Insets(18));
        root.setPrefWidth(560);
        root.setId("projectSettingsWindow");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    private void field(String label, StringProperty value, String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setAccessibleText(label);
        f.textProperty().bindBidirectional(value);
        Label l = new Label(label);
        l.setLabelFor(f);
        form.add(l, 0, rows);
        form.add(f, 1, rows++);
    }

    void show() {
        stage.show();
    }
}
