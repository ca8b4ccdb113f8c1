package org.hazardlog.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.Hazard;
import org.hazardlog.report.content.HazardBlock;
import org.hazardlog.report.Reports;
import org.hazardlog.report.cscr.CscrTemplates;
import org.hazardlog.store.TempLogs;

/** The PDFs, read back with PDFBox's text extractor. */
class ReportPdfTest {

    @TempDir
    Path folder;

    @Test
    void theSafetyCaseIsA4WithRunningHeaderPageNumbersAndSectionsInOrder() throws IOException {
        Path file = Reports.write(folder.resolve("cscr.pdf"), new CscrPdfExporter(CscrTemplates.builtIn()), Reports.input());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            int pages = pdf.getNumberOfPages();
            List<String> pageTexts = pages(pdf);
            for (int i = 0; i < pages; i++) {
                assertThat(pageTexts.get(i)).contains(squash("WardView ePrescribing 3.2.0 \u2014 Clinical Safety Case Report \u2014 NOT APPROVED - DRAFT"))
                        .contains("Page" + (i + 1) + "of" + pages);
            }
            String all = String.join("\n", pageTexts);
            int at = all.indexOf("Executivesummary\nThisis");
            assertThat(at).isPositive();
            for (String section : List.of("Exceptions", "1 Introduction", "2 System definition / overview", "3 Clinical risk management system",
                    "4 Clinical risk analysis", "5 Clinical risk evaluation", "6 Clinical risk control", "7 Hazard log",
                    "8 Test issues", "9 Summary safety statement", "10 Quality assurance and document approval",
                    "11 Configuration control / management", "Appendix A: Hazards in detail")) {
                int next = all.indexOf("\n" + squash(section) + "\n", at);
                assertThat(next).as(section + " after the one before").isGreaterThan(at);
                at = next;
            }
            // Table cells wrap and extractors interleave wrapped lines of neighbouring cells: compare the start of each.
            assertThat(all).contains("Test:AutomatedUItest:arefresh", "3Doseunitdefaultstomilligramsfora");
            assertThat(pdf.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("Document control");
            // The last page (the appendix) is landscape.
            assertThat(shownWidth(pdf.getPage(pages - 1))).isGreaterThan(800f);
        }
    }

    @Test
    void theContentsGiveThePageEachSectionIsOn() throws IOException {
        Path file = Reports.write(folder.resolve("cscr.pdf"), new CscrPdfExporter(CscrTemplates.builtIn()), Reports.input());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> pageTexts = pages(pdf);
            String contents = pageTexts.get(1);
            var m = java.util.regex.Pattern.compile("\n8Testissues\\.*(\\d+)\n").matcher(contents);
            assertThat(m.find()).as("contents line for section 8 in: " + contents).isTrue();
            int page = Integer.parseInt(m.group(1));
            assertThat(pageTexts.get(page - 1)).contains("\n8Testissues\n");
        }
    }

    @Test
    void theHazardLogPdfHasADraftMarkABlockPerHazardAndTheScheme() throws IOException {
        List<Hazard> hazards = new ArrayList<>(Reports.hazards());
        hazards.add(TempLogs.fullHazard(6));
        hazards.add(TempLogs.fullHazard(7).toBuilder().name("Done tick \u2713 read as not done").build());
        Path file = Reports.write(folder.resolve("log.pdf"), new HazardLogPdfExporter(), Reports.input(hazards));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> pageTexts = pages(pdf);
            for (String page : pageTexts) {
                assertThat(page).as("every page of a copy that is not issued says DRAFT in its header")
                        .contains(squash("WardView ePrescribing 3.2.0 \u2014 Hazard Log \u2014 DRAFT, not issued"));
                assertThat(page.substring(page.lastIndexOf("\nPage"))).as("and in its footer").isEqualTo("\nPage" + (pageTexts.indexOf(page) + 1) + "of" + pageTexts.size() + "\n");
                assertThat(page.substring(0, page.lastIndexOf("\nPage"))).as("the footer's mark").endsWith("DRAFT,notissued");
            }
            assertThat(pageTexts.get(0)).contains(squash(org.hazardlog.domain.version.Approval.DRAFT));
            String all = squash(String.join("\n", pageTexts));
            assertThat(all).contains(squash("Risk scheme: DCB0129 IG v3.2 example"));
            for (Hazard h : hazards) {
                assertThat(all).contains("Hazard" + h.number() + squash(String.join(" ", java.util.Arrays.asList(h.name().split(" ")).subList(0, 3))));
            }
            assertThat(all).contains("Designcontrols", "Testcontrols", "Trainingcontrols", "Businessprocess");
            assertThat(all).as("characters outside Liberation Sans still print").contains(squash("Done tick \u2713 read"));
            assertThat(all).as("the shading's legend").contains(squash(HazardBlock.TRANSFERRED_LEGEND), squash(HazardBlock.DEPLOYMENT_LEGEND));
        }
    }

    @Test
    void aHazardTallerThanAPageRepeatsItsNumberAndNameOnEveryPageItRunsOn() throws IOException {
        List<Control> many = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            many.add(Control.proposed(ControlCategory.DESIGN, "Design control " + i + " checks the discontinued flag on every refresh."));
        }
        Hazard tall = TempLogs.fullHazard(8).toBuilder().name("Tall hazard with many controls").controls(many).build();
        Path file = Reports.write(folder.resolve("tall.pdf"), new HazardLogPdfExporter(), Reports.input(List.of(tall)));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> pageTexts = pages(pdf);
            List<Integer> on = new ArrayList<>();
            for (int i = 0; i < pageTexts.size(); i++) {
                if (pageTexts.get(i).contains("Designcontrol")) {
                    on.add(i);
                }
            }
            String all = String.join("\n", pageTexts);
            assertThat(all).as("no control is cut off").contains("Designcontrol1checks", "Designcontrol150checks");
            assertThat(on).as("the block runs over more than one page").hasSizeGreaterThan(1);
            for (int i : on) {
                assertThat(pageTexts.get(i)).as("page " + (i + 1)).contains("Hazard8Tallhazardwithmanycontrols");
            }
        }
    }

    @Test
    void noHeadingIsTheLastThingOnItsPage() throws IOException {
        Path file = Reports.write(folder.resolve("log.pdf"), new HazardLogPdfExporter(), Reports.input());
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            for (String page : pages(pdf)) {
                String body = page.substring(0, page.lastIndexOf("\nPage")).replace("DRAFT,notissued", "").strip();
                String last = body.substring(body.lastIndexOf('\n') + 1);
                assertThat(last).as("last line of a page").isNotIn("Hazardlog", "Hazardsperrisklevel", "Approval", "Revisionhistory")
                        .doesNotStartWith("Riskscheme:");
            }
        }
    }

    /** The width a viewer shows: a landscape page may be a portrait page turned by 90 degrees. */
    private static float shownWidth(PDPage page) {
        return page.getRotation() % 180 == 0 ? page.getMediaBox().getWidth() : page.getMediaBox().getHeight();
    }

    private static List<String> pages(PDDocument pdf) throws IOException {
        List<String> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            // Spaces are dropped: extractors guess them from glyph gaps, and guess differently from viewers.
            out.add(stripper.getText(pdf).replace("\r\n", "\n").replaceAll("[ \\t]+", ""));
        }
        return out;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }
}
