package org.hazardlog.report.content;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.report.RiskPalette;
import org.hazardlog.report.RiskWords;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.report.document.Table.Column;

/**
 * One hazard as a block in the order of the implementation guidance's hazard log: description,
 * harm, causes, existing controls, initial rating, the additional controls by category (design,
 * test, training, business process change) with party and status, residual rating, actions, owner
 * and status. Its header row is the hazard's number and name, so a block continued on the next
 * page still says whose it is; a block short enough for a page is kept on one.
 */
public final class HazardBlock {

    /**
     * Fill of a hazard transferred to the deploying organisation: the workbook's violet. Violet and
     * blue never read as a risk colour (green to red), so a shaded cell is not taken for a risk level.
     */
    public static final String TRANSFERRED_FILL = "E4DCF2";
    /** Fill of controls the deploying organisation carries out: the workbook's blue. */
    public static final String DEPLOYMENT_FILL = "D6E9F8";
    public static final String TRANSFERRED_LEGEND = "Transferred to the deploying organisation";
    public static final String DEPLOYMENT_LEGEND = "Control the deploying organisation carries out";
    static final String NONE = "None recorded";

    private HazardBlock() {
    }

    public static Table of(Hazard h, RiskScheme scheme) {
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row("Description", orNone(h.description())));
        rows.add(row("Potential clinical impact / harm", orNone(h.harm())));
        rows.add(row("Causes", h.causes().isEmpty() ? NONE : HazardLogTable.lines(h.causes())));
        rows.add(row("Existing controls", orNone(h.existingControls())));
        rows.add(List.of(Cell.label("Initial risk"), rating(scheme, h.initial())));
        for (ControlCategory c : ControlCategory.values()) {
            if (!c.isAssigned() && h.controls().stream().allMatch(x -> x.category().isAssigned())) {
                continue; // a row of untriaged controls only where there are some
            }
            rows.addAll(controls(c, h.controls().stream().filter(x -> x.category() == c).toList()));
        }
        rows.add(List.of(Cell.label("Residual risk"), rating(scheme, h.residual())));
        rows.add(row("Action summary", orNone(h.actionSummary())));
        String status = h.status().label() + (h.statusText().isEmpty() || h.statusText().equals(h.status().label())
                ? "" : ": " + h.statusText());
        String owner = h.assignment().isEmpty() ? "Owner not set" : "Owner: " + h.assignment();
        rows.add(List.of(Cell.label("Owner / status"), h.status() == HazardStatus.TRANSFERRED
                ? new Cell(owner + "\n" + status + " (to the deploying organisation)", TRANSFERRED_FILL, null, true, false)
                : Cell.of(owner + "\n" + status)));
        return new Table(List.of(new Column("Hazard " + h.number(), 1.5f), new Column(h.name(), 5.5f)), rows, false);
    }

    /**
     * A category's controls: the manufacturer's in one cell, the deploying organisation's in a
     * shaded cell below it, so the shading marks exactly what the deploying organisation must do.
     */
    private static List<List<Cell>> controls(ControlCategory c, List<Control> in) {
        String label = c.label() + " controls";
        if (in.isEmpty()) {
            return List.of(row(label, NONE));
        }
        List<Control> ours = in.stream().filter(x -> x.party() != ControlParty.DEPLOYMENT).toList();
        List<Control> theirs = in.stream().filter(x -> x.party() == ControlParty.DEPLOYMENT).toList();
        List<List<Cell>> rows = new ArrayList<>();
        if (!ours.isEmpty()) {
            rows.add(row(label, lines(ours)));
        }
        if (!theirs.isEmpty()) {
            // Under the manufacturer's controls the label is left blank: the rows read as one category.
            rows.add(List.of(Cell.label(ours.isEmpty() ? label : ""), new Cell(lines(theirs), DEPLOYMENT_FILL, null, false, false)));
        }
        return rows;
    }

    private static String lines(List<Control> controls) {
        return controls.stream().map(HazardBlock::control).collect(Collectors.joining("\n"));
    }

    /** The legend of the shading, in the same words as the workbook's. */
    public static Table legend() {
        return new Table(List.of(new Column("", 1f), new Column("", 1f)), List.of(List.of(
                new Cell(TRANSFERRED_LEGEND, TRANSFERRED_FILL, null, false, true),
                new Cell(DEPLOYMENT_LEGEND, DEPLOYMENT_FILL, null, false, true))), true);
    }

    /** "• text (Manufacturer, Implemented)". */
    static String control(Control c) {
        return "\u2022 " + c.text() + " (" + c.party().label() + ", " + c.status().label() + ")";
    }

    private static Cell rating(RiskScheme scheme, Assessment a) {
        String words = RiskWords.risk(scheme, a) + "  (severity " + RiskWords.severity(scheme, a.severity())
                + ", likelihood " + RiskWords.likelihood(scheme, a.likelihood()) + ")";
        return scheme.riskLevel(a)
                .map(l -> new Cell(words, RiskPalette.fill(scheme, l.number()), RiskPalette.text(scheme, l.number()), true, false))
                .orElse(new Cell(words, RiskPalette.UNSCORED_FILL, RiskPalette.UNSCORED_TEXT, true, false));
    }

    private static List<Cell> row(String label, String value) {
        return List.of(Cell.label(label), Cell.of(value));
    }

    private static String orNone(String s) {
        return s.isBlank() ? NONE : s;
    }
}
