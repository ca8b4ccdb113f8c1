package org.hazardlog.ui;

import java.util.List;
import java.util.function.BiConsumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
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

/**
 * The risk map: how many hazards sit in each cell of the matrix, before and after controls.
 * Clicking a cell shows just those hazards in the table.
 */
final class HeatMapView extends ScrollPane {

    private final List<Hazard> hazards;
    private final HazardEditorModel editor;
    private final BiConsumer<Boolean, HazardFilter.Cell> onCell;
    private final FlowPane grids = new FlowPane(32, 24);

    HeatMapView(javafx.collections.ObservableList<Hazard> hazards, HazardEditorModel editor,
                BiConsumer<Boolean, HazardFilter.Cell> onCell) {
        this.hazards = hazards;
        this.editor = editor;
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
        redraw();
    }

    private void redraw() {
        grids.getChildren().clear();
        RiskScheme scheme = editor.scheme();
        if (scheme == null) {
            return;
        }
        grids.getChildren().addAll(
                grid("Initial risk", "initialHeatMap", true, RiskMatrixCounts.initial(scheme, hazards)),
                grid("Residual risk", "residualHeatMap", false, RiskMatrixCounts.residual(scheme, hazards)));
    }

    private VBox grid(String title, String id, boolean initial, RiskMatrixCounts counts) {
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
                cell.setAccessibleText(n + (n == 1 ? " hazard" : " hazards") + " at likelihood " + l.name() + ", severity " + s.name());
                cell.setTooltip(new Tooltip(n + (n == 1 ? " hazard" : " hazards") + ": likelihood " + l.name()
                        + ", severity " + s.name() + ", risk " + level.label()));
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
        Label perLevel = new Label(levels.toString());
        perLevel.setId(id + "-levels");
        perLevel.getStyleClass().add("field-label");
        return new VBox(8, heading, g, perLevel);
    }
}
