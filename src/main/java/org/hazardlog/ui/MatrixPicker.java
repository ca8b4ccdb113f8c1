package org.hazardlog.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.ScaleLevel;

/**
 * Scoring on the risk matrix itself: likelihood rows (highest at the top), severity columns, each
 * cell coloured by its risk level. A click sets both likelihood and severity; "Not scored" is a
 * choice of its own. Every heading and cell explains itself on hover.
 */
final class MatrixPicker extends VBox {

    private final String id;
    private final ObjectProperty<Integer> likelihood;
    private final ObjectProperty<Integer> severity;
    private final GridPane grid = new GridPane();
    private final List<Button> cells = new ArrayList<>();
    private final Label badge = new Label();
    private final Label summary = new Label();
    private final Label acceptability = new Label();
    private RiskScheme scheme;

    MatrixPicker(String id, String accessibleName, ObjectProperty<Integer> likelihood, ObjectProperty<Integer> severity) {
        this.id = id;
        this.likelihood = likelihood;
        this.severity = severity;
        setId(id);
        setAccessibleText(accessibleName);
        getStyleClass().add("matrix-picker");
        setSpacing(8);
        grid.getStyleClass().add("matrix-grid");
        grid.setHgap(3);
        grid.setVgap(3);

        Button unscored = new Button("Not scored (TBC)");
        unscored.setId(id + "-unscored");
        unscored.getStyleClass().add("small");
        unscored.setOnAction(e -> {
            likelihood.set(HazardEditorModel.UNSCORED);
            severity.set(HazardEditorModel.UNSCORED);
        });
        badge.getStyleClass().add("risk-badge");
        badge.setId(id + "-level");
        summary.setId(id + "-summary");
        summary.getStyleClass().add("field-label");
        acceptability.setId(id + "-acceptability");
        acceptability.getStyleClass().add("acceptability");
        acceptability.setWrapText(true);
        badge.setMinWidth(Region.USE_PREF_SIZE);
        summary.setWrapText(true);
        HBox result = new HBox(10, badge, summary);
        result.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(grid, result, acceptability, unscored);

        likelihood.addListener((o, a, b) -> refresh());
        severity.addListener((o, a, b) -> refresh());
    }

    void setScheme(RiskScheme s) {
        scheme = s;
        build();
        refresh();
    }

    private void build() {
        grid.getChildren().clear();
        cells.clear();
        Label corner = new Label("Likelihood \u2193 / Severity \u2192");
        corner.getStyleClass().add("matrix-axis");
        corner.setWrapText(true);
        corner.setMaxWidth(110);
        grid.add(corner, 0, 0);
        List<ScaleLevel> severities = scheme.severities();
        List<ScaleLevel> likelihoods = scheme.likelihoods();
        for (ScaleLevel s : severities) {
            Label h = heading(s.number() + "\n" + s.name(), "Severity " + s.optionLine());
            h.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            GridPane.setHalignment(h, HPos.CENTER);
            grid.add(h, s.number(), 0);
        }
        for (int row = 0; row < likelihoods.size(); row++) {
            ScaleLevel l = likelihoods.get(likelihoods.size() - 1 - row);
            grid.add(heading(l.number() + " " + l.name(), "Likelihood " + l.optionLine()), 0, row + 1);
            for (ScaleLevel s : severities) {
                grid.add(cell(l, s), s.number(), row + 1);
            }
        }
    }

    private static Label heading(String text, String definition) {
        Label h = new Label(text);
        h.getStyleClass().add("matrix-heading");
        h.setTooltip(new Tooltip(definition));
        return h;
    }

    private Button cell(ScaleLevel l, ScaleLevel s) {
        RiskLevel level = scheme.riskLevel(l.number(), s.number());
        Button b = new Button(String.valueOf(level.number()));
        b.setId(id + "-L" + l.number() + "-S" + s.number());
        b.getStyleClass().addAll("matrix-cell", "risk-" + level.number());
        b.setAccessibleText("Likelihood " + l.name() + ", severity " + s.name() + ": risk level " + level.label());
        Tooltip tip = new Tooltip("Likelihood " + l.optionLine() + "\nSeverity " + s.optionLine()
                + "\nRisk " + level.label() + ": " + level.acceptability());
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        b.setTooltip(tip);
        b.setUserData(new int[] {l.number(), s.number()});
        b.setOnAction(e -> {
            likelihood.set(l.number());
            severity.set(s.number());
        });
        cells.add(b);
        return b;
    }

    private void refresh() {
        if (scheme == null) {
            return;
        }
        int l = value(likelihood);
        int s = value(severity);
        for (Button b : cells) {
            int[] ls = (int[]) b.getUserData();
            boolean chosen = ls[0] == l && ls[1] == s;
            b.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("chosen"), chosen);
        }
        Optional<RiskLevel> level = l > 0 && s > 0 ? Optional.of(scheme.riskLevel(l, s)) : Optional.empty();
        badge.setText(level.map(RiskLevel::label).orElse(RiskText.UNSCORED));
        badge.getStyleClass().removeIf(c -> c.startsWith("risk-") && !c.equals("risk-badge"));
        badge.getStyleClass().add(RiskText.styleClass(level));
        summary.setText("Likelihood " + (l > 0 ? scheme.likelihood(l).number() + " " + scheme.likelihood(l).name() : "TBC")
                + "  \u00b7  Severity " + (s > 0 ? scheme.severity(s).number() + " " + scheme.severity(s).name() : "TBC"));
        acceptability.setText(level.map(RiskLevel::acceptability)
                .orElse("Not scored: choose a cell when the likelihood and severity are known."));
    }

    private static int value(ObjectProperty<Integer> p) {
        return p.get() == null ? 0 : p.get();
    }
}
