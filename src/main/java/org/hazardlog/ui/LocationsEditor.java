package org.hazardlog.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The code locations of the hazard being edited: path, optional line range and note. */
final class LocationsEditor extends VBox {

    private final HazardEditorModel model;
    private final VBox rows = new VBox(6);

    LocationsEditor(HazardEditorModel model) {
        this.model = model;
        setId("locationsEditor");
        setSpacing(8);
        Button add = new Button("Add code location");
        add.setId("addLocationButton");
        add.setOnAction(e -> model.addLocation());
        Label hint = new Label("Path or glob relative to the repository root; lines optional.");
        hint.getStyleClass().add("field-label");
        getChildren().addAll(hint, rows, add);
        RowCards.redrawOnStructuralChange(model.locations, this::redraw);
    }

    private void redraw() {
        rows.getChildren().clear();
        for (int i = 0; i < model.locations.size(); i++) {
            rows.getChildren().add(row(model.locations.get(i), i));
        }
    }

    private Node row(LocationRow r, int index) {
        TextField path = field("locationPath-" + index, "Code path", "src/path/File.java", r.path);
        path.getStyleClass().add("monospace");
        HBox.setHgrow(path, Priority.ALWAYS);
        TextField start = field("locationStart-" + index, "Start line", "from", r.startLine);
        start.setPrefColumnCount(4);
        TextField end = field("locationEnd-" + index, "End line", "to", r.endLine);
        end.setPrefColumnCount(4);
        TextField note = field("locationNote-" + index, "Note", "note", r.note);
        note.setPrefColumnCount(12);
        Button remove = new Button("\u2715");
        remove.getStyleClass().addAll("flat", "small");
        remove.setAccessibleText("Remove code location");
        remove.setOnAction(e -> model.removeLocation(index));
        HBox box = new HBox(6, path, start, end, note, remove);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static TextField field(String id, String accessible, String prompt, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(accessible);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        return f;
    }
}
