package org.hazardlog.ui.audit;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import org.hazardlog.domain.audit.AuditEvent;

/** Every recorded change of one hazard: who, in which role, when, which field, old and new value, why. */
public final class HistoryDialog {

    private HistoryDialog() {
    }

    public static void show(Window owner, AccountabilityModel model, int hazardNumber) {
        Dialog<Void> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("History of hazard " + hazardNumber);
        d.setHeaderText("History of hazard " + hazardNumber);
        d.setResizable(true);
        TableView<AuditEvent> table = EventTable.create("historyTable", false);
        table.getItems().setAll(model.history(hazardNumber));
        table.setPrefSize(1000, 420);
        d.getDialogPane().setContent(table);
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        d.show();
    }
}
