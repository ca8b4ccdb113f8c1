package org.hazardlog.report.cscr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.report.ReportException;
import org.hazardlog.report.Reports;
import org.hazardlog.report.RiskPalette;
import org.hazardlog.report.docx.CscrWordExporter;
import org.hazardlog.scheme.RiskSchemeFile;

/** The Clinical Safety Case Report in Word, read back with POI. */
class SafetyCaseWordTest {

    @TempDir
    Path folder;

    private XWPFDocument export(CscrTemplates templates) throws IOException {
        Path file = Reports.write(folder.resolve("cscr.docx"), new CscrWordExporter(templates), Reports.input());
        try (InputStream in = Files.newInputStream(file)) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void theElevenSectionsAreLevelOneHeadingsInTheGuidancesOrder() throws IOException {
        XWPFDocument doc = export(CscrTemplates.builtIn());
        assertThat(headings(doc, "Heading1")).containsExactly("Document control", "Executive summary", "Exceptions",
                "1 Introduction", "2 System definition / overview", "3 Clinical risk management system",
                "4 Clinical risk analysis", "5 Clinical risk evaluation", "6 Clinical risk control", "7 Hazard log",
                "8 Test issues", "9 Summary safety statement", "10 Quality assurance and document approval",
                "11 Configuration control / management", SafetyCaseReport.APPENDIX_A);
    }

    @Test
    void headingStylesAreWordsOwnWithOutlineLevels() throws IOException {
        XWPFDocument doc = export(CscrTemplates.builtIn());
        for (int level = 1; level <= 3; level++) {
            var style = doc.getStyles().getStyle("Heading" + level);
            assertThat(style.getName()).isEqualTo("heading " + level);
            assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
        }
        assertThat(text(doc)).contains("TOC \\o \"1-2\"");
    }

    @Test
    void sectionsFourToSixSummariseAndDraftsStandApart() throws IOException {
        XWPFDocument doc = export(CscrTemplates.builtIn());
        assertThat(headings(doc, "Heading3")).noneMatch(h -> h.startsWith("Hazard "));
        assertThat(headings(doc, "Heading2")).contains("Reviewed hazards by residual risk", "Drafts awaiting review",
                "Additional controls by category and status");
        long drafts = Reports.hazards().stream().filter(h -> h.status() == org.hazardlog.domain.HazardStatus.DRAFT).count();
        List<List<String>> reviewed = rowTexts(tableAfter(doc, "Reviewed hazards by residual risk"));
        assertThat(reviewed).hasSize(1 + 5 - (int) drafts);
        assertThat(reviewed.subList(1, reviewed.size())).noneMatch(r -> r.get(2).equals("Draft"));
        assertThat(reviewed.get(1).get(3)).startsWith("Risk 3: undesirable level of risk");
    }

    @Test
    void documentControlNamesTheProductAndThePeople() throws IOException {
        XWPFDocument doc = export(CscrTemplates.builtIn());
        XWPFTable control = tableAfter(doc, "Document control");
        assertThat(rowTexts(control)).contains(List.of("Product", "WardView ePrescribing"), List.of("Product version", "3.2.0"),
                List.of("Reviewers and their roles", "P. Patel; R. Jones"), List.of("Approver", "Dr B. Approver"),
                List.of("Made from", "Hazard log ward.mv.db, Current (draft, not issued)"), List.of("Date", "29 November 2026"));
        assertThat(rowTexts(tableAfter(doc, "Revision history of the hazard log")).get(1)).startsWith("Draft", "29 November 2026", "J. Smith");
    }

    @Test
    void theExecutiveSummaryCountsHazardsPerLevelWithColouredLevels() throws IOException {
        XWPFDocument doc = export(CscrTemplates.builtIn());
        XWPFTable counts = tableAfter(doc, "Executive summary");
        List<List<String>> rows = rowTexts(counts);
        assertThat(rows.get(0)).containsExactly("Risk level", "Initial", "Residual", "Acceptability");
        assertThat(rows.get(3).subList(0, 3)).containsExactly("3 - Medium", "3", "2");
        assertThat(rows.get(4).subList(0, 3)).containsExactly("2 - Low", "1", "1");
        assertThat(rows.get(6).subList(0, 3)).containsExactly("TBC (not fully scored)", "1", "2");
        var scheme = RiskSchemeFile.defaultScheme();
        assertThat(counts.getRow(3).getCell(0).getColor()).isEqualTo(RiskPalette.fill(scheme, 3));
        assertThat(counts.getRow(1).getCell(0).getColor()).isEqualTo(RiskPalette.fill(scheme, 5));
        assertThat(counts.getRow(0).isRepeatHeader()).isTrue();
    }

    @Test
    void transferredHazardsAndOpenTestIssuesAreListed() throws IOException {
        var base = Reports.input();
        var issues = List.of(
                new org.hazardlog.domain.testissue.TestIssue("TI-001", new org.hazardlog.domain.testissue.TestIssueDetails(
                        "Refresh during selection opens the previous patient", "", List.of(1), "Wrong patient's record shown."),
                        null, "eng", java.time.Instant.parse("2026-11-20T09:00:00Z"), 1),
                new org.hazardlog.domain.testissue.TestIssue("TI-002", new org.hazardlog.domain.testissue.TestIssueDetails(
                        "Banner overlaps allergies", "", List.of(), "Allergy hidden."),
                        null, "eng", java.time.Instant.parse("2026-11-20T09:00:00Z"), 1)
                        .resolvedAs(new org.hazardlog.domain.testissue.TestIssue.Resolution("Fixed", "eng",
                                java.time.Instant.parse("2026-11-21T09:00:00Z"))));
        var input = new org.hazardlog.report.ReportInput(base.hazards(), base.scheme(), base.project(), base.logName(),
                base.generatedAt(), base.version(), Optional.of(issues));
        Path file = Reports.write(folder.resolve("cscr.docx"), new CscrWordExporter(CscrTemplates.builtIn()), input);
        XWPFDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        }
        List<List<String>> transferred = rowTexts(tableAfter(doc, "Transferred hazards"));
        assertThat(transferred).hasSize(2);
        assertThat(transferred.get(1).subList(0, 2)).containsExactly("3", Reports.TRANSFERRED_NAME);
        assertThat(transferred.get(1).get(2)).contains("Pharmacy reviews every free-text prescription");

        List<List<String>> open = rowTexts(tableAfter(doc, CscrSection.TEST_ISSUES.heading()));
        assertThat(open).containsExactly(List.of("ID", "Test issue", "Hazards", "Safety impact"),
                List.of("TI-001", "Refresh during selection opens the previous patient", "1", "Wrong patient's record shown."));
        // The unverified test control is counted with a pointer to the appendix, not listed in section 8.
        assertThat(text(doc)).contains("1 resolved test issue is not listed", "1 control of category Test has a recorded status that is not yet verified")
                .doesNotContain("Banner overlaps allergies").doesNotContain(Reports.OUTSTANDING_TEST + "\nImplemented");
    }

    @Test
    void theAppendixHasOneRowPerControlInLandscape() throws IOException {
        XWPFDocument doc = export(CscrTemplates.builtIn());
        XWPFTable appendix = tableAfter(doc, org.hazardlog.report.cscr.SafetyCaseReport.APPENDIX_A);
        int rows = Reports.hazards().stream().filter(h -> h.status() != org.hazardlog.domain.HazardStatus.DRAFT)
                .mapToInt(h -> Math.max(1, h.controls().size())).sum();
        assertThat(appendix.getRows()).hasSize(1 + rows);
        assertThat(rowTexts(appendix)).filteredOn(r -> r.get(0).equals("1")).allMatch(r -> r.get(1).startsWith("Wrong patient record"));
        assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("16838");
    }

    @Test
    void eachPerReleaseFactPrintsInItsSectionAndAnEmptyOneIsAVisibleGap() throws IOException {
        var base = Reports.input();
        var project = base.project()
                .with(ProjectSettings.Field.INTENDED_USE, "Prescribing and administration of medicines on adult wards")
                .with(ProjectSettings.Field.RELEASE_CONFIGURATION, "3.2.0, tag v3.2.0");
        var input = new org.hazardlog.report.ReportInput(base.hazards(), base.scheme(), project, base.logName(),
                base.generatedAt(), base.version());
        Path file = Reports.write(folder.resolve("facts.docx"), new CscrWordExporter(CscrTemplates.builtIn()), input);
        XWPFDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new XWPFDocument(in);
        }

        assertThat(rowTexts(tableAfter(doc, "2 System definition / overview"))).contains(
                List.of("Intended use", "Prescribing and administration of medicines on adult wards"),
                List.of("Intended users and patient population", SafetyCaseReport.NOT_PROVIDED),
                List.of("Third-party products and their assessment", SafetyCaseReport.NOT_PROVIDED));
        assertThat(rowTexts(tableAfter(doc, "11 Configuration control / management"))).contains(
                List.of("Release configuration (version, commit or tag, components)", "3.2.0, tag v3.2.0"));
        assertThat(rowTexts(tableAfter(doc, "3 Clinical risk management system"))).contains(
                List.of("Clinical Risk Management Plan reference", SafetyCaseReport.NOT_PROVIDED));
        assertThat(text(doc)).contains("Pre-delivery review results\n" + SafetyCaseReport.NOT_PROVIDED + "\n");
        // The empty facts are also gaps the CSO must confirm, listed next to the sign-off.
        assertThat(rowTexts(tableAfter(doc, "Clinical Safety Officer sign-off"))).contains(
                List.of("Pre-delivery review results not provided", "setting:pre-delivery-review"))
                .doesNotContain(List.of("Intended use not provided", "setting:intended-use"));
    }

    @Test
    void withoutAnApprovalTheSignOffSaysNotApproved() throws IOException {
        XWPFDocument doc = export(CscrTemplates.builtIn());
        assertThat(text(doc)).contains(CscrSeal.NOT_APPROVED, "Sign-off wording of the Clinical Safety Officer: [not provided]")
                .doesNotContain("I confirm");
    }

    @Test
    void anIssuedVersionsSignatureIsNeverTheSafetyCaseSignOff() throws IOException {
        var signature = new org.hazardlog.report.Signature("Dr A. Okafor", "Clinical Safety Officer",
                java.time.Instant.parse("2026-11-30T09:15:00Z"), "Approved for release 3.2.0");
        var issued = new org.hazardlog.report.ReportVersion("Issue 1", true, List.of(), Optional.of(signature));
        var base = Reports.input();
        var input = new org.hazardlog.report.ReportInput(base.hazards(), base.scheme(), base.project(), base.logName(),
                base.generatedAt(), issued);
        Path file = Reports.write(folder.resolve("signed.docx"), new CscrWordExporter(CscrTemplates.builtIn()), input);
        try (InputStream in = Files.newInputStream(file)) {
            String text = text(new XWPFDocument(in));
            assertThat(text).contains("Issue 1", CscrSeal.NOT_APPROVED).doesNotContain("Signed by")
                    .doesNotContain("Approved for release 3.2.0");
        }
    }

    @Test
    void aChangedTemplateShowsUpInTheReport() throws IOException {
        Path templates = copyOfBuiltIn();
        Files.writeString(templates.resolve("01-introduction.md"),
                "## Why this report\n\nOur own words about **{{product}}** for {{manufacturer}}.\n\n- first point\n- second point\n");
        XWPFDocument doc = export(CscrTemplates.folder(templates));
        assertThat(text(doc)).contains("Our own words about WardView ePrescribing for Example Health Software Ltd.",
                        "Organisation template text (01-introduction.md):")
                .doesNotContain("This Clinical Safety Case Report (CSCR) sets out the evidence");
        assertThat(headings(doc, "Heading2")).contains("Why this report");
    }

    @Test
    void anUnknownPlaceholderIsRefusedNamingFileAndLine() throws IOException {
        Path templates = copyOfBuiltIn();
        Files.writeString(templates.resolve("02-system-definition.md"), "Fine line\n{{prodcut}} is our product.\n");
        assertThatThrownBy(() -> CscrTemplates.folder(templates)).isInstanceOf(ReportException.class)
                .hasMessageStartingWith(templates.resolve("02-system-definition.md") + " line 2: unknown placeholder {{prodcut}}")
                .hasMessageContaining("Known placeholders: {{approver}}, {{author}}");
    }

    @Test
    void aMissingTemplateFolderOrFileIsRefused() throws IOException {
        Path missing = folder.resolve("nowhere");
        assertThatThrownBy(() -> CscrTemplates.load(Optional.of(missing))).isInstanceOf(ReportException.class)
                .hasMessage("The template folder " + missing + " does not exist.");
        Path templates = copyOfBuiltIn();
        Files.delete(templates.resolve("sign-off.md"));
        assertThatThrownBy(() -> CscrTemplates.folder(templates)).hasMessageContaining("lacks sign-off.md");
    }

    private Path copyOfBuiltIn() throws IOException {
        Path templates = Files.createDirectories(folder.resolve("templates-" + System.nanoTime()));
        for (String name : CscrTemplates.fileNames()) {
            try (InputStream in = CscrTemplates.class.getResourceAsStream(CscrTemplates.BUILT_IN + name)) {
                Files.write(templates.resolve(name), in.readAllBytes());
            }
        }
        return templates;
    }

    static List<String> headings(XWPFDocument doc, String style) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (style.equals(p.getStyle())) {
                out.add(p.getText());
            }
        }
        return out;
    }

    private static String text(XWPFDocument doc) {
        StringBuilder b = new StringBuilder();
        doc.getBodyElements().forEach(e -> {
            if (e instanceof XWPFParagraph p) {
                b.append(p.getText()).append('\n');
                p.getRuns().forEach(r -> r.getCTR().getInstrTextList().forEach(t -> b.append(t.getStringValue())));
            } else if (e instanceof XWPFTable t) {
                b.append(t.getText()).append('\n');
            }
        });
        return b.toString();
    }

    /** The first table after the heading with this text. */
    private static XWPFTable tableAfter(XWPFDocument doc, String heading) {
        boolean seen = false;
        for (var e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && p.getText().equals(heading) && p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                seen = true;
            } else if (seen && e instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table after " + heading);
    }

    private static List<List<String>> rowTexts(XWPFTable t) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow r : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell c : r.getTableCells()) {
                cells.add(c.getText());
            }
            rows.add(cells);
        }
        return rows;
    }
}
