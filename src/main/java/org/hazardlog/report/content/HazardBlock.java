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

    /** Fill of what the deploying organisation must do or now owns: the same amber in every document. */
    public static final String TRANSFER_FILL = "FFF3CD";
    public static final String TRANSFER_TEXT = "6D4C00";
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
            List<Control> in = h.controls().stream().filter(x -> x.category() == c).toList();
            boolean deployer = in.stream().anyMatch(x -> x.party() == ControlParty.DEPLOYMENT);
            String text = in.isEmpty() ? NONE : in.stream().map(HazardBlock::control).collect(Collectors.joining("\n"));
            rows.add(List.of(Cell.label(c.label() + " controls"), deployer
                    ? new Cell(text, TRANSFER_FILL, TRANSFER_TEXT, false, false) : Cell.of(text)));
        }
        rows.add(List.of(Cell.label("Residual risk"), rating(scheme, h.residual())));
        rows.add(row("Action summary", orNone(h.actionSummary())));
        String status = h.status().label() + (h.statusText().isEmpty() || h.statusText().equals(h.status().label())
                ? "" : ": " + h.statusText());
        String owner = h.assignment().isEmpty() ? "Owner not set" : "Owner: " + h.assignment();
        rows.add(List.of(Cell.label("Owner / status"), h.status() == HazardStatus.TRANSFERRED
                ? new Cell(owner + "\n" + status + " (to the deploying organisation)", TRANSFER_FILL, TRANSFER_TEXT, true, false)
                : Cell.of(owner + "\n" + status)));
        return new Table(List.of(new Column("Hazard " + h.number(), 1.5f), new Column(h.name(), 5.5f)), rows, false);
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
