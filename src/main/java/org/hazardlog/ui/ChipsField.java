package org.hazardlog.ui;

import java.util.List;
import java.util.function.Supplier;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A list of short names shown as removable chips, with a box that suggests known names and
 * accepts new ones (hazard types: a taxonomy, plus whatever teams write themselves).
 */
final class ChipsField extends VBox {

    private final ObservableList<String> values;
    private final FlowPane chips = new FlowPane(6, 6);
    private final ComboBox<String> entry = new ComboBox<>();

    ChipsField(String id, String accessibleText, ObservableList<String> values, Supplier<List<String>> suggestions) {
        this.values = values;
        setId(id);
        setSpacing(6);
        entry.setId(id + "-entry");
        entry.setEditable(true);
        entry.setPromptText("Add a type (Enter)");
        entry.setAccessibleText(accessibleText);
        entry.setMaxWidth(Double.MAX_VALUE);
        entry.setOnShowing(e -> entry.getItems().setAll(suggestions.get().stream()
                .filter(s -> !values.contains(s)).toList()));
        entry.setOnAction(e -> add(entry.getEditor().getText()));
        Button add = new Button("Add");
        add.setId(id + "-add");
        add.setOnAction(e -> add(entry.getEditor().getText()));
        HBox row = new HBox(6, entry, add);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(chips, row);
        values.addListener((ListChangeListener<String>) c -> redraw());
        redraw();
    }

    private void add(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.isEmpty() && !values.contains(t)) {
            values.add(t);
        }
        entry.getEditor().clear();
        entry.setValue(null);
    }

    private void redraw() {
        chips.getChildren().clear();
        for (String v : values) {
            Label name = new Label(v);
            Button remove = new Button("\u00d7");
            remove.getStyleClass().addAll("chip-remove", "flat");
            remove.setAccessibleText("Remove " + v);
            remove.setOnAction(e -> values.remove(v));
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("chip");
            chips.getChildren().add(chip);
        }
    }
}
