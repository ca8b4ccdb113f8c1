package org.hazardlog.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.access.Permission;

/**
 * "My controls": every control owned by the person at the keyboard, across all hazards, with its
 * status and evidence changed in place. This is where an engineer spends their time.
 */
final class MyControlsView extends VBox {

    /** One control with the hazard it belongs to. */
    record Row(Hazard hazard, Control control) {
    }

    private final MainViewModel model;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final TextField user = new TextField();

    MyControlsView(MainViewModel model) {
        this.model = model;
        setId("myControls");
        setSpacing(8);
        setPadding(new Insets(10));
        user.setId("currentUser");
        user.setAccessibleText("Your name, as written in control owners");
        // Follows who is working, but typing another owner's name only filters: it does not change who is working.
        user.setText(model.currentUserProperty().get());
        model.currentUserProperty().addListener((o, was, now) -> user.setText(now));
        user.setPrefColumnCount(18);
        Label intro = new Label("Controls owned by");
        Label count = new Label();
        count.setId("myControlsCount");
        count.getStyleClass().add("field-label");
        count.textProperty().bind(javafx.beans.binding.Bindings.size(rows).asString("%d controls"));
        HBox top = new HBox(8, intro, user, count);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<Row> table = new TableView<>(rows);
        table.setId("myControlsTable");
        table.editableProperty().bind(model.accountability().may(Permission.RECORD_CONTROL_PROGRESS));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No controls are owned by this name. Owners are set on each control in the editor."));
        TableColumn<Row, Integer> number = new TableColumn<>("Hazard");
        number.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().hazard().number()));
        number.setMaxWidth(80);
        TableColumn<Row, String> hazardName = new TableColumn<>("Hazard name");
        hazardName.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().hazard().name()));
        TableColumn<Row, String> category = new TableColumn<>("Category");
        category.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().control().category().label()));
        TableColumn<Row, String> text = new TableColumn<>("Control");
        text.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().control().text()));
        TableColumn<Row, ControlStatus> status = new TableColumn<>("Status");
        status.setId("myControlStatusColumn");
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().control().status()));
        status.setCellFactory(ComboBoxTableCell.forTableColumn(ControlStatus.values()));
        status.setEditable(true);
        status.setOnEditCommit(e -> model.changeControl(e.getRowValue().hazard(),
                e.getRowValue().control().withStatus(e.getNewValue())));
        status.setMinWidth(170);
        TableColumn<Row, String> evidence = new TableColumn<>("Evidence");
        evidence.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().control().evidence()));
        evidence.setCellFactory(TextFieldTableCell.forTableColumn());
        evidence.setEditable(true);
        evidence.setOnEditCommit(e -> {
            Control c = e.getRowValue().control();
            model.changeControl(e.getRowValue().hazard(), new Control(c.id(), c.category(), c.party(), c.text(),
                    c.status(), c.owner(), e.getNewValue()));
        });
        table.getColumns().setAll(List.of(number, hazardName, category, text, status, evidence));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(top, table);

        model.hazards().addListener((ListChangeListener<Hazard>) c -> refresh());
        user.textProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private void refresh() {
        String me = user.getText() == null ? "" : user.getText().strip();
        List<Row> mine = new ArrayList<>();
        if (!me.isEmpty()) {
            for (Hazard h : model.hazards()) {
                for (Control c : h.controls()) {
                    if (c.owner().equalsIgnoreCase(me)) {
                        mine.add(new Row(h, c));
                    }
                }
            }
        }
        rows.setAll(mine);
    }
}
