package org.hazardlog.ui;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.evidence.ControlVerification;

/** The controls of the hazard being edited: one card each, in order, with add, move and remove. */
final class ControlsEditor extends VBox {

    private final HazardEditorModel model;
    private final ObjectProperty<ControlVerification> evidence;
    private final VBox cards = new VBox(8);

    ControlsEditor(HazardEditorModel model, ObjectProperty<ControlVerification> evidence) {
        this.model = model;
        this.evidence = evidence;
        setId("controlsEditor");
        setSpacing(8);
        MenuButton add = new MenuButton("Add control");
        add.setId("addControlButton");
        for (ControlCategory c : ControlCategory.values()) {
            if (!c.isAssigned()) {
                continue; // only an import makes unassigned controls; a new one starts with its kind
            }
            MenuItem item = new MenuItem(c.label() + " control");
            item.setId("addControl-" + c.name());
            item.setOnAction(e -> model.addControl(c));
            add.getItems().add(item);
        }
        Label empty = new Label("No additional controls yet.");
        empty.getStyleClass().add("field-label");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.controls));
        empty.managedProperty().bind(empty.visibleProperty());
        getChildren().addAll(empty, cards, add);
        RowCards.redrawOnStructuralChange(model.controls, this::redraw);
    }

    private void redraw() {
        cards.getChildren().clear();
        for (int i = 0; i < model.controls.size(); i++) {
            cards.getChildren().add(card(model.controls.get(i), i));
        }
    }

    private Node card(ControlRow row, int index) {
        ComboBox<ControlCategory> category = combo("controlCategory-" + index, "Control category", ControlCategory.values());
        category.valueProperty().bindBidirectional(row.category);
        ComboBox<ControlParty> party = combo("controlParty-" + index, "Responsible party", ControlParty.values());
        party.valueProperty().bindBidirectional(row.party);
        ComboBox<ControlStatus> status = combo("controlStatus-" + index, "Control status", ControlStatus.values());
        status.valueProperty().bindBidirectional(row.status);
        TextArea text = new TextArea();
        text.setId("controlText-" + index);
        text.setAccessibleText("Control " + (index + 1) + " text");
        text.setPromptText("What the control does");
        text.setWrapText(true);
        text.setPrefRowCount(2);
        text.textProperty().bindBidirectional(row.text);
        TextField owner = field("controlOwner-" + index, "Control owner", "Owner", row.owner);
        TextField evidence = field("controlEvidence-" + index, "Evidence link", "Evidence: link, test run, document",
                row.evidence);

        Button up = small("\u2191", "Move control up", () -> model.moveControl(index, index - 1));
        up.setDisable(index == 0);
        Button down = small("\u2193", "Move control down", () -> model.moveControl(index, index + 1));
        down.setDisable(index == model.controls.size() - 1);
        Button remove = small("\u2715", "Remove control", () -> model.removeControl(index));
        remove.setId("removeControl-" + index);
        Label title = new Label("Control " + (index + 1));
        title.getStyleClass().add("card-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(6, title, grow, up, down, remove);
        head.setAlignment(Pos.CENTER_LEFT);

        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        ColumnConstraints third = new ColumnConstraints();
        third.setPercentWidth(33.3);
        g.getColumnConstraints().addAll(third, third, third);
        g.add(category, 0, 0);
        g.add(party, 1, 0);
        g.add(status, 2, 0);
        g.add(text, 0, 1, 3, 1);
        g.add(owner, 0, 2);
        g.add(evidence, 1, 2, 2, 1);
        VBox card = new VBox(6, head, g, new ControlTestsEditor(row, index, this.evidence));
        card.getStyleClass().add("control-card");
        // An imported control without a category waits for triage: say so until one is chosen.
        Label triage = new Label("For triage: imported without a category. Choose Design, Test, Training or"
                + " Business process change.");
        triage.setId("controlTriage-" + index);
        triage.getStyleClass().add("control-triage");
        triage.setWrapText(true);
        triage.visibleProperty().bind(row.category.isEqualTo(ControlCategory.UNASSIGNED));
        triage.managedProperty().bind(triage.visibleProperty());
        card.getChildren().add(1, triage);
        return card;
    }

    @SafeVarargs
    private static <T> ComboBox<T> combo(String id, String accessible, T... values) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().setAll(values);
        c.setId(id);
        c.setAccessibleText(accessible);
        c.setMaxWidth(Double.MAX_VALUE);
        return c;
    }

    private static TextField field(String id, String accessible, String prompt, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(accessible);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static Button small(String text, String accessible, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().addAll("flat", "small");
        b.setAccessibleText(accessible);
        b.setTooltip(new javafx.scene.control.Tooltip(accessible));
        b.setOnAction(e -> action.run());
        return b;
    }
}
