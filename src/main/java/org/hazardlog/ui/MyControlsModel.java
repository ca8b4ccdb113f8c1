package org.hazardlog.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.access.Actor;
import org.hazardlog.domain.access.Permission;

/**
 * What "My controls" shows: the controls of one owner, and the controls nobody owns yet (the usual
 * state after an import) filtered by category and party, from which the person working takes one.
 */
final class MyControlsModel {

    /** One control with the hazard it belongs to. */
    record Row(Hazard hazard, Control control) {
    }

    private final MainViewModel main;
    private final StringProperty owner = new SimpleStringProperty("");
    private final ObservableList<Row> owned = FXCollections.observableArrayList();
    private final ObservableList<Row> unowned = FXCollections.observableArrayList();
    private final FilteredList<Row> shownUnowned = new FilteredList<>(unowned);
    /** Null shows every category. */
    private final ObjectProperty<ControlCategory> category = new SimpleObjectProperty<>();
    /** Null shows both parties. */
    private final ObjectProperty<ControlParty> party = new SimpleObjectProperty<>();
    private final BooleanBinding mayAssign;
    private final StringBinding whyNotAssign;

    MyControlsModel(MainViewModel main) {
        this.main = main;
        // Follows who is working; typing another owner's name only filters, it does not change who is working.
        owner.set(orEmpty(main.currentUserProperty().get()));
        main.currentUserProperty().addListener((o, was, now) -> owner.set(orEmpty(now)));
        main.hazards().addListener((ListChangeListener<Hazard>) c -> refresh());
        owner.addListener((o, was, now) -> refresh());
        category.addListener((o, was, now) -> filter());
        party.addListener((o, was, now) -> filter());
        mayAssign = main.accountability().may(Permission.RECORD_CONTROL_PROGRESS);
        whyNotAssign = Bindings.createStringBinding(this::whyNot, mayAssign,
                main.accountability().actorProperty(), main.logProperty());
        refresh();
    }

    /** Takes the control for the person working; false (with a message shown) if it was refused. */
    boolean assignToMe(Row row) {
        return row != null && main.assignToMe(row.hazard(), row.control());
    }

    private void refresh() {
        String name = owner.get() == null ? "" : owner.get().strip();
        List<Row> mine = new ArrayList<>();
        List<Row> nobodys = new ArrayList<>();
        for (Hazard h : main.hazards()) {
            for (Control c : h.controls()) {
                if (c.owner().isBlank()) {
                    nobodys.add(new Row(h, c));
                } else if (!name.isEmpty() && c.owner().equalsIgnoreCase(name)) {
                    mine.add(new Row(h, c));
                }
            }
        }
        owned.setAll(mine);
        unowned.setAll(nobodys);
    }

    private void filter() {
        ControlCategory cat = category.get();
        ControlParty who = party.get();
        shownUnowned.setPredicate(r -> (cat == null || r.control().category() == cat)
                && (who == null || r.control().party() == who));
    }

    /** Why "Assign to me" is not available to the person working, or "" when it is. */
    private String whyNot() {
        if (mayAssign.get()) {
            return "";
        }
        if (main.logProperty().get() == null) {
            return "No hazard log is open.";
        }
        Actor who = main.accountability().actorProperty().get();
        if (who.name().isBlank()) {
            return "Nobody is named as working: choose who you are under Audit > Who is working.";
        }
        if (!who.isUser()) {
            return who.describe() + ", so the log is read only: choose who you are under Audit > Who is working.";
        }
        return "You are " + who.role().withArticle() + ": taking a control needs the Engineer or CSO role. "
                + "The CSO can change your role under Audit > Users.";
    }

    /** What "Assign to me" would do with the selected control, or why the person working cannot use it. */
    StringBinding assignHelp(ObservableValue<Row> selected) {
        return Bindings.createStringBinding(() -> {
            if (!mayAssign.get()) {
                return whyNotAssign.get();
            }
            Row chosen = selected.getValue();
            if (chosen == null) {
                return "Select a control and press Assign to me (or double-click it) to become its owner.";
            }
            return "Assign to me makes " + main.currentUserProperty().get() + " the owner of the selected control of "
                    + "hazard " + chosen.hazard().number() + "; the audit trail records it.";
        }, mayAssign, whyNotAssign, selected, main.currentUserProperty());
    }

    /** "1 control", "12 controls". */
    static String controls(int n) {
        return n + (n == 1 ? " control" : " controls");
    }

    /** "40 controls without an owner", or "12 of 40 controls without an owner" while filtered. */
    StringBinding unownedCount() {
        return Bindings.createStringBinding(() -> {
            int all = unowned.size();
            int shown = shownUnowned.size();
            String of = shown == all ? "" : shown + " of ";
            return of + controls(all) + " without an owner";
        }, unowned, shownUnowned);
    }

    StringBinding ownedCount() {
        return Bindings.createStringBinding(() -> controls(owned.size()), owned);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    StringProperty ownerProperty() {
        return owner;
    }

    ObservableList<Row> owned() {
        return owned;
    }

    /** The controls without an owner that pass the category and party filters. */
    ObservableList<Row> unowned() {
        return shownUnowned;
    }

    ObjectProperty<ControlCategory> categoryProperty() {
        return category;
    }

    ObjectProperty<ControlParty> partyProperty() {
        return party;
    }

    BooleanBinding mayAssign() {
        return mayAssign;
    }

    StringBinding whyNotAssign() {
        return whyNotAssign;
    }

    MainViewModel main() {
        return main;
    }
}
