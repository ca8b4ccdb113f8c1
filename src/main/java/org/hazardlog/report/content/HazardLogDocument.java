package org.hazardlog.report.content;

import java.time.format.DateTimeFormatter;
import java.util.List;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.RiskWords;
import org.hazardlog.report.document.PageBreak;
import org.hazardlog.report.document.Paragraph;
import org.hazardlog.report.document.SafetyDocument;
import org.hazardlog.report.document.Span;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.report.document.Table.Column;

/** The issued hazard log as a document of its own: identification, counts, the full log, the scheme. */
public final class HazardLogDocument {

    public static final String TITLE = "Hazard Log";

    private HazardLogDocument() {
    }

    public static SafetyDocument build(ReportInput input) {
        ProjectSettings p = input.project();
        SafetyDocument.Builder b = new SafetyDocument.Builder();
        // The approval page first: what this copy is, who approved it and how to check it.
        b.add(new Paragraph(List.of(Span.plain(TITLE)), Paragraph.Kind.TITLE));
        b.add(new Paragraph(List.of(Span.plain(productLine(p))), Paragraph.Kind.SUBTITLE));
        b.addAll(ApprovalBlock.of(input.version()));
        b.add(new Table(List.of(new Column("", 1.4f), new Column("", 4f), new Column("", 1.4f), new Column("", 4f)), List.of(
                List.of(Cell.label("Product"), Cell.of(orNotSet(p.product())), Cell.label("Version"), Cell.of(orNotSet(p.version()))),
                List.of(Cell.label("Manufacturer"), Cell.of(orNotSet(p.manufacturer())), Cell.label("Clinical Safety Officer"), Cell.of(orNotSet(p.cso()))),
                List.of(Cell.label("Log version"), Cell.of(input.version().label()), Cell.label("Generated"),
                        Cell.of(input.generatedAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm")))),
                List.of(Cell.label("Risk scheme"), Cell.of(input.scheme().name()), Cell.label("Hazards"), Cell.of(statusCounts(input.hazards())))),
                true));
        b.heading(1, "Hazards per risk level");
        b.add(RiskTables.levelCounts(input.tally()));
        b.add(new PageBreak());
        b.heading(1, "Hazard log");
        b.note("One block per hazard, in the order of the DCB0129 implementation guidance's hazard log. Risk levels are "
                + "looked up in the risk scheme \"" + input.scheme().name() + "\" from likelihood and severity; TBC means "
                + "not yet scored. Shading marks what the deploying organisation carries out or now owns, in the colours "
                + "of the workbook:");
        b.add(HazardBlock.legend());
        for (Hazard h : input.hazards()) {
            b.add(HazardBlock.of(h, input.scheme()));
        }
        if (input.hazards().isEmpty()) {
            b.paragraph("The log has no hazards.");
        }
        b.heading(1, "Risk scheme: " + input.scheme().name());
        if (!input.scheme().source().isEmpty()) {
            b.paragraph("Source: " + input.scheme().source() + ".");
        }
        b.add(RiskTables.schemeMatrix(input.scheme()));
        b.add(RiskTables.riskLevels(input.scheme()));
        return b.build(TITLE + ": " + productLine(p), "", false).marked(
                runningHeader(p, TITLE) + " \u2014 " + ApprovalBlock.headerMark(input.version()),
                ApprovalBlock.footerMark(input.version()));
    }

    public static String productLine(ProjectSettings p) {
        String line = (p.product() + " " + p.version()).strip();
        return line.isEmpty() ? "[product not set]" : line;
    }

    public static String runningHeader(ProjectSettings p, String documentTitle) {
        return productLine(p) + " \u2014 " + documentTitle;
    }

    public static String statusCounts(List<Hazard> hazards) {
        StringBuilder b = new StringBuilder(RiskWords.plural(hazards.size(), "hazard", "hazards"));
        String sep = ": ";
        for (HazardStatus s : HazardStatus.values()) {
            long n = hazards.stream().filter(h -> h.status() == s).count();
            if (n > 0) {
                b.append(sep).append(n).append(' ').append(s.label().toLowerCase());
                sep = ", ";
            }
        }
        return b.toString();
    }

    static String orNotSet(String v) {
        return v.isEmpty() ? "(not set)" : v;
    }
}
