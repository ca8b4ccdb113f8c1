package org.hazardlog.ui.report;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Reports > Approve safety case…: the CSO reads what the report rests on, writes the statement and
 * sign-off, prepares the report, confirms each gap beside the signature and signs with their password.
 */
final class CscrApprovalWindow {

    private final Stage stage = new Stage();
    private final CscrApprovalModel model;
    private final VBox gapBoxes = new VBox(4);

    CscrApprovalWindow(Window owner, CscrApprovalModel model) {
        this.model = model;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Approve the safety case of version " + model.version());

        Label heading = new Label("Clinical Safety Case Report of version " + model.version());
        heading.getStyleClass().add("my-controls-heading");
        Label restsOn = new Label("Rests on: " + model.restsOn());
        restsOn.setId("cscrRestsOn");
        restsOn.setWrapText(true);

        TextArea statement = area("cscrStatement", "Summary safety statement (section 9)", model.statement);
        TextArea signOff = area("cscrSignOff", "Sign-off wording", model.signOff);
        Label proposal = new Label("Both texts start as a proposal built from the log. HazardLog signs no default text: "
                + "replace each \u201c[Clinical Safety Officer: \u2026]\u201d request with your own words.");
        proposal.getStyleClass().add("field-label");
        proposal.setWrapText(true);

        Button prepare = new Button("Prepare report for signing");
        prepare.setId("prepareCscr");
        prepare.setOnAction(e -> model.prepare());
        prepare.disableProperty().bind(model.approval.isNotNull());

        TextField hash = new TextField();
        hash.setId("cscrContentHash");
        hash.setEditable(false);
        hash.setAccessibleText("Content hash of the report to be signed");
        hash.textProperty().bind(model.prepared.map(p -> "SHA-256 " + p.contentHash()).orElse("not prepared yet"));

        gapBoxes.setId("cscrGaps");
        model.gaps.addListener((javafx.collections.ListChangeListener<CscrApprovalModel.GapCheck>) c -> {
            if (c.next() && (c.wasAdded() || c.wasRemoved())) {
                showGaps(); // not on a tick: the boxes stay as they are
            }
        });
        model.prepared.addListener((o, a, b) -> showGaps());
        showGaps();

        PasswordField password = new PasswordField();
        password.setId("cscrPassword");
        password.setPromptText("Your password");
        password.setAccessibleText("Your password, to sign");
        Label blocker = new Label();
        blocker.setId("cscrBlocker");
        blocker.setWrapText(true);
        blocker.getStyleClass().add("scoring-warning");
        blocker.textProperty().bind(model.blocker());
        Button sign = new Button("Approve and sign");
        sign.setId("signCscr");
        sign.setDefaultButton(true);
        sign.disableProperty().bind(model.blocker().isNotEmpty().or(password.textProperty().isEmpty()));
        sign.setOnAction(e -> {
            char[] secret = password.getText().toCharArray();
            password.clear();
            model.approve(secret);
        });

        Label message = new Label();
        message.setId("cscrApprovalMessage");
        message.setWrapText(true);
        message.textProperty().bind(model.message);
        Button close = new Button("Close");
        close.setId("closeCscrApproval");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, password, spacer, sign, close);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox signature = new VBox(6, new Label("Content to be signed"), hash,
                new Label("Gaps printed next to your signature: confirm each one"), gapBoxes);
        signature.getStyleClass().add("warnings");
        signature.setPadding(new Insets(8));

        VBox content = new VBox(10, heading, restsOn, new Label("Summary safety statement (section 9)"), statement,
                new Label("Sign-off wording"), signOff, proposal, prepare, signature, blocker, buttons, message);
        content.setPadding(new Insets(18));
        content.setId("cscrApprovalWindow");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        Scene scene = new Scene(scroll, 760, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
    }

    private static TextArea area(String id, String accessible, javafx.beans.property.StringProperty text) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setAccessibleText(accessible);
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.textProperty().bindBidirectional(text);
        return area;
    }

    private void showGaps() {
        gapBoxes.getChildren().clear();
        if (model.prepared.get() == null) {
            gapBoxes.getChildren().add(new Label("Prepare the report to see its gaps."));
            return;
        }
        if (model.gaps.isEmpty()) {
            gapBoxes.getChildren().add(new Label("The report has no gaps."));
            return;
        }
        for (CscrApprovalModel.GapCheck g : model.gaps) {
            CheckBox box = new CheckBox(g.gap.description() + "  (" + g.gap.key() + ")");
            box.setId("cscrGap-" + g.gap.key().replace(':', '-'));
            box.setWrapText(true);
            box.selectedProperty().bindBidirectional(g.confirmed);
            box.disableProperty().bind(model.approval.isNotNull());
            gapBoxes.getChildren().add(box);
        }
    }

    void show() {
        stage.show();
    }
}
