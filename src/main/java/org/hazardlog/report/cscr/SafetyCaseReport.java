package org.hazardlog.report.cscr;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.domain.ProjectSettings.Field;
import org.hazardlog.domain.RiskExceptions;
import org.hazardlog.domain.evidence.EvidenceExceptions;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.cscr.Gap;
import org.hazardlog.domain.cscr.Gaps;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.Revision;
import org.hazardlog.report.RiskTally;
import org.hazardlog.report.RiskWords;
import org.hazardlog.report.content.HazardLogDocument;
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
 * The Clinical Safety Case Report as a document: document control, executive summary, the
 * exceptions, the eleven sections of the implementation guidance and the detail of every hazard
 * as Appendix A. Every sentence is derived from the log, is the text of a named person (the
 * organisation's templates, marked as such, and the CSO's statement and sign-off) or shows a gap
 * as "[not provided]".
 *
 * <p>{@link #content} is what a CSO approves: the report with their texts but without the
 * signature itself, which {@link CscrSeal} puts in at {@link Content#sealAt()} when rendering.
 */
public final class SafetyCaseReport {

    public static final String TITLE = "Clinical Safety Case Report";
    public static final String DOCUMENT_CONTROL = "Document control";
    public static final String EXECUTIVE_SUMMARY = "Executive summary";
    public static final String EXCEPTIONS = "Exceptions";
    public static final String APPENDIX_A = "Appendix A: Hazards in detail";
    public static final String TRANSFERRED_NONE = "No hazards are transferred.";
    public static final String NOT_PROVIDED = "[not provided]";
    public static final String NO_EXCEPTIONS = "HazardLog found no exceptions in this log.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy");

    /** The report's content and where the signature block goes. */
    public record Content(SafetyDocument document, int sealAt, List<Gap> gaps) {
    }

    private final ReportInput input;
    private final CscrTemplates templates;
    private final Placeholders placeholders;
    private final RiskScheme scheme;
    private final Optional<CscrConclusion> conclusion;
    private final List<RiskExceptions.Finding> findings;
    private final List<Hazard> analysed;
    private final List<Hazard> drafts;
    private final SafetyDocument.Builder doc = new SafetyDocument.Builder();
    private int sealAt = -1;

    private SafetyCaseReport(ReportInput input, CscrTemplates templates, Optional<CscrConclusion> conclusion) {
        this.input = input;
        this.templates = templates;
        this.placeholders = new Placeholders(input);
        this.scheme = input.scheme();
        this.conclusion = conclusion;
        this.findings = EvidenceExceptions.findings(input.hazards(), scheme, input.evidence().verification());
        this.analysed = input.hazards().stream().filter(h -> h.status() != HazardStatus.DRAFT).toList();
        this.drafts = input.hazards().stream().filter(h -> h.status() == HazardStatus.DRAFT).toList();
    }

    /** The report as a draft: not approved, marked so on every page and on the sign-off. */
    public static SafetyDocument build(ReportInput input, CscrTemplates templates) {
        return CscrSeal.draft(content(input, templates, Optional.empty()));
    }

    /** The content a CSO approves, with their statement and sign-off wording when given. */
    public static Content content(ReportInput input, CscrTemplates templates, Optional<CscrConclusion> conclusion) {
        return new SafetyCaseReport(input, templates, conclusion).build();
    }

    private Content build() {
        ProjectSettings p = input.project();
        titleAndDocumentControl(p);
        doc.add(new PageBreak());
        doc.add(new Paragraph(List.of(Span.bold("Contents")), Paragraph.Kind.SUBTITLE));
        doc.add(new Contents());
        doc.add(new PageBreak());
        executiveSummary();
        exceptions();
        for (CscrSection s : CscrSection.values()) {
            doc.heading(1, s.heading());
            snippet(s.template(), templates.text(s));
            section(s);
        }
        doc.add(new PageLayout(true));
        doc.heading(1, APPENDIX_A);
        doc.paragraph("Every hazard of " + input.version().label().toLowerCase() + " with its controls, one row per "
                + "control; a hazard's number and name repeat on each of its rows. S / L: severity / likelihood.");
        doc.add(CscrAppendix.table(analysed, scheme, input.evidence().verification()));
        if (!drafts.isEmpty()) {
            doc.heading(2, "Drafts not yet reviewed");
            doc.add(CscrAppendix.table(drafts, scheme, input.evidence().verification()));
        }
        SafetyDocument d = doc.build(TITLE + ": " + HazardLogDocument.productLine(p), HazardLogDocument.runningHeader(p, TITLE), false);
        return new Content(d, sealAt, Gaps.of(input.hazards(), scheme, p, input.openTestIssues().size(),
                input.evidence().verification()));
    }

    private void titleAndDocumentControl(ProjectSettings p) {
        doc.add(new Paragraph(List.of(Span.plain(TITLE)), Paragraph.Kind.TITLE));
        doc.add(new Paragraph(List.of(Span.plain(HazardLogDocument.productLine(p))), Paragraph.Kind.SUBTITLE));
        doc.heading(1, DOCUMENT_CONTROL);
        doc.add(keyValues(List.of(
                kv("Title", TITLE),
                fact(Field.DOCUMENT_REFERENCE),
                kv("Product", value("product")),
                kv("Product version", value("version")),
                kv("Manufacturer", value("manufacturer")),
                fact(Field.LIFECYCLE_PHASE),
                kv("Made from", "Hazard log " + input.logName() + ", " + input.version().label()),
                kv("Date", placeholders.value("date")),
                kv("Author", value("author")),
                fact(Field.REVIEWERS),
                kv("Approver", value("approver")),
                kv("Clinical Safety Officer", value("cso")),
                fact(Field.CRMP_REFERENCE),
                fact(Field.RELATED_DOCUMENTS),
                kv("Standard", "DCB0129 Clinical Risk Management: its Application in the Manufacture of Health IT Systems"))));
        doc.heading(2, "Revision history of the hazard log");
        List<List<Cell>> rows = new ArrayList<>();
        for (Revision r : input.version().history()) {
            rows.add(List.of(Cell.of(r.version()), Cell.of(DATE.format(r.date())),
                    Cell.of(r.author().isEmpty() ? NOT_PROVIDED : r.author()), Cell.of(r.change())));
        }
        doc.add(new Table(List.of(new Column("Version", 1.2f), new Column("Date", 1.6f), new Column("Author", 2f),
                new Column("Change", 5f)), rows, false));
    }

    private void executiveSummary() {
        doc.heading(1, EXECUTIVE_SUMMARY);
        snippet(CscrTemplates.EXECUTIVE_SUMMARY, templates.text(CscrTemplates.EXECUTIVE_SUMMARY));
        RiskTally tally = input.tally();
        doc.add(RiskTables.levelCounts(tally));
        List<String> facts = new ArrayList<>(summaryFacts(tally));
        facts.add(exceptionsSentence() + " (section " + EXCEPTIONS + ").");
        facts.add(conclusion.isPresent()
                ? "The Clinical Safety Officer's summary safety statement is in section 9."
                : "The Clinical Safety Officer's summary safety statement (section 9): " + NOT_PROVIDED + ".");
        doc.bullets(facts);
    }

    private String exceptionsSentence() {
        long hazards = findings.stream().map(RiskExceptions.Finding::hazardNumber).distinct().count();
        return findings.isEmpty() ? "HazardLog found no exceptions"
                : RiskWords.plural(findings.size(), "exception", "exceptions") + " in "
                        + RiskWords.plural((int) hazards, "hazard", "hazards");
    }

    private List<String> summaryFacts(RiskTally tally) {
        List<String> facts = new ArrayList<>();
        facts.add(HazardLogDocument.statusCounts(input.hazards()) + ".");
        int highest = tally.residual().highestLevel();
        if (highest > 0) {
            RiskLevel level = scheme.riskLevel(highest);
            facts.add("Highest residual risk: " + riskWords(level) + " ("
                    + RiskWords.plural(tally.residual().atLevel(highest), "hazard", "hazards") + ").");
        }
        if (tally.residual().unscored() > 0) {
            facts.add(RiskWords.plural(tally.residual().unscored(), "hazard has", "hazards have")
                    + " no residual risk score yet (TBC).");
        }
        long transferred = input.hazards().stream().filter(h -> h.status() == HazardStatus.TRANSFERRED).count();
        facts.add(RiskWords.plural((int) transferred, "hazard is", "hazards are") + " transferred to the deploying organisation (section 7).");
        if (input.testIssues().isPresent()) {
            int open = input.openTestIssues().size();
            facts.add(RiskWords.plural(open, "test issue is", "test issues are") + " open (section 8).");
        }
        return facts;
    }

    /** "Risk 3: undesirable level of risk": the level and the first sentence of its acceptability. */
    static String riskWords(RiskLevel level) {
        String a = level.acceptability().strip();
        int stop = a.indexOf('.');
        String first = stop > 0 ? a.substring(0, stop) : a;
        return "Risk " + level.number() + (first.isEmpty() ? " (" + level.name() + ")"
                : ": " + Character.toLowerCase(first.charAt(0)) + first.substring(1));
    }

    static Cell riskCell(RiskScheme scheme, org.hazardlog.domain.Assessment a) {
        return scheme.riskLevel(a).map(l -> RiskTables.levelCell(scheme, l, riskWords(l)))
                .orElse(RiskTables.riskCell(scheme, a));
    }

    private void exceptions() {
        doc.heading(1, EXCEPTIONS);
        doc.paragraph("HazardLog checks every hazard for states that a reader must not take as safe. "
                + exceptionsSentence() + ".");
        if (findings.isEmpty()) {
            return;
        }
        Map<RiskExceptions.Kind, List<RiskExceptions.Finding>> byKind = new EnumMap<>(RiskExceptions.Kind.class);
        findings.forEach(f -> byKind.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
        List<List<Cell>> summary = new ArrayList<>();
        byKind.forEach((k, list) -> summary.add(List.of(Cell.of(k.description()), Cell.centred(String.valueOf(list.size())))));
        doc.add(new Table(List.of(new Column("Exception", 7f), new Column("Hazards", 1.2f)), summary, false));
        Map<Integer, Hazard> byNumber = new java.util.HashMap<>();
        input.hazards().forEach(h -> byNumber.put(h.number(), h));
        byKind.forEach((k, list) -> {
            doc.heading(2, k.description());
            List<List<Cell>> rows = new ArrayList<>();
            for (RiskExceptions.Finding f : list) {
                Hazard h = byNumber.get(f.hazardNumber());
                rows.add(List.of(Cell.centred(String.valueOf(f.hazardNumber())), Cell.of(f.hazardName()),
                        Cell.of(h == null ? "" : h.status().label()), h == null ? Cell.of("") : riskCell(scheme, h.residual())));
            }
            doc.add(new Table(List.of(new Column("No.", 0.7f), new Column("Hazard", 5f), new Column("Status", 1.4f),
                    new Column("Residual risk", 2.6f)), rows, false));
        });
    }

    private void section(CscrSection s) {
        switch (s) {
            case SYSTEM_DEFINITION -> releaseFacts();
            case RISK_MANAGEMENT_SYSTEM -> riskScheme();
            case RISK_ANALYSIS -> analysis();
            case RISK_EVALUATION -> evaluation();
            case RISK_CONTROL -> control();
            case HAZARD_LOG -> transferred();
            case TEST_ISSUES -> testIssues();
            case SUMMARY_SAFETY_STATEMENT -> statement();
            case QUALITY_ASSURANCE -> approval();
            case CONFIGURATION_CONTROL -> configuration();
            default -> { }
        }
    }

    private void releaseFacts() {
        doc.add(keyValues(List.of(
                kv("Product", value("product")),
                kv("Product version", value("version")),
                kv("Manufacturer", value("manufacturer")),
                fact(Field.LIFECYCLE_PHASE),
                fact(Field.INTENDED_USE),
                fact(Field.INTENDED_USERS),
                fact(Field.THIRD_PARTY))));
    }

    private void riskScheme() {
        doc.add(keyValues(List.of(fact(Field.CRMP_REFERENCE))));
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
            return;
        }
        doc.heading(2, "Reviewed hazards by residual risk");
        doc.add(hazardsByRisk(analysed, false));
        doc.heading(2, "Drafts awaiting review");
        if (drafts.isEmpty()) {
            doc.paragraph("There are no draft hazards.");
        } else {
            doc.paragraph(RiskWords.plural(drafts.size(), "hazard is a draft", "hazards are drafts")
                    + " not yet reviewed by the Clinical Safety Officer. They are not part of the analysis above.");
            List<List<Cell>> rows = new ArrayList<>();
            for (Hazard h : drafts) {
                rows.add(List.of(Cell.centred(String.valueOf(h.number())), Cell.of(h.name())));
            }
            doc.add(new Table(List.of(new Column("No.", 0.7f), new Column("Draft hazard", 8f)), rows, false));
        }
    }

    /** One row per hazard, highest risk first: number, name, status and risk. */
    private Table hazardsByRisk(List<Hazard> hazards, boolean initial) {
        List<Hazard> sorted = new ArrayList<>(hazards);
        sorted.sort((a, b) -> Integer.compare(level(initial ? b.initial() : b.residual()), level(initial ? a.initial() : a.residual())));
        List<List<Cell>> rows = new ArrayList<>();
        for (Hazard h : sorted) {
            rows.add(List.of(Cell.centred(String.valueOf(h.number())), Cell.of(h.name()), Cell.of(h.status().label()),
                    riskCell(scheme, initial ? h.initial() : h.residual())));
        }
        return new Table(List.of(new Column("No.", 0.7f), new Column("Hazard", 5.2f), new Column("Status", 1.3f),
                new Column(initial ? "Initial risk" : "Residual risk", 2.8f)), rows, false);
    }

    private int level(org.hazardlog.domain.Assessment a) {
        return scheme.riskLevel(a).map(RiskLevel::number).orElse(0);
    }

    private void evaluation() {
        doc.heading(2, "Initial risk: hazards per cell");
        doc.add(RiskTables.countsMatrix(scheme, new RiskTally(scheme, analysed).initial()));
        doc.note("Reviewed hazards only; drafts are listed apart in section 4.");
    }

    private void control() {
        doc.heading(2, "Residual risk: hazards per cell");
        doc.add(RiskTables.countsMatrix(scheme, new RiskTally(scheme, analysed).residual()));
        doc.note("Reviewed hazards only; drafts are listed apart in section 4.");
        doc.heading(2, "Additional controls by category and status");
        Map<ControlCategory, int[]> counts = new EnumMap<>(ControlCategory.class);
        for (Hazard h : analysed) {
            for (Control c : h.controls()) {
                counts.computeIfAbsent(c.category(), k -> new int[ControlStatus.values().length])[c.status().ordinal()]++;
            }
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("Category", 1.7f));
        for (ControlStatus st : ControlStatus.values()) {
            // The two "... verified" headers get the room to keep "Implementation" whole.
            boolean verified = st == ControlStatus.IMPLEMENTATION_VERIFIED || st == ControlStatus.EFFECTIVENESS_VERIFIED;
            columns.add(new Column(st.label(), verified ? 1.5f : 1.2f));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (ControlCategory cat : ControlCategory.values()) {
            if (!cat.isAssigned() && !counts.containsKey(cat)) {
                continue; // a row of untriaged controls only where there are some
            }
            int[] n = counts.getOrDefault(cat, new int[ControlStatus.values().length]);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.label(cat.label()));
            for (int v : n) {
                row.add(Cell.centred(String.valueOf(v)));
            }
            rows.add(row);
        }
        doc.add(new Table(columns, rows, false));
        doc.paragraph("Each control, with its hazard, party, status and evidence, is in Appendix A.");
        CscrEvidence.add(doc, input.hazards(), scheme, input.evidence());
    }

    private void transferred() {
        List<List<Cell>> rows = new ArrayList<>();
        for (Hazard h : input.hazards()) {
            if (h.status() != HazardStatus.TRANSFERRED) {
                continue;
            }
            List<Control> theirs = h.controls().stream().filter(c -> c.party() == ControlParty.DEPLOYMENT).toList();
            rows.add(List.of(Cell.centred(String.valueOf(h.number())), Cell.of(h.name()),
                    Cell.of(theirs.isEmpty() ? NOT_PROVIDED + " (no control for the deploying organisation is recorded)"
                            : String.join("\n", theirs.stream().map(c -> "\u2022 " + InlineCode.plain(c.text()) + " (" + c.status().label() + ")").toList())),
                    riskCell(scheme, h.residual())));
        }
        if (rows.isEmpty()) {
            doc.paragraph(TRANSFERRED_NONE);
        } else {
            doc.add(new Table(List.of(new Column("No.", 0.6f), new Column("Hazard", 3.4f),
                    new Column("Deploying organisation's controls", 4.4f), new Column("Residual risk", 2.2f)), rows, false));
        }
    }

    private void testIssues() {
        doc.addAll(TestIssuesSection.blocks(input));
    }

    private void statement() {
        if (conclusion.isPresent()) {
            doc.heading(2, "Statement of the Clinical Safety Officer, " + value("cso"));
            conclusion.get().statementParagraphs().forEach(doc::paragraph);
        } else {
            doc.paragraph("Statement of the Clinical Safety Officer: " + NOT_PROVIDED
                    + " (it is written by the Clinical Safety Officer when approving this report).");
        }
        doc.heading(2, "Facts from the hazard log");
        List<String> facts = new ArrayList<>(summaryFacts(input.tally()));
        facts.add(exceptionsSentence() + ", listed in section " + EXCEPTIONS + ".");
        doc.bullets(facts);
    }

    private void approval() {
        doc.heading(2, "People named in the project settings");
        doc.add(new Table(List.of(new Column("Role", 2f), new Column("Name", 6f)),
                List.of(
                        List.of(Cell.label("Author"), Cell.of(value("author"))),
                        List.of(Cell.label(Field.REVIEWERS.label()), Cell.of(value("reviewers"))),
                        List.of(Cell.label("Approver"), Cell.of(value("approver"))),
                        List.of(Cell.label("Clinical Safety Officer"), Cell.of(value("cso")))), false));
        doc.note("HazardLog records only the Clinical Safety Officer's approval of this report, below.");
        doc.heading(2, Field.PRE_DELIVERY_REVIEW.label());
        doc.paragraph(factValue(Field.PRE_DELIVERY_REVIEW));
        doc.heading(2, "Clinical Safety Officer sign-off");
        if (conclusion.isPresent()) {
            conclusion.get().signOffParagraphs().forEach(doc::paragraph);
        } else {
            doc.paragraph("Sign-off wording of the Clinical Safety Officer: " + NOT_PROVIDED + ".");
        }
        doc.paragraph("This report rests on " + input.version().label().toLowerCase() + " of the hazard log "
                + input.logName() + ".");
        List<Gap> gaps = Gaps.of(input.hazards(), scheme, input.project(), input.openTestIssues().size(),
                input.evidence().verification());
        if (gaps.isEmpty()) {
            doc.paragraph("Gaps and exceptions: none.");
        } else {
            doc.paragraph(Span.bold("Gaps and exceptions the Clinical Safety Officer confirms with this approval:"));
            List<List<Cell>> rows = new ArrayList<>();
            for (Gap g : gaps) {
                rows.add(List.of(Cell.of(g.description()), Cell.of(g.key())));
            }
            doc.add(new Table(List.of(new Column("Gap", 7f), new Column("Key", 2.6f)), rows, false));
        }
        sealAt = doc.blocks().size();
    }

    private void configuration() {
        doc.add(keyValues(List.of(
                kv("Product", value("product")),
                kv("Product version", value("version")),
                fact(Field.RELEASE_CONFIGURATION),
                kv("Hazard log file", input.logName()),
                kv("Hazard log version", input.version().label()),
                kv("Generated", input.generatedAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm"))),
                kv("Risk scheme", scheme.name()),
                kv("Report templates", templates.origin()),
                kv("Report content", "Its SHA-256 is stated with the Clinical Safety Officer's approval (section 10)"))));
    }

    /**
     * Template wording: Markdown first, placeholders after, so a value is never read as Markdown.
     * Text from an organisation's own templates is marked as such.
     */
    private void snippet(String file, String markdown) {
        List<Block> blocks = MarkdownSnippet.parse(markdown);
        if (!blocks.isEmpty() && !templates.isBuiltIn()) {
            doc.note("Organisation template text (" + file + "):");
        }
        for (Block b : blocks) {
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

    /** A per-release fact under its own label, or the visible gap. */
    private List<Cell> fact(Field field) {
        return kv(field.label(), factValue(field));
    }

    private String factValue(Field field) {
        String v = field.of(input.project());
        return v.isEmpty() ? NOT_PROVIDED : v;
    }

    private static List<Cell> kv(String label, String value) {
        return List.of(Cell.label(label), Cell.of(value));
    }

    private static Table keyValues(List<List<Cell>> rows) {
        return new Table(List.of(new Column("", 2.2f), new Column("", 7f)), rows, true);
    }
}
