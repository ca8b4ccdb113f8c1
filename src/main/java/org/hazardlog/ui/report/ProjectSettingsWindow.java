package org.hazardlog.ui.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.ProjectSettings.Field;

/**
 * File > Project settings…: the product, the people named in the safety case, the facts of this
 * release and the documents it refers to, in groups on a scrolling form. Kept in the log file, so
 * every copy of the log reports the same product.
 */
final class ProjectSettingsWindow {

    private final Stage stage = new Stage();
    private final ProjectSettingsModel model;
    private final GridPane form = new GridPane();
    private int rows;

    /** The groups of the form, in order; a field no group names is shown under the last one. */
    private static final List<Map.Entry<String, List<Field>>> GROUPS = List.of(
            Map.entry("Product", List.of(Field.PRODUCT, Field.VERSION, Field.MANUFACTURER, Field.INTENDED_USE,
                    Field.INTENDED_USERS)),
            Map.entry("People", List.of(Field.CSO, Field.AUTHOR, Field.REVIEWERS, Field.APPROVER)),
            Map.entry("This release", List.of(Field.LIFECYCLE_PHASE, Field.RELEASE_CONFIGURATION, Field.THIRD_PARTY,
                    Field.PRE_DELIVERY_REVIEW)),
            Map.entry("Documents", List.of(Field.DOCUMENT_REFERENCE, Field.CRMP_REFERENCE, Field.RELATED_DOCUMENTS)));

    private static final Map<Field, String> PROMPTS = Map.of(
            Field.PRODUCT, "WardView ePrescribing",
            Field.VERSION, "3.2.0",
            Field.AUTHOR, "Who writes the safety case report",
            Field.REVIEWERS, "Name (role); name (role)",
            Field.LIFECYCLE_PHASE, "e.g. development, pre-release, live",
            Field.RELEASE_CONFIGURATION, "Version, commit or tag, and the components released",
            Field.THIRD_PARTY, "Each third-party product and how its clinical safety was assessed",
            Field.PRE_DELIVERY_REVIEW, "Results of the review before delivery",
            Field.RELATED_DOCUMENTS, "One document per line");

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
        Set<Field> shown = EnumSet.noneOf(Field.class);
        for (int g = 0; g < GROUPS.size(); g++) {
            List<Field> fields = new ArrayList<>(GROUPS.get(g).getValue());
            if (g == GROUPS.size() - 1) {
                for (Field f : Field.values()) {
                    if (!shown.contains(f) && !fields.contains(f)) {
                        fields.add(f);
                    }
                }
            }
            group(GROUPS.get(g).getKey());
            for (Field f : fields) {
                field(f);
                shown.add(f);
            }
        }
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(460);
        scroll.setId("settingsForm");

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
        VBox root = new VBox(14, scroll, note, problem, buttons);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.setPadding(new Insets(18));
        root.setPrefWidth(640);
        root.setId("projectSettingsWindow");
        Scene scene = new Scene(root);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    private void group(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        heading.setStyle("-fx-font-weight: bold");
        heading.setPadding(new Insets(rows == 0 ? 0 : 10, 0, 0, 0));
        form.add(heading, 0, rows++, 2, 1);
    }

    private void field(Field field) {
        TextInputControl f;
        if (field.multiline()) {
            TextArea area = new TextArea();
            area.setPrefRowCount(3);
            area.setWrapText(true);
            f = area;
        } else {
            f = new TextField();
        }
        f.setId(id(field));
        f.setPromptText(PROMPTS.getOrDefault(field, ""));
        f.setAccessibleText(field.label());
        f.textProperty().bindBidirectional(model.value(field));
        Label l = new Label(field.label());
        l.setLabelFor(f);
        l.setWrapText(true);
        l.setMaxWidth(170);
        form.add(l, 0, rows);
        form.add(f, 1, rows++);
    }

    /** "settings" and the key in camel case: settingsProduct, settingsIntendedUse. */
    static String id(Field field) {
        StringBuilder b = new StringBuilder("settings");
        for (String part : field.key().split("-")) {
            b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return b.toString();
    }

    void show() {
        stage.show();
    }
}
