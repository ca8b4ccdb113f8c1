package org.hazardlog.ui;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.TestLink;

/** One control being edited; keeps the stored id so the save updates the same control. */
final class ControlRow {

    final Long id;
    final ObjectProperty<ControlCategory> category;
    final ObjectProperty<ControlParty> party;
    final StringProperty text;
    final ObjectProperty<ControlStatus> status;
    final StringProperty owner;
    final StringProperty evidence;
    final ObservableList<TestLink> tests;

    ControlRow(Control c) {
        id = c.id();
        category = new SimpleObjectProperty<>(c.category());
        party = new SimpleObjectProperty<>(c.party());
        text = new SimpleStringProperty(c.text());
        status = new SimpleObjectProperty<>(c.status());
        owner = new SimpleStringProperty(c.owner());
        evidence = new SimpleStringProperty(c.evidence());
        tests = FXCollections.observableArrayList(c.tests());
    }

    static ControlRow blank(ControlCategory category) {
        ControlRow r = new ControlRow(Control.proposed(category, "new control"));
        r.text.set("");
        return r;
    }

    Control toControl() {
        return new Control(id, category.get(), party.get(), text.get(), status.get(), owner.get(), evidence.get(),
                List.copyOf(tests));
    }
}
