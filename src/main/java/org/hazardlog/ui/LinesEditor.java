package org.hazardlog.ui;

import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** An editable numbered list of lines, such as the causes of a hazard. */
final class LinesEditor extends VBox {

    LinesEditor(String id, String accessibleText, ObservableList<String> lines, String addLabel) {
        setId(id);
        setSpacing(6);
        ListView<String> list = new ListView<>(lines);
        list.setId(id + "-list");
        list.setAccessibleText(accessibleText);
        list.setEditable(true);
        list.setPrefHeight(110);
        list.setCellFactory(lv -> {
            TextFieldListCell<String> cell = new TextFieldListCell<>(new javafx.util.converter.DefaultStringConverter()) {
                @Override
                public void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    if (!empty && item != null && !isEditing()) {
                        setText((getIndex() + 1) + ". " + item);
                    }
                }
            };
            cell.setWrapText(true);
            // A list cell only wraps when its width is tied to the list's.
            cell.prefWidthProperty().bind(lv.widthProperty().subtract(24));
            cell.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            return cell;
        });
        list.setOnEditCommit(e -> {
            String v = e.getNewValue() == null ? "" : e.getNewValue().strip();
            if (v.isEmpty()) {
                lines.remove(e.getIndex());
            } else {
                lines.set(e.getIndex(), v);
            }
        });
        Button add = new Button(addLabel);
        add.setId(id + "-add");
        add.setOnAction(e -> {
            lines.add("New line: double-click to edit");
            list.getSelectionModel().selectLast();
            list.layout();
            list.edit(lines.size() - 1);
        });
        Button remove = new Button("Remove");
        remove.setId(id + "-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                lines.remove(i);
            }
        });
        getChildren().addAll(list, new HBox(6, add, remove));
    }
}
