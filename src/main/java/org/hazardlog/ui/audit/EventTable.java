package org.hazardlog.ui.audit;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.hazardlog.domain.audit.AuditEvent;

/** Audit events as a table: one row per event, oldest first, values shown in full in the tooltip-free cells. */
final class EventTable {

    private EventTable() {
    }

    static TableView<AuditEvent> create(String id, boolean withSubject) {
        TableView<AuditEvent> table = new TableView<>();
        table.setId(id);
        table.setPlaceholder(new Label("No recorded changes."));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("#", e -> String.valueOf(e.sequence()), 50));
        table.getColumns().add(column("Time (UTC)", e -> e.at().toString(), 190));
        table.getColumns().add(column("User", AuditEvent::user, 110));
        table.getColumns().add(column("Role", e -> e.role().label(), 80));
        table.getColumns().add(column("Change", e -> e.action().label(), 110));
        if (withSubject) {
            table.getColumns().add(column("Subject", AuditEvent::subject, 100));
        }
        table.getColumns().addAll(List.of(column("Field", AuditEvent::field, 160),
                column("Old value", e -> show(e.oldValue()), 180), column("New value", e -> show(e.newValue()), 180),
                column("Reason", e -> show(e.reason()), 160)));
        return table;
    }

    private static TableColumn<AuditEvent, String> column(String title, Function<AuditEvent, String> value, double width) {
        TableColumn<AuditEvent, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String show(String value) {
        return value == null ? "" : value.replace('\n', ' ');
    }
}
