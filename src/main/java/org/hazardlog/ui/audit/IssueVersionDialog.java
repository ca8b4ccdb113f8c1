package org.hazardlog.ui.audit;

import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.hazardlog.domain.version.IssuedVersion;

/**
 * Issue version...: the CSO writes what the version is and signs it with their password. The
 * dialog stays open after a wrong password, so the summary is not lost; nothing was written.
 */
public final class IssueVersionDialog {

    private IssueVersionDialog() {
    }

    public static Optional<IssuedVersion> show(Window owner, AccountabilityModel model) {
        int next = model.versions().size() + 1;
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle("Issue version " + next);
        d.setHeaderText("Issue the hazard log as it is now as version " + next
                + ".\nYour signature means: approved by " + model.whoTextProperty().get() + ".");
        TextArea summary = new TextArea();
        summary.setId("issueSummary");
        summary.setAccessibleText("Summary of the version");
        summary.setPromptText("What this version is, such as the release it accompanies");
        summary.setPrefRowCount(3);
        summary.setWrapText(true);
        PasswordField password = new PasswordField();
        password.setId("issuePassword");
        password.setAccessibleText("Your password, to sign");
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label("Summary"), summary);
        grid.addRow(1, new Label("Your password"), password);
        d.getDialogPane().setContent(grid);
        ButtonType sign = new ButtonType("Issue and sign", ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(sign, ButtonType.CANCEL);
        Button signButton = (Button) d.getDialogPane().lookupButton(sign);
        signButton.setId("issueSignButton");
        // Issuing reads and hashes every hazard: it runs in the background while the dialog shows
        // that it is working; the dialog closes when the version is stored, or stays open with the
        // summary after a refusal (a wrong password writes nothing).
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("issueProgress");
        progress.setPrefSize(18, 18);
        Label working = new Label();
        working.textProperty().bind(model.workingProperty());
        progress.visibleProperty().bind(model.workingProperty().isNotEmpty());
        grid.addRow(2, progress, working);
        signButton.disableProperty().bind(summary.textProperty().isEmpty().or(password.textProperty().isEmpty())
                .or(model.workingProperty().isNotEmpty()));
        IssuedVersion[] issued = {null};
        signButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            char[] typed = password.getText().toCharArray();
            password.clear();
            model.issue(summary.getText(), typed, v -> {
                issued[0] = v;
                d.setResult(sign);
                d.close();
            }, () -> { });
        });
        d.setOnCloseRequest(e -> {
            if (!model.workingProperty().get().isEmpty()) {
                e.consume(); // a signature being written cannot be called back
            }
        });
        d.showAndWait();
        return Optional.ofNullable(issued[0]);
    }
}
