package org.hazardlog.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.ui.MyControlsModel.Row;

/**
 * "My controls": every control owned by the person at the keyboard, across all hazards, with its
 * status and evidence changed in place; below, the controls nobody owns yet, from which an engineer
 * takes their work with "Assign to me". This is where an engineer spends their time.
 */
final class MyControlsView extends SplitPane {

    private final MyControlsModel model;

    MyControlsView(MainViewModel main) {
        this.model = new MyControlsModel(main);
        setId("myControls");
        setOrientation(Orientation.VERTICAL);
        getItems().setAll(ownedPart(), unownedPart());
        setDividerPositions(0.4);
    }

    private VBox ownedPart() {
        TextField owner = new TextField();
        owner.setId("currentUser");
        owner.setAccessibleText("Owner whose controls are listed; at first, whoever is working");
        owner.setPrefColumnCount(18);
        owner.textProperty().bindBidirectional(model.ownerProperty());
        Label intro = heading("Controls owned by");
        intro.setLabelFor(owner);
        Label count = new Label();
        count.setId("myControlsCount");
        count.getStyleClass().add("field-label");
        count.textProperty().bind(model.ownedCount());
        HBox top = new HBox(8, intro, owner, count);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<Row> table = table("myControlsTable", model.owned());
        table.editableProperty().bind(model.main().accountability().may(Permission.RECORD_CONTROL_PROGRESS));
        Label empty = new Label();
        empty.setId("myControlsEmpty");
        empty.textProperty().bind(Bindings.when(model.mayAssign())
                .then("No controls are owned by this name yet. Controls without an owner are listed below: "
                        + "select one and press Assign to me.")
                .otherwise("No controls are owned by this name."));
        empty.setWrapText(true);
        empty.setMaxWidth(520);
        table.setPlaceholder(empty);
        TableColumn<Row, ControlStatus> status = column("Status", r -> r.control().status());
        status.setId("myControlStatusColumn");
        status.setCellFactory(ComboBoxTableCell.forTableColumn(ControlStatus.values()));
        status.setEditable(true);
        status.setOnEditCommit(e -> model.main().changeControl(e.getRowValue().hazard(),
                e.getRowValue().control().withStatus(e.getNewValue())));
        status.setMinWidth(170);
        status.setPrefWidth(170);
        TableColumn<Row, String> evidence = column("Evidence", r -> r.control().evidence());
        evidence.setCellFactory(TextFieldTableCell.forTableColumn());
        evidence.setEditable(true);
        evidence.setPrefWidth(220);
        evidence.setOnEditCommit(e -> {
            Control c = e.getRowValue().control();
            model.main().changeControl(e.getRowValue().hazard(), new Control(c.id(), c.category(), c.party(),
                    c.text(), c.status(), c.owner(), e.getNewValue(), c.tests()));
        });
        List<TableColumn<Row, ?>> columns = new ArrayList<>(controlColumns());
        columns.add(status);
        columns.add(evidence);
        columns.add(testsColumn());
        table.getColumns().setAll(columns);
        model.main().evidenceProperty().addListener((o, was, now) -> table.refresh());
        return part(top, table);
    }

    private VBox unownedPart() {
        ComboBox<ControlCategory> category = choice("unownedCategory", "All categories", ControlCategory.values(),
                model.categoryProperty());
        category.setAccessibleText("Show controls without an owner of this category");
        ComboBox<ControlParty> party = choice("unownedParty", "Both parties", ControlParty.values(),
                model.partyProperty());
        party.setAccessibleText("Show controls without an owner carried out by this party");
        Label count = new Label();
        count.setId("unownedCount");
        count.getStyleClass().add("field-label");
        count.textProperty().bind(model.unownedCount());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label categoryLabel = new Label("Category");
        categoryLabel.setLabelFor(category);
        Label partyLabel = new Label("Party");
        partyLabel.setLabelFor(party);
        HBox top = new HBox(8, heading("Controls without an owner"), count, gap, categoryLabel, category,
                partyLabel, party);
        top.setAlignment(Pos.CENTER_LEFT);

        TableView<Row> table = table("unownedTable", model.unowned());
        Label empty = new Label("Every control has an owner, or none matches the category and party chosen.");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        List<TableColumn<Row, ?>> columns = new ArrayList<>(controlColumns());
        TableColumn<Row, String> unownedStatus = column("Status", r -> r.control().status().label());
        unownedStatus.setMinWidth(130);
        unownedStatus.setPrefWidth(150);
        columns.add(unownedStatus);
        table.getColumns().setAll(columns);
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && model.mayAssign().get()) {
                    assign(table);
                }
            });
            return row;
        });

        Button assign = new Button("Assign to me");
        assign.setId("assignToMe");
        assign.getStyleClass().add(Styles.ACCENT);
        assign.setAccessibleText("Make the person working the owner of the selected control");
        assign.disableProperty().bind(model.mayAssign().not()
                .or(table.getSelectionModel().selectedItemProperty().isNull()));
        assign.setOnAction(e -> assign(table));
        // A disabled button receives no mouse events, so the tooltip explaining why sits on a holder around it.
        StackPane holder = new StackPane(assign);
        holder.setId("assignToMeHolder");
        StringBinding help = model.assignHelp(table.getSelectionModel().selectedItemProperty());
        Tooltip why = new Tooltip();
        why.setId("assignToMeTooltip");
        why.setWrapText(true);
        why.setMaxWidth(420);
        why.textProperty().bind(help);
        Tooltip.install(holder, why);
        Label hint = new Label();
        hint.setId("assignToMeHint");
        hint.getStyleClass().add("field-label");
        hint.setWrapText(true);
        hint.textProperty().bind(help);
        HBox bottom = new HBox(10, holder, hint);
        bottom.setAlignment(Pos.CENTER_LEFT);
        return part(top, table, bottom);
    }

    private void assign(TableView<Row> table) {
        int index = table.getSelectionModel().getSelectedIndex();
        if (model.assignToMe(table.getSelectionModel().getSelectedItem()) && !table.getItems().isEmpty()) {
            // The taken control has left the list; the one after it is ready to be taken next.
            table.getSelectionModel().select(Math.min(index, table.getItems().size() - 1));
        }
    }

    /** The control's verification from the latest evidence run: failing and missing stand out. */
    private TableColumn<Row, String> testsColumn() {
        TableColumn<Row, String> tests = column("Tests", r -> r.control().tests().isEmpty() ? ""
                : model.main().evidenceProperty().get().of(r.control()).label());
        tests.setId("testsColumn");
        tests.setMinWidth(100);
        tests.setPrefWidth(110);
        tests.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeIf(s -> s.startsWith("evidence-"));
                setText(empty ? null : item);
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && !row.control().tests().isEmpty()) {
                    getStyleClass().add("evidence-" + model.main().evidenceProperty().get().of(row.control()).word());
                    setTooltip(new Tooltip(row.control().tests().stream().map(Object::toString)
                            .collect(java.util.stream.Collectors.joining("\n"))));
                } else {
                    setTooltip(null);
                }
            }
        });
        return tests;
    }

    /** The columns that say which control this is: hazard, category, party and text. */
    private static List<TableColumn<Row, ?>> controlColumns() {
        TableColumn<Row, Integer> number = column("Hazard", r -> r.hazard().number());
        number.setMinWidth(80);
        number.setPrefWidth(80);
        number.setMaxWidth(90);
        TableColumn<Row, String> hazardName = withFullTextTip(column("Hazard name", r -> r.hazard().name()));
        hazardName.setPrefWidth(230);
        TableColumn<Row, String> category = column("Category", r -> r.control().category().label());
        category.setMinWidth(110);
        category.setPrefWidth(120);
        TableColumn<Row, String> party = column("Party", r -> r.control().party().label());
        party.setMinWidth(110);
        party.setPrefWidth(130);
        TableColumn<Row, String> text = withFullTextTip(column("Control", r -> r.control().text()));
        text.setPrefWidth(480);
        return List.of(number, hazardName, category, party, text);
    }

    /** Long names and control texts are cut to fit the column; hovering shows them whole. */
    private static TableColumn<Row, String> withFullTextTip(TableColumn<Row, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isBlank() ? null : wrapped(item));
            }
        });
        return column;
    }

    private static Tooltip wrapped(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(520);
        return tip;
    }

    private static <T> TableColumn<Row, T> column(String title, Function<Row, T> value) {
        TableColumn<Row, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setEditable(false);
        return c;
    }

    private static TableView<Row> table(String id, javafx.collections.ObservableList<Row> rows) {
        TableView<Row> table = new TableView<>(rows);
        table.setId(id);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    /** A drop-down of the values with a first entry, shown for null, that lets every value through. */
    private static <T> ComboBox<T> choice(String id, String all, T[] values, ObjectProperty<T> chosen) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        Function<T, String> label = v -> v == null ? all : v.toString();
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : label.apply(item));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        box.setPromptText(all);
        box.valueProperty().bindBidirectional(chosen);
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("my-controls-heading");
        return l;
    }

    private static VBox part(javafx.scene.Node... children) {
        VBox box = new VBox(8, children);
        box.setPadding(new Insets(10));
        return box;
    }
}
