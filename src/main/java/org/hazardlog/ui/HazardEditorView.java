package org.hazardlog.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
import org.hazardlog.domain.access.Permission;
import org.hazardlog.ui.audit.EditorPermissions;
import org.hazardlog.domain.ScoringWarning;
import org.hazardlog.domain.RiskScheme;

/** The detail pane: every field of the selected hazard, grouped as the hazard template groups them. */
final class HazardEditorView extends StackPane {

    private final HazardEditorModel model;
    private final MatrixPicker initialMatrix;
    private final MatrixPicker residualMatrix;
    private final ScrollPane scroll;
    private Runnable onSave = () -> { };
    private Runnable onRevert = () -> { };
    private Runnable onHistory = () -> { };

    HazardEditorView(MainViewModel main) {
        this.model = main.editor();
        setId("hazardEditor");
        getStyleClass().add("hazard-editor");
        initialMatrix = new MatrixPicker("initialMatrix", "Initial risk matrix", model.initialLikelihood, model.initialSeverity);
        residualMatrix = new MatrixPicker("residualMatrix", "Residual risk matrix", model.residualLikelihood, model.residualSeverity);

        Label empty = new Label("Select a hazard in the table, or create one with Hazard > New hazard (Ctrl+N).");
        empty.getStyleClass().add("empty-editor");
        empty.setWrapText(true);

        // Greyed out by role; the service refuses what the role may not change whatever the screen shows.
        EditorPermissions may = new EditorPermissions(main.accountability(), model.status);
        VBox form = new VBox(14,
                header(),
                warnings(),
                limited(section("Identity", grid(
                        row("Number", readOnly(model.number, "hazardNumber")),
                        row("Name", withProblem(text(model.name, "nameField", "Hazard name"), model.nameProblemProperty())),
                        row("Project", text(model.project, "projectField", "Project")),
                        row("Labelling", text(model.labelling, "labellingField", "Labelling")),
                        row("Labels", utilityLabels()))), may.cannotEditAnalysis()),
                limited(section("Analysis", grid(
                        row("Description", area(model.description, "descriptionField", "Description", 3)),
                        row("Causes", new LinesEditor("causesEditor", "Causes", model.causes, "Add cause")),
                        row("Effect", area(model.effect, "effectField", "Effect: change to the intended care pathway", 2)),
                        row("Hazard", area(model.hazard, "hazardField", "Hazard: the potential for harm", 2)),
                        row("Harm", area(model.harm, "harmField", "Harm", 2)),
                        row("Hazard types", new ChipsField("hazardTypes", "Hazard types", model.hazardTypes,
                                main::knownHazardTypes)))), may.cannotEditAnalysis()),
                limited(section("Existing controls", area(model.existingControls, "existingControlsField",
                        "Existing controls", 2)), may.cannotEditAnalysis()),
                limited(section("Initial risk (with existing controls)", initialMatrix), may.cannot(Permission.SCORE)),
                limited(section("Additional controls", new ControlsEditor(model, main.evidenceProperty())),
                        may.cannot(Permission.RECORD_CONTROL_PROGRESS)),
                section("Residual risk (after additional controls)", new VBox(10,
                        unverifiedNote(main),
                        limited(residualMatrix, may.cannot(Permission.SCORE)),
                        limited(grid(row("Assessment", area(model.residualAssessment, "residualAssessmentField",
                                "Residual risk assessment and justification", 3))),
                                may.cannot(Permission.ACCEPT_RESIDUAL_RISK)))),
                section("Status and ownership", new VBox(8,
                        limited(grid(
                                row("Status", statusChoice()),
                                row("Status wording", text(model.statusText, "statusTextField", "Status in your own words"))),
                                may.cannot(Permission.SET_STATUS)),
                        limited(grid(
                                row("Owner", text(model.owner, "ownerField", "Owner")),
                                row("Action summary", area(model.actionSummary, "actionSummaryField", "Action summary", 2))),
                                may.cannotEditAnalysis()))),
                limited(section("Code associated with the hazard", new LocationsEditor(model)),
                        may.cannot(Permission.EDIT_CODE_LOCATIONS))
        );
        form.setPadding(new Insets(16));
        form.setFillWidth(true);

        scroll = new ScrollPane(form);
        scroll.setId("editorScroll");
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(model.editingProperty());
        empty.visibleProperty().bind(model.editingProperty().not());
        getChildren().addAll(empty, scroll);

        model.schemeProperty().addListener((obs, was, now) -> showScheme(now));
        if (model.scheme() != null) {
            showScheme(model.scheme());
        }
    }

    private void showScheme(RiskScheme scheme) {
        if (scheme != null) {
            initialMatrix.setScheme(scheme);
            residualMatrix.setScheme(scheme);
        }
    }

    /** Brings a field into view, for tests and for jumping to a problem. */
    void reveal(Node node) {
        double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
        scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / Math.max(1, contentHeight - viewport))));
    }

    void onSave(Runnable action) {
        onSave = action;
    }

    void onRevert(Runnable action) {
        onRevert = action;
    }

    void onHistory(Runnable action) {
        onHistory = action;
    }

    private static Node limited(Node part, ObservableValue<Boolean> disabled) {
        part.disableProperty().bind(disabled);
        return part;
    }

    private Node header() {
        Label title = new Label();
        title.getStyleClass().add("editor-title");
        title.textProperty().bind(Bindings.createStringBinding(() ->
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
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> onSave.run());
        Button revert = new Button("Revert");
        revert.setId("revertButton");
        revert.disableProperty().bind(model.dirtyProperty().not());
        revert.setOnAction(e -> onRevert.run());

        Button history = new Button("History");
        history.setId("historyButton");
        history.setAccessibleText("History of this hazard");
        history.disableProperty().bind(model.number.isEmpty());
        history.setOnAction(e -> onHistory.run());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(10, title, unsaved, grow, history, revert, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        TextField reason = text(model.reason, "reasonField", "Reason for the change, kept in the audit trail");
        reason.setPromptText("Reason for the change (optional, kept in the history)");
        reason.visibleProperty().bind(model.dirtyProperty());
        reason.managedProperty().bind(reason.visibleProperty());
        return new VBox(6, bar, reason, problem);
    }

    /** "Residual risk unverified" while the residual relies on a control whose linked tests fail or are missing. */
    private Node unverifiedNote(MainViewModel main) {
        Label note = new Label();
        note.setId("residualUnverified");
        note.setWrapText(true);
        note.getStyleClass().add("scoring-warning");
        note.managedProperty().bind(note.visibleProperty());
        Runnable show = () -> {
            String text = "";
            try {
                org.hazardlog.domain.Hazard h = model.edited();
                var evidence = main.evidenceProperty().get();
                if (model.scheme() != null && evidence.residualUnverified(h, model.scheme())) {
                    text = "\u26a0 Residual risk unverified: it relies on "
                            + String.join("; ", h.controls().stream()
                                    .filter(c -> evidence.of(c).contradictsControl())
                                    .map(c -> "\"" + c.text() + "\" (tests " + evidence.of(c).word() + ")").toList())
                            + " in the latest evidence run.";
                }
            } catch (RuntimeException e) {
                text = ""; // a hazard mid-edit (an empty name) has no residual to judge yet
            }
            note.setText(text);
            note.setVisible(!text.isEmpty());
        };
        main.evidenceProperty().addListener((o, was, now) -> show.run());
        model.controls.addListener((javafx.collections.ListChangeListener<ControlRow>) c -> show.run());
        model.residualLikelihood.addListener((o, was, now) -> show.run());
        model.residualSeverity.addListener((o, was, now) -> show.run());
        model.editingProperty().addListener((o, was, now) -> show.run());
        show.run();
        return note;
    }

    private Node warnings() {
        VBox box = new VBox(4);
        box.setId("scoringWarnings");
        box.getStyleClass().add("warnings");
        Runnable show = () -> {
            box.getChildren().clear();
            for (ScoringWarning w : model.warnings()) {
                Label l = new Label("\u26a0 " + w.message());
                l.setWrapText(true);
                l.getStyleClass().add("scoring-warning");
                l.setUserData(w);
                box.getChildren().add(l);
            }
        };
        model.warnings().addListener((ListChangeListener<ScoringWarning>) c -> show.run());
        box.visibleProperty().bind(Bindings.isNotEmpty(model.warnings()));
        box.managedProperty().bind(box.visibleProperty());
        show.run();
        return box;
    }

    private Node utilityLabels() {
        CheckBox logged = check("Hazard logged", "labelLogged", model.logged);
        CheckBox triage = check("For triage", "labelForTriage", model.forTriage);
        CheckBox deprecated = check("Deprecated", "labelDeprecated", model.deprecated);
        return new HBox(14, logged, triage, deprecated);
    }

    private static CheckBox check(String text, String id, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.setId(id);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }

    private static Node section(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        heading.setMaxWidth(Double.MAX_VALUE);
        return new VBox(8, heading, content);
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

    /** A field with its validation message right below it. */
    private static Node withProblem(Node field, StringProperty problem) {
        Label message = new Label();
        message.getStyleClass().add("field-problem");
        message.textProperty().bind(problem);
        message.visibleProperty().bind(problem.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return new VBox(3, field, message);
    }

    private static TextField text(StringProperty p, String id, String accessible) {
        TextField f = new TextField();
        f.setId(id);
        f.setAccessibleText(accessible);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static Label readOnly(StringProperty p, String id) {
        Label l = new Label();
        l.setId(id);
        l.textProperty().bind(Bindings.createStringBinding(() -> p.get().isEmpty() ? "assigned when saved" : p.get(), p));
        return l;
    }

    private static TextArea area(StringProperty p, String id, String accessible, int rows) {
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
}
