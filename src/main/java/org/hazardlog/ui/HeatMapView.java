package org.hazardlog.ui;

import java.util.List;
import java.util.function.BiConsumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardFilter;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskMatrixCounts;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.ScaleLevel;
import org.hazardlog.domain.evidence.ControlVerification;

/**
 * The risk map: how many hazards sit in each cell of the matrix, before and after controls.
 * Clicking a cell shows just those hazards in the table. A residual cell also says how many of its
 * hazards have their residual risk unverified by the latest test evidence.
 */
final class HeatMapView extends ScrollPane {

    private final List<Hazard> hazards;
    private final HazardEditorModel editor;
    private final BiConsumer<Boolean, HazardFilter.Cell> onCell;
    private final FlowPane grids = new FlowPane(32, 24);
    /** The latest evidence run: a residual cell marks the hazards whose residual it leaves unverified. */
    private final ObjectProperty<ControlVerification> evidence;

    HeatMapView(javafx.collections.ObservableList<Hazard> hazards, HazardEditorModel editor,
                ObjectProperty<ControlVerification> evidence, BiConsumer<Boolean, HazardFilter.Cell> onCell) {
        this.hazards = hazards;
        this.editor = editor;
        this.evidence = evidence;
        this.onCell = onCell;
        setId("heatMap");
        setFitToWidth(true);
        grids.setPadding(new Insets(16));
        Label intro = new Label("Number of hazards in each cell of the risk matrix. Click a cell to list those hazards.");
        intro.getStyleClass().add("field-label");
        intro.setWrapText(true);
        VBox content = new VBox(12, intro, grids);
        content.setPadding(new Insets(12));
        setContent(content);
        hazards.addListener((ListChangeListener<Hazard>) c -> redraw());
        editor.schemeProperty().addListener((o, a, b) -> redraw());
        evidence.addListener((o, a, b) -> redraw());
        redraw();
    }

    private void redraw() {
        grids.getChildren().clear();
        RiskScheme scheme = editor.scheme();
        if (scheme == null) {
            return;
        }
        grids.getChildren().addAll(
                grid("Initial risk", "initialHeatMap", true, RiskMatrixCounts.initial(scheme, hazards), List.of()),
                grid("Residual risk", "residualHeatMap", false, RiskMatrixCounts.residual(scheme, hazards),
                        unverified(scheme)));
    }

    /** The hazards whose residual rests on a control with failing or missing evidence (each has a scored residual). */
    private List<Hazard> unverified(RiskScheme scheme) {
        ControlVerification v = evidence.get();
        return hazards.stream().filter(h -> v.residualUnverified(h, scheme)).toList();
    }

    /** {@code unverified}: hazards to mark in their cell; only the residual map has any. */
    private VBox grid(String title, String id, boolean initial, RiskMatrixCounts counts, List<Hazard> unverified) {
        RiskScheme scheme = counts.scheme();
        GridPane g = new GridPane();
        g.setId(id);
        g.setHgap(3);
        g.setVgap(3);
        List<ScaleLevel> likelihoods = scheme.likelihoods();
        for (ScaleLevel s : scheme.severities()) {
            Label h = new Label(s.name());
            h.getStyleClass().add("matrix-heading");
            h.setTooltip(new Tooltip("Severity " + s.optionLine()));
            GridPane.setHalignment(h, HPos.CENTER);
            g.add(h, s.number(), 0);
        }
        for (int row = 0; row < likelihoods.size(); row++) {
            ScaleLevel l = likelihoods.get(likelihoods.size() - 1 - row);
            Label h = new Label(l.name());
            h.getStyleClass().add("matrix-heading");
            h.setTooltip(new Tooltip("Likelihood " + l.optionLine()));
            g.add(h, 0, row + 1);
            for (ScaleLevel s : scheme.severities()) {
                int n = counts.at(l.number(), s.number());
                RiskLevel level = scheme.riskLevel(l.number(), s.number());
                Button cell = new Button(n == 0 ? "" : String.valueOf(n));
                cell.setId(id + "-L" + l.number() + "-S" + s.number());
                cell.getStyleClass().addAll("heat-cell", "risk-" + level.number());
                if (n == 0) {
                    cell.getStyleClass().add("heat-empty");
                }
                long u = unverified.stream().filter(z -> z.residual().likelihood() == l.number()
                        && z.residual().severity() == s.number()).count();
                String ofThem = u == 0 ? "" : ", " + u + " with the residual risk unverified";
                if (u > 0) {
                    Label mark = new Label(u + " unverified");
                    mark.getStyleClass().add("heat-unverified-mark");
                    cell.setGraphic(mark);
                    cell.setContentDisplay(ContentDisplay.BOTTOM);
                    cell.getStyleClass().add("heat-unverified");
                }
                cell.setAccessibleText(n + (n == 1 ? " hazard" : " hazards") + " at likelihood " + l.name() + ", severity "
                        + s.name() + ofThem);
                cell.setTooltip(new Tooltip(n + (n == 1 ? " hazard" : " hazards") + ": likelihood " + l.name()
                        + ", severity " + s.name() + ", risk " + level.label() + ofThem
                        + (u == 0 ? "" : " (a control it relies on has failing or missing test evidence)")));
                cell.setOnAction(e -> onCell.accept(initial, new HazardFilter.Cell(l.number(), s.number())));
                g.add(cell, s.number(), row + 1);
            }
        }
        Label heading = new Label(title);
        heading.getStyleClass().add("section-heading");
        StringBuilder levels = new StringBuilder();
        for (RiskLevel r : scheme.riskLevels()) {
            levels.append(r.label()).append(": ").append(counts.atLevel(r.number())).append("   ");
        }
        levels.append("Not scored: ").append(counts.unscored());
        if (!initial) {
            levels.append("   Unverified: ").append(unverified.size());
        }
        Label perLevel = new Label(levels.toString());
        perLevel.setId(id + "-levels");
        perLevel.getStyleClass().add("field-label");
        return new VBox(8, heading, g, perLevel);
    }
}
