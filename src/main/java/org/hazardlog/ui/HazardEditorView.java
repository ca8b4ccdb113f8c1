package org.hazardlog.ui;

import java.util.Optional;

import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.risk.RiskLevel;
import org.hazardlog.domain.risk.RiskScheme;

/** The detail pane: the core fields of the selected hazard, grouped as the hazard template groups them. */
final class HazardEditorView extends StackPane {

    private final HazardEditorModel model;
    private final LevelChoice initialLikelihood = new LevelChoice("initialLikelihood", "Initial likelihood");
    private final LevelChoice initialSeverity = new LevelChoice("initialSeverity", "Initial severity");
    private final LevelChoice residualLikelihood = new LevelChoice("residualLikelihood", "Residual likelihood");
    private final LevelChoice residualSeverity = new LevelChoice("residualSeverity", "Residual severity");

    HazardEditorView(MainViewModel main) {
        this.model = main.editor();
        setId("hazardEditor");
        getStyleClass().add("hazard-editor");

        Label empty = new Label("Select a hazard in the table, or create one with Hazard > New hazard (Ctrl+N).");
        empty.getStyleClass().add("empty-editor");
        empty.setWrapText(true);

        VBox form = new VBox(14,
                header(),
                section("Identity", grid(
                        row("Number", readOnly(model.number, "hazardNumber")),
                        row("Name", text(model.name, "nameField", "Hazard name")))),
                section("Analysis", grid(
                        row("Description", area(model.description, "descriptionField", "Description", 3)),
                        row("Causes\n(one per line)", area(model.causes, "causesField", "Causes, one per line", 3)),
                        row("Harm", area(model.harm, "harmField", "Harm", 2)))),
                section("Initial risk (with existing controls)", grid(
                        row("Likelihood", initialLikelihood),
                        row("Severity", initialSeverity),
                        row("Risk level", riskLabel(model.initialRisk(), "initialRiskLabel")))),
                section("Residual risk (after additional controls)", grid(
                        row("Likelihood", residualLikelihood),
                        row("Severity", residualSeverity),
                        row("Risk level", riskLabel(model.residualRisk(), "residualRiskLabel")),
                        row("Assessment", area(model.residualAssessment, "residualAssessmentField",
                                "Residual risk assessment", 3)))),
                section("Status and ownership", grid(
                        row("Status", statusChoice()),
                        row("Status wording", text(model.statusText, "statusTextField", "Status in your own words")),
                        row("Owner", text(model.owner, "ownerField", "Owner"))))
        );
        form.setPadding(new Insets(16));
        form.setFillWidth(true);

        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.editingProperty());
        empty.visibleProperty().bind(model.editingProperty().not());
        getChildren().addAll(empty, scroll);

        bindLevel(initialLikelihood, model.initialLikelihood);
        bindLevel(initialSeverity, model.initialSeverity);
        bindLevel(residualLikelihood, model.residualLikelihood);
        bindLevel(residualSeverity, model.residualSeverity);
        main.logProperty().addListener((obs, was, now) -> {
            if (now != null) {
                showScheme(now.scheme());
            }
        });
    }

    private void showScheme(RiskScheme scheme) {
        initialLikelihood.setScale(scheme.likelihoods());
        residualLikelihood.setScale(scheme.likelihoods());
        initialSeverity.setScale(scheme.severities());
        residualSeverity.setScale(scheme.severities());
    }

    private Node header() {
        Label title = new Label();
        title.getStyleClass().add("editor-title");
        title.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() ->
                model.number.get().isEmpty() ? "New hazard" : "Hazard " + model.number.get(), model.number));
        Label problem = new Label();
        problem.setId("editorProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Label unsaved = new Label("Unsaved changes");
        unsaved.setId("unsavedMarker");
        unsaved.getStyleClass().add("unsaved-marker");
        unsaved.visibleProperty().bind(model.dirtyProperty());

        Button save = new Button("Save");
        save.setId("saveButton");
        save.setDefaultButton(false);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> onSave.run());
        Button revert = new Button("Revert");
        revert.setId("revertButton");
        revert.disableProperty().bind(model.dirtyProperty().not());
        revert.setOnAction(e -> onRevert.run());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, title, unsaved, grow, revert, save);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return new VBox(6, bar, problem);
    }

    private Runnable onSave = () -> { };
    private Runnable onRevert = () -> { };

    void onSave(Runnable action) {
        onSave = action;
    }

    void onRevert(Runnable action) {
        onRevert = action;
    }

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        return new VBox(6, heading, content);
    }

    private static GridPane grid(Node[]... rows) {
        GridPane g = new GridPane();
        g.setHgap(12);
        g.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        for (int i = 0; i < rows.length; i++) {
            g.addRow(i, rows[i]);
        }
        return g;
    }

    private static Node[] row(String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.getStyleClass().add("field-label");
        l.setWrapText(true);
        return new Node[] {l, field};
    }

    private static TextField text(javafx.beans.property.StringProperty p, String id, String accessible) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(accessible);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static Label readOnly(javafx.beans.property.StringProperty p, String id) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> p.get().isEmpty() ? "assigned when saved" : p.get(), p));
        return l;
    }

    private static TextArea area(javafx.beans.property.StringProperty p, String id, String accessible, int rows) {
        TextArea a = new TextArea();
        a.setId(id);
        a.setAccessibleText(accessible);
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.textProperty().bindBidirectional(p);
        return a;
    }

    private ComboBox<HazardStatus> statusChoice() {
        ComboBox<HazardStatus> c = new ComboBox<>();
        c.setId("statusChoice");
        c.setAccessibleText("Hazard status");
        c.getItems().setAll(HazardStatus.values());
        c.valueProperty().bindBidirectional(model.status);
        return c;
    }

    private static void bindLevel(LevelChoice choice, javafx.beans.property.ObjectProperty<Integer> level) {
        choice.valueProperty().bindBidirectional(level);
    }

    /** The level as a coloured badge, with what the scheme says about accepting it beside it. */
    private static Node riskLabel(ObjectBinding<Optional<RiskLevel>> risk, String id) {
        Label badge = new Label();
        badge.setId(id);
        badge.getStyleClass().add("risk-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label acceptability = new Label();
        acceptability.setId(id + "Acceptability");
        acceptability.setWrapText(true);
        acceptability.getStyleClass().add("acceptability");
        Runnable show = () -> {
            Optional<RiskLevel> r = risk.get();
            badge.setText(r.map(RiskLevel::label).orElse(RiskText.UNSCORED));
            acceptability.setText(r.map(RiskLevel::acceptability)
                    .orElse("Not scored until both likelihood and severity are chosen."));
            badge.getStyleClass().removeIf(s -> s.startsWith("risk-") && !s.equals("risk-badge"));
            badge.getStyleClass().add(RiskText.styleClass(r));
        };
        risk.addListener((obs, was, now) -> show.run());
        show.run();
        VBox box = new VBox(4, badge, acceptability);
        return box;
    }
}
