package org.hazardlog.ui;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.TestKind;
import org.hazardlog.domain.TestLink;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.domain.evidence.LinkResult;
import org.hazardlog.domain.evidence.Verification;

/**
 * The tests linked to one control, in its card: each with its kind and its result in the latest
 * evidence run (as long as the control is unchanged since), and a row to add or remove a link.
 */
final class ControlTestsEditor extends VBox {

    private final ControlRow row;
    private final ObjectProperty<ControlVerification> evidence;
    private final Label state = new Label();

    ControlTestsEditor(ControlRow row, int index, ObjectProperty<ControlVerification> evidence) {
        this.row = row;
        this.evidence = evidence;
        setSpacing(4);
        ListView<TestLink> list = new ListView<>(row.tests);
        list.setId("controlTests-" + index);
        list.setAccessibleText("Tests linked to control " + (index + 1));
        list.setPrefHeight(24 * 3 + 2);
        list.setPlaceholder(new Label("No linked tests"));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TestLink t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.pattern() + "  (" + t.kind().word() + lastResult(getIndex()) + ")");
            }
        });
        TextField pattern = new TextField();
        pattern.setId("testPattern-" + index);
        pattern.setAccessibleText("Test id or pattern to link, such as tests/test_ehr.py::test_* or org.acme.EhrTest#*");
        pattern.setPromptText("Test id or pattern: tests/test_ehr.py::test_*, org.acme.EhrTest#*");
        HBox.setHgrow(pattern, Priority.ALWAYS);
        ComboBox<TestKind> kind = new ComboBox<>();
        kind.getItems().setAll(TestKind.values());
        kind.setValue(TestKind.IMPLEMENTATION);
        kind.setId("testKind-" + index);
        kind.setAccessibleText("What the test shows: implementation or effectiveness");
        Label problem = new Label();
        problem.getStyleClass().add("field-problem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Button add = new Button("Link test");
        add.setId("addTest-" + index);
        add.setOnAction(e -> {
            try {
                TestLink link = new TestLink(pattern.getText(), kind.getValue());
                if (row.tests.stream().anyMatch(t -> t.pattern().equals(link.pattern()))) {
                    problem.setText("This control already links " + link.pattern() + ".");
                    return;
                }
                row.tests.add(link);
                pattern.clear();
                problem.setText("");
            } catch (InvalidValueException ex) {
                problem.setText(Character.toUpperCase(ex.getMessage().charAt(0)) + ex.getMessage().substring(1) + ".");
            }
        });
        Button remove = new Button("Remove");
        remove.setId("removeTest-" + index);
        remove.setAccessibleText("Remove the selected test link");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> row.tests.remove(list.getSelectionModel().getSelectedItem()));
        HBox entry = new HBox(6, pattern, kind, add, remove);
        entry.setAlignment(Pos.CENTER_LEFT);
        state.setId("controlEvidence-state-" + index);
        Label title = new Label("Tests");
        title.getStyleClass().add("field-label");
        HBox header = new HBox(8, title, state);
        header.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(header, list, entry, problem);
        evidence.addListener((o, was, now) -> {
            refreshState();
            list.refresh();
        });
        row.tests.addListener((javafx.collections.ListChangeListener<TestLink>) c -> refreshState());
        row.text.addListener((o, was, now) -> refreshState());
        refreshState();
    }

    private void refreshState() {
        Verification v = current().map(c -> evidence.get().of(c)).orElse(Verification.NONE);
        state.getStyleClass().removeIf(s -> s.startsWith("evidence-"));
        state.getStyleClass().add("evidence-" + v.word());
        state.setText(row.tests.isEmpty() ? "" : "Latest run: " + v.label().toLowerCase(java.util.Locale.ROOT));
    }

    private String lastResult(int position) {
        List<LinkResult> results = current().map(c -> evidence.get().resultsOf(c)).orElse(List.of());
        return position >= 0 && position < results.size() ? ", last run: " + results.get(position).outcome().word() : "";
    }

    /** The control as the card shows it now, or nothing while it is not valid (an empty text). */
    private java.util.Optional<Control> current() {
        try {
            return java.util.Optional.of(row.toControl());
        } catch (InvalidValueException | NullPointerException e) {
            return java.util.Optional.empty();
        }
    }
}
