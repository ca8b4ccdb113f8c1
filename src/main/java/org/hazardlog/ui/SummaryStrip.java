package org.hazardlog.ui;

import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskMatrixCounts;
import org.hazardlog.domain.RiskScheme;

/** A line of counts above the table: hazards per status and per residual risk level. */
final class SummaryStrip extends HBox {

    private final ObservableList<Hazard> hazards;
    private final HazardEditorModel editor;

    SummaryStrip(ObservableList<Hazard> hazards, HazardEditorModel editor) {
        this.hazards = hazards;
        this.editor = editor;
        setId("summaryStrip");
        getStyleClass().add("summary-strip");
        setSpacing(10);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        hazards.addListener((ListChangeListener<Hazard>) c -> redraw());
        editor.schemeProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    private void redraw() {
        getChildren().clear();
        Map<HazardStatus, Integer> perStatus = RiskMatrixCounts.perStatus(hazards);
        for (HazardStatus s : HazardStatus.values()) {
            Label l = new Label(s.label() + " " + perStatus.get(s));
            l.setId("summary-" + s.name());
            l.getStyleClass().add("summary-count");
            getChildren().add(l);
        }
        RiskScheme scheme = editor.scheme();
        if (scheme == null) {
            return;
        }
        getChildren().add(new Separator(Orientation.VERTICAL));
        Label residual = new Label("Residual:");
        residual.getStyleClass().add("field-label");
        getChildren().add(residual);
        RiskMatrixCounts counts = RiskMatrixCounts.residual(scheme, hazards);
        for (RiskLevel r : scheme.riskLevels()) {
            Label l = new Label(r.number() + " " + r.name() + ": " + counts.atLevel(r.number()));
            l.setId("summary-residual-" + r.number());
            l.getStyleClass().addAll("risk-badge", "risk-" + r.number());
            getChildren().add(l);
        }
        Label tbc = new Label("TBC: " + counts.unscored());
        tbc.setId("summary-residual-0");
        tbc.getStyleClass().addAll("risk-badge", RiskText.UNSCORED_STYLE);
        getChildren().add(tbc);
    }
}
