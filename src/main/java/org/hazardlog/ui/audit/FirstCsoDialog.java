package org.hazardlog.ui.audit;

import java.util.Arrays;
import java.util.Optional;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.hazardlog.ui.audit.AuditDialogs.FirstCso;

/**
 * Asked when a new log is made in the window: who is its first CSO, and their password. Only the
 * person creating a log may give its first CSO a password; nobody can later give themselves one.
 */
public final class FirstCsoDialog {

    private FirstCsoDialog() {
    }

    public static Optional<FirstCso> ask(Window owner, String suggested, AuditDialogs problems) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("New hazard log");
        d.setHeaderText("The new log's Clinical Safety Officer signs its versions with this password.");
        TextField name = new TextField(suggested == null ? "" : suggested);
        name.setId("firstCsoName");
        name.setAccessibleText("Name of the first CSO");
        PasswordField password = new PasswordField();
        password.setId("firstCsoPassword");
        password.setAccessibleText("The CSO's password");
        PasswordField again = new PasswordField();
        again.setId("firstCsoPasswordAgain");
        again.setAccessibleText("The CSO's password again");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("CSO"), name);
        grid.addRow(1, new Label("Password"), password);
        grid.addRow(2, new Label("Again"), again);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        try {
            if (d.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
                return Optional.empty();
            }
            char[] typed = password.getText().toCharArray();
            char[] repeated = again.getText().toCharArray();
            boolean same = Arrays.equals(typed, repeated);
            Arrays.fill(repeated, '\0');
            if (!same) {
                Arrays.fill(typed, '\0');
                problems.showError("No log created", "The two passwords differ; nothing was created.");
                return Optional.empty();
            }
            return Optional.of(new FirstCso(name.getText(), typed));
        } finally {
            password.clear();
            again.clear();
        }
    }
}
