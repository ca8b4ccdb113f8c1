package org.hazardlog.report.cscr;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.Revision;
import org.hazardlog.report.RiskTally;
import org.hazardlog.report.RiskWords;
import org.hazardlog.report.TestIssue;
import org.hazardlog.report.content.HazardLogDocument;
import org.hazardlog.report.content.HazardLogTable;
import org.hazardlog.report.content.RiskTables;
import org.hazardlog.report.document.Block;
import org.hazardlog.report.document.BulletList;
import org.hazardlog.report.document.Contents;
import org.hazardlog.report.document.Heading;
import org.hazardlog.report.document.PageBreak;
import org.hazardlog.report.document.PageLayout;
import org.hazardlog.report.document.Paragraph;
import org.hazardlog.report.document.SafetyDocument;
import org.hazardlog.report.document.Span;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.report.document.Table.Column;

/**
 * The Clinical Safety Case Report as a document: document control, executive summary, the eleven
 * sections of the implementation guidance with the template wording and what the log says, and
 * the full hazard log as Appendix A. Rendered to Word and PDF from the same blocks.
 */
public final class SafetyCaseReport {

    public static final String TITLE = "Clinical Safety Case Report";
    public static final String DOCUMENT_CONTROL = "Document control";
    public static final String EXECUTIVE_SUMMARY = "Executive summary";
    public static final String APPENDIX_A = "Appendix A: Hazard log";
    public static final String TRANSFERRED_NONE = "No hazards are transferred.";
    public static final String TEST_ISSUES_NONE = "There are no outstanding test issues.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final ReportInput input;
    private final CscrTemplates templates;
    private final Placeholders placeholders;
    private final RiskScheme scheme;
    private final SafetyDocument.Builder doc = new SafetyDocument.Builder();

    private SafetyCaseReport(ReportInput input, CscrTemplates templates) {
        this.input = input;
        this.templates = templates;
        this.placeholders = new Placeholders(input);
        this.scheme = input.scheme();
    }

    public static SafetyDocument build(ReportInput input, CscrTemplates templates) {
        return new SafetyCaseReport(input, templates).build();
    }

    private SafetyDocument build() {
        ProjectSettings p = input.project();
        titleAndDocumentControl(p);
        doc.add(new PageBreak());
        doc.add(new Paragraph(List.of(Span.bold("Contents")), Paragraph.Kind.SUBTITLE));
        doc.add(new Contents());
        doc.add(new PageBreak());
        executiveSummary();
        for (CscrSection s : CscrSection.values()) {
            doc.heading(1, s.heading());
            snippet(templates.text(s));
            section(s);
        }
        doc.add(new PageLayout(true));
        doc.heading(1, APPENDIX_A);
        doc.paragraph("The hazard log as of " + placeholders.value("date") + " (" + input.version().label() + "), "
                + HazardLogDocument.statusCounts(input.hazards()) + ". S / L: severity / likelihood.");
        doc.add(HazardLogTable.of(input.hazards(), scheme));
        return doc.build(TITLE + ": " + HazardLogDocument.productLine(p), HazardLogDocument.runningHeader(p, TITLE), false);
    }

    private void titleAndDocumentControl(ProjectSettings p) {
        doc.add(new Paragraph(List.of(Span.plain(TITLE)), Paragraph.Kind.TITLE));
        doc.add(new Paragraph(List.of(Span.plain(HazardLogDocument.productLine(p))), Paragraph.Kind.SUBTITLE));
        doc.heading(1, DOCUMENT_CONTROL);
        doc.add(keyValues(List.of(
                kv("Title", TITLE),
                kv("Product", value("product")),
                kv("Product version", value("version")),
                kv("Manufacturer", value("manufacturer")),
                kv("Document version", input.version().label()),
                kv("Date", placeholders.value("date")),
                kv("Author", value("author")),
                kv("Reviewers", value("reviewers")),
                kv("Approver", value("approver")),
                kv("Clinical Safety Officer", value("cso")),
                kv("Standard", "DCB0129 Clinical Risk Management: its Application in the Manufacture of Health IT Systems"))));
        doc.heading(2, "Revision history");
        List<List<Cell>> rows = new ArrayList<>();
        for (Revision r : input.version().history()) {
            rows.add(List.of(Cell.of(r.version()), Cell.of(DATE.format(r.date())),
                    Cell.of(r.author().isEmpty() ? "[author not set]" : r.author()), Cell.of(r.change())));
        }
        doc.add(new Table(List.of(new Column("Version", 1.2f), new Column("Date", 1.6f), new Column("Author", 2f),
                new Column("Change", 5f)), rows, false));
    }

    private void executiveSummary() {
        doc.heading(1, EXECUTIVE_SUMMARY);
        snippet(templates.text(CscrTemplates.EXECUTIVE_SUMMARY));
        RiskTally tally = input.tally();
        doc.add(RiskTables.levelCounts(tally));
        doc.bullets(summaryFacts(tally));
    }

    private List<String> summaryFacts(RiskTally tally) {
        List<String> facts = new ArrayList<>();
        facts.add(HazardLogDocument.statusCounts(input.hazards()) + ".");
        int highest = tally.residual().highestLevel();
        if (highest > 0) {
            RiskLevel level = scheme.riskLevel(highest);
            facts.add("Highest residual risk: " + level.label() + " (" + tally.residual().atLevel(highest) + " "
                    + (tally.residual().atLevel(highest) == 1 ? "hazard" : "hazards") + "). " + level.acceptability() + ".");
        }
        if (tally.residual().unscored() > 0) {
            facts.add(RiskWords.plural(tally.residual().unscored(), "hazard has", "hazards have")
                    + " no residual risk score yet (TBC).");
        }
        long transferred = input.hazards().stream().filter(h -> h.status() == HazardStatus.TRANSFERRED).count();
        facts.add(RiskWords.plural((int) transferred, "hazard is", "hazards are") + " transferred to the deploying organisation (section 7).");
        facts.add(RiskWords.plural(TestIssue.outstanding(input.hazards()).size(), "test issue is", "test issues are")
                + " outstanding (section 8).");
        return facts;
    }

    private void section(CscrSection s) {
        switch (s) {
            case RISK_MANAGEMENT_SYSTEM -> riskScheme();
            case RISK_ANALYSIS -> analysis();
            case RISK_EVALUATION -> evaluation();
            case RISK_CONTROL -> control();
            case HAZARD_LOG -> transferred();
            case TEST_ISSUES -> testIssues();
            case SUMMARY_SAFETY_STATEMENT -> doc.bullets(summaryFacts(input.tally()));
            case QUALITY_ASSURANCE -> approval();
            case CONFIGURATION_CONTROL -> configuration();
            default -> { }
        }
    }

    private void riskScheme() {
        doc.heading(2, "Risk scheme: " + scheme.name());
        if (!scheme.source().isEmpty()) {
            doc.paragraph("Source: " + scheme.source() + ".");
        }
        doc.add(RiskTables.scale("Likelihood", scheme.likelihoods()));
        doc.add(RiskTables.scale("Severity", scheme.severities()));
        doc.add(RiskTables.riskLevels(scheme));
        doc.heading(3, "Risk matrix: the risk level of each likelihood (rows) and severity (columns)");
        doc.add(RiskTables.schemeMatrix(scheme));
    }

    private void analysis() {
        if (input.hazards().isEmpty()) {
            doc.paragraph("The hazard log holds no hazards.");
        }
        for (Hazard h : input.hazards()) {
            doc.heading(3, hazardTitle(h));
            List<List<Cell>> rows = new ArrayList<>();
            addIfAny(rows, "Description", h.description());
            addIfAny(rows, "Causes", lines(h.causes()));
            addIfAny(rows, "Effect", h.effect());
            addIfAny(rows, "Hazard", h.hazard());
            addIfAny(rows, "Potential clinical impact / harm", h.harm());
            addIfAny(rows, "Hazard types", String.join(", ", h.hazardTypes()));
            rows.add(kv("Status", h.status().label() + (h.statusText().isEmpty() || h.statusText().equals(h.status().label())
                    ? "" : " (" + h.statusText() + ")")));
            doc.add(keyValues(rows));
        }
    }

    private void evaluation() {
        doc.heading(2, "Initial risk: hazards per cell");
        doc.add(RiskTables.countsMatrix(scheme, input.tally().initial()));
        doc.heading(2, "Initial risk per hazard");
        List<List<Cell>> rows = new ArrayList<>();
        for (Hazard h : input.hazards()) {
            rows.add(List.of(Cell.centred(String.valueOf(h.number())), Cell.of(h.name()), Cell.of(h.existingControls()),
                    Cell.centred(RiskWords.severity(scheme, h.initial().severity())),
                    Cell.centred(RiskWords.likelihood(scheme, h.initial().likelihood())),
                    RiskTables.riskCell(scheme, h.initial())));
        }
        doc.add(new Table(List.of(new Column("No.", 0.6f), new Column("Hazard", 3.2f), new Column("Existing controls", 3f),
                new Column("Severity", 1.5f), new Column("Likelihood", 1.5f), new Column("Initial risk", 1.4f)), rows, false));
    }

    private void control() {
        doc.heading(2, "Residual risk: hazards per cell");
        doc.add(RiskTables.countsMatrix(scheme, input.tally().residual()));
        doc.heading(2, "Controls and residual risk per hazard");
        for (Hazard h : input.hazards()) {
            doc.heading(3, hazardTitle(h));
            if (h.controls().isEmpty()) {
                doc.paragraph("No additional controls recorded.");
            } else {
                List<List<Cell>> rows = new ArrayList<>();
                for (Control c : h.controls()) {
                    rows.add(List.of(Cell.of(c.category().label()), Cell.of(c.text()), Cell.of(c.party().label()),
                            Cell.of(c.status().label()), Cell.of(c.evidence())));
                }
                doc.add(new Table(List.of(new Column("Category", 1.4f), new Column("Control", 4f), new Column("Party", 1.6f),
                        new Column("Status", 1.6f), new Column("Evidence", 2f)), rows, false));
            }
            List<List<Cell>> residual = new ArrayList<>();
            residual.add(List.of(Cell.label("Residual risk"), Cell.of(RiskWords.severity(scheme, h.residual().severity())
                    + " severity, " + RiskWords.likelihood(scheme, h.residual().likelihood()) + " likelihood"),
                    RiskTables.riskCell(scheme, h.residual())));
            if (!h.residualAssessment().isEmpty()) {
                residual.add(List.of(Cell.label("Assessment"), Cell.of(h.residualAssessment()), Cell.of("")));
            }
            doc.add(new Table(List.of(new Column("", 1.6f), new Column("", 6.6f), new Column("", 1.4f)), residual, true));
        }
    }

    private void transferred() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Hazard h : input.hazards()) {
            if (h.status() != HazardStatus.TRANSFERRED) {
                continue;
            }
            List<Control> theirs = h.controls().stream().filter(c -> c.party() == ControlParty.DEPLOYMENT).toList();
            rows.add(List.of(Cell.centred(String.valueOf(h.number())), Cell.of(h.name()),
                    Cell.of(theirs.isEmpty() ? "(none recorded)" : HazardLogTable.controls(theirs)),
                    RiskTables.riskCell(scheme, h.residual())));
        }
        if (rows.isEmpty()) {
            doc.paragraph(TRANSFERRED_NONE);
        } else {
            doc.add(new Table(List.of(new Column("No.", 0.6f), new Column("Hazard", 3.4f),
                    new Column("Deploying organisation's controls", 4.4f), new Column("Residual risk", 1.4f)), rows, false));
        }
    }

    private void testIssues() {
        List<TestIssue> issues = TestIssue.outstanding(input.hazards());
        if (issues.isEmpty()) {
            doc.paragraph(TEST_ISSUES_NONE);
            return;
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (TestIssue i : issues) {
            rows.add(List.of(Cell.of(hazardTitle(i.hazard())), Cell.of(i.control().text()), Cell.of(i.control().status().label()),
                    Cell.of(i.control().owner()), RiskTables.riskCell(scheme, i.hazard().residual())));
        }
        doc.add(new Table(List.of(new Column("Hazard", 2.8f), new Column("Test control", 3.6f), new Column("Status", 1.5f),
                new Column("Owner", 1.3f), new Column("Safety impact (residual risk)", 1.6f)), rows, false));
    }

    private void approval() {
        doc.heading(2, "Document approval");
        doc.add(new Table(List.of(new Column("Role", 2f), new Column("Name", 3f), new Column("Signature", 2.6f), new Column("Date", 1.6f)),
                List.of(
                        List.of(Cell.label("Author"), Cell.of(value("author")), Cell.of(""), Cell.of("")),
                        List.of(Cell.label("Reviewers"), Cell.of(value("reviewers")), Cell.of(""), Cell.of("")),
                        List.of(Cell.label("Approver"), Cell.of(value("approver")), Cell.of(""), Cell.of(""))), false));
        doc.heading(2, "Clinical Safety Officer sign-off");
        snippet(templates.text(CscrTemplates.SIGN_OFF));
        doc.add(SignOff.block(input.project(), input.version().signature()));
    }

    private void configuration() {
        doc.add(keyValues(List.of(
                kv("Product", value("product")),
                kv("Product version", value("version")),
                kv("Hazard log file", input.logName()),
                kv("Hazard log version", input.version().label()),
                kv("Generated", input.generatedAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm"))),
                kv("Risk scheme", scheme.name()),
                kv("Report templates", templates.origin()))));
    }

    /** Template wording: Markdown first, placeholders after, so a value is never read as Markdown. */
    private void snippet(String markdown) {
        for (Block b : MarkdownSnippet.parse(markdown)) {
            doc.add(fill(b));
        }
    }

    private Block fill(Block b) {
        if (b instanceof Paragraph p) {
            return new Paragraph(fill(p.spans()), p.kind());
        }
        if (b instanceof BulletList l) {
            return new BulletList(l.items().stream().map(this::fill).toList(), l.numbered());
        }
        if (b instanceof Heading h) {
            return new Heading(h.level(), placeholders.fill(h.text()));
        }
        return b;
    }

    private List<Span> fill(List<Span> spans) {
        return spans.stream().map(s -> new Span(placeholders.fill(s.text()), s.bold(), s.italic())).toList();
    }

    private String value(String name) {
        return placeholders.value(name);
    }

    static String hazardTitle(Hazard h) {
        return "Hazard " + h.number() + ": " + h.name();
    }

    private static String lines(List<String> items) {
        return items.stream().map(i -> "\u2022 " + i).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    private static List<Cell> kv(String label, String value) {
        return List.of(Cell.label(label), Cell.of(value));
    }

    private static void addIfAny(List<List<Cell>> rows, String label, String value) {
        if (!value.isEmpty()) {
            rows.add(kv(label, value));
        }
    }

    private static Table keyValues(List<List<Cell>> rows) {
        return new Table(List.of(new Column("", 2.2f), new Column("", 7f)), rows, true);
    }
}
