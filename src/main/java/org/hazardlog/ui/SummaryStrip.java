package org.hazardlog.ui;

import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.FlowPane;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.RiskExceptions;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskMatrixCounts;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.domain.evidence.EvidenceExceptions;

/**
 * A line of counts above the table (it wraps onto a second line in a narrow window, so that no count
 * is ever cut short to "..."): hazards per status, per residual risk level, and how many have
 * an exception the safety case lists (a toggle that narrows the table to them).
 */
final class SummaryStrip extends FlowPane {

    private final ObservableList<Hazard> hazards;
    private final HazardEditorModel editor;
    private final ToggleButton exceptions = new ToggleButton();

    /** The latest evidence run: an unverified residual is an exception like the others. */
    private final ObjectProperty<ControlVerification> evidence;

    SummaryStrip(ObservableList<Hazard> hazards, HazardEditorModel editor, BooleanProperty exceptionsOnly,
                 ObjectProperty<ControlVerification> evidence) {
        this.hazards = hazards;
        this.editor = editor;
        this.evidence = evidence;
        exceptions.setId("summary-exceptions");
        exceptions.getStyleClass().addAll("summary-count", "exceptions-count");
        exceptions.setAccessibleText("Hazards with an exception; press to show only them");
        exceptions.selectedProperty().bindBidirectional(exceptionsOnly);
        setId("summaryStrip");
        getStyleClass().add("summary-strip");
        setHgap(10);
        setVgap(4);
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(6, 10, 6, 10));
        hazards.addListener((ListChangeListener<Hazard>) c -> redraw());
        editor.schemeProperty().addListener((o, a, b) -> redraw());
        evidence.addListener((o, a, b) -> redraw());
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
        getChildren().add(divider());
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
        getChildren().add(divider());
        showExceptions(scheme, evidence.get());
        getChildren().add(exceptions);
    }

    /** Counted as {@code list --exceptions} and the safety case count them, so the three agree. */
    private void showExceptions(RiskScheme scheme, ControlVerification v) {
        Map<RiskExceptions.Kind, Integer> perKind = RiskExceptions.counts(EvidenceExceptions.findings(hazards, scheme, v));
        long withAny = hazards.stream().filter(h -> EvidenceExceptions.hasAny(h, scheme, v)).count();
        exceptions.setText("Exceptions: " + withAny);
        StringBuilder tip = new StringBuilder(withAny == 0 ? "No hazard has an exception."
                : withAny + (withAny == 1 ? " hazard has" : " hazards have") + " an exception the safety case lists:");
        perKind.forEach((kind, n) -> tip.append("\n").append(n).append("  ").append(kind.description()));
        tip.append("\nPress to show only these hazards in the table.");
        exceptions.setTooltip(new Tooltip(tip.toString()));
        exceptions.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("some"), withAny > 0);
    }

    /** A vertical rule between groups; a flow pane gives it no height of its own. */
    private static Separator divider() {
        Separator s = new Separator(Orientation.VERTICAL);
        s.setPrefHeight(22);
        return s;
    }
}
