package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.version.Approval;
import org.hazardlog.domain.version.VersionSummary;
import org.hazardlog.store.HazardLogFile;

/** Every format of an issued version carries its approval; the JSON one verifies on its own; drafts say so. */
class IssuedExportsTest {

    private static final String PASSWORD = "signing password";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private String db;
    private StringWriter out;
    private StringWriter err;
    private VersionSummary v1;
    private List<Hazard> atIssue;

    @BeforeEach
    void issueVersionOneThenEdit() {
        db = folder.resolve("log").toString();
        try (HazardLogService log = HazardLogService.create(HazardLogFile.at(Path.of(db)), "alice",
                PASSWORD.toCharArray())) {
            ExampleLog.fill(log);
        }
        assertThat(withInput(PASSWORD + "\n", "--db", db, "issue", "--summary", "Release 1.0", "--password-stdin",
                "--user", "alice")).isZero();
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(Path.of(db)), "alice")) {
            atIssue = log.hazards();
            log.save(log.hazard(1).orElseThrow().toBuilder().name("Renamed after the issue").build());
            v1 = log.versions().list().get(0);
        }
    }

    private int withInput(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HazardLogCommand.run(args, f -> { }, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
    }

    private int run(String... args) {
        return withInput("", args);
    }

    private Path export(String format, String name, String... more) {
        Path target = folder.resolve(name);
        String[] args = {"--db", db, "export", "--format", format, "--out", target.toString()};
        String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        assertThat(run(all)).as(err.toString()).isZero();
        return target;
    }

    /** What every format must show of the approval of version 1. */
    private void hasApproval(String text) {
        String flat = text.replaceAll("\\s+", "");
        assertThat(flat).contains("alice", "ClinicalSafetyOfficer", "Release1.0", "Approved", v1.contentHash(),
                v1.signature().time().toString(), "verify-export", "Revisionhistory");
        assertThat(text).doesNotContain("Renamed after the issue");
    }

    @Test
    void theJsonOfAnIssuedVersionCarriesItsApprovalAndVerifies() throws Exception {
        Path json = export("json", "v1.json", "--version", "1");
        ObjectNode root = (ObjectNode) JSON.readTree(json.toFile());
        assertThat(root.get("documentStatus").asText()).isEqualTo("ISSUED");
        assertThat(root.get("approval").get("contentHash").get("value").asText()).isEqualTo(v1.contentHash());
        assertThat(root.get("approval").get("signedBy").asText()).isEqualTo("alice");
        assertThat(root.get("approval").get("revisionHistory")).hasSize(1);

        assertThat(run("verify-export", json.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("matches", v1.contentHash());

        // A hazard changed in the file: the hash no longer matches.
        String changed = Files.readString(json).replace("Wrong patient record opened", "Right patient record opened");
        Path tampered = Files.writeString(folder.resolve("tampered.json"), changed);
        assertThat(run("verify-export", tampered.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not match");

        // The signer changed in the file: no match either.
        Path signer = Files.writeString(folder.resolve("signer.json"),
                Files.readString(json).replace("\"signedBy\" : \"alice\"", "\"signedBy\" : \"mallory\""));
        assertThat(Files.readString(signer)).contains("mallory");
        assertThat(run("verify-export", signer.toString())).isEqualTo(1);

        // The risk scheme changed: no match.
        ObjectNode scheme = (ObjectNode) JSON.readTree(json.toFile());
        ((ObjectNode) scheme.get("riskScheme")).put("name", "Another scheme");
        Path schemeChanged = Files.writeString(folder.resolve("scheme.json"), JSON.writeValueAsString(scheme));
        assertThat(run("verify-export", schemeChanged.toString())).isEqualTo(1);
    }

    @Test
    void aDraftOrForeignFileDoesNotVerifyAndSaysWhy() throws Exception {
        Path draft = export("json", "now.json");
        assertThat(JSON.readTree(draft.toFile()).get("documentStatus").asText()).startsWith("DRAFT");
        assertThat(run("verify-export", draft.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not the export of an issued version", "DRAFT");

        assertThat(run("verify-export", Files.writeString(folder.resolve("x.json"), "not json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not JSON");
        assertThat(run("verify-export", folder.resolve("missing.json").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("no such file");
    }

    @Test
    void anIssuedJsonOrMarkdownExportImportsBackAsTheVersion() throws Exception {
        Path json = export("json", "v1.json", "--version", "1");
        Path md = export("md", "v1-md", "--version", "1");
        String index = Files.readString(md.resolve("index.md"));
        hasApproval(index);
        for (Path source : List.of(json, md)) {
            String other = folder.resolve("other-" + source.getFileName()).toString();
            try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(Path.of(other)), "alice")) {
                assertThat(log.hazards()).isEmpty();
            }
            assertThat(run("--db", other, "import", source.toString(), "--user", "alice")).as(err.toString()).isZero();
            List<Hazard> read = CliRun.hazardsIn(Path.of(other));
            assertThat(read).hasSize(atIssue.size());
            for (int i = 0; i < read.size(); i++) {
                assertThat(CliRun.content(read.get(i)).sameContent(CliRun.content(atIssue.get(i)))).as(source + " hazard " + i).isTrue();
            }
        }
    }

    @Test
    void draftMarkdownSaysDraft() throws Exception {
        Path md = export("md", "now-md");
        assertThat(Files.readString(md.resolve("index.md"))).startsWith("# Hazard log\n\nRisk scheme: ")
                .contains("**" + Approval.DRAFT + "**");
    }

    @Test
    void theHazardLogPdfWordAndWorkbookOfAVersionShowItsApprovalFirst() throws Exception {
        Path pdf = export("pdf", "v1.pdf", "--version", "1", "--document", "hazard-log");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper first = new PDFTextStripper();
            first.setStartPage(1);
            first.setEndPage(1);
            hasApproval(first.getText(doc));
        }
        Path docx = export("docx", "v1.docx", "--version", "1", "--document", "hazard-log");
        try (var in = Files.newInputStream(docx);
             var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            hasApproval(words.getText());
        }
        Path xlsx = export("xlsx", "v1.xlsx", "--version", "1");
        StringBuilder scheme = new StringBuilder();
        try (var in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter f = new DataFormatter();
            for (Row r : wb.getSheet("Scheme")) {
                r.forEach(c -> scheme.append(f.formatCellValue(c)).append(' '));
                scheme.append('\n');
            }
        }
        hasApproval(scheme.toString());
        Path draft = export("xlsx", "now.xlsx");
        try (var in = Files.newInputStream(draft); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("Hazard Log").getFooter().getLeft()).isEqualTo("DRAFT, not issued");
            StringBuilder s = new StringBuilder();
            wb.getSheet("Scheme").forEach(r -> r.forEach(c -> s.append(c.toString()).append('\n')));
            assertThat(s.toString()).contains(Approval.DRAFT);
        }
    }

    @Test
    void theHazardLogPdfAndWordOfTheLogAsItIsSayDraftOnEveryPageAndCarryNoApproval() throws Exception {
        Path pdf = export("pdf", "now.pdf", "--document", "hazard-log");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper page = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                page.setStartPage(i);
                page.setEndPage(i);
                String text = page.getText(doc);
                assertThat(text.split("DRAFT, not issued", -1)).as("page " + i + ": header and footer").hasSize(3);
                assertThat(text).doesNotContain(v1.contentHash());
            }
            page.setStartPage(1);
            page.setEndPage(1);
            assertThat(page.getText(doc).replaceAll("\\s+", " ")).contains(Approval.DRAFT);
        }
        Path docx = export("docx", "now.docx", "--document", "hazard-log");
        try (var in = Files.newInputStream(docx);
             var d = new org.apache.poi.xwpf.usermodel.XWPFDocument(in);
             var words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(d)) {
            assertThat(d.getHeaderList()).isNotEmpty().allSatisfy(h -> assertThat(h.getText()).contains("DRAFT, not issued"));
            assertThat(d.getFooterList()).isNotEmpty().allSatisfy(f -> assertThat(f.getText()).contains("DRAFT, not issued"));
            assertThat(words.getText()).contains(Approval.DRAFT).doesNotContain(v1.contentHash());
        }
    }
}
