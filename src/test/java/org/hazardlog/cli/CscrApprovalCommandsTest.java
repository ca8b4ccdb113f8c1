package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.store.HazardLogFile;

/** Approving a safety case from the command line: a separate, signed act, with each gap confirmed; refusals record nothing. */
class CscrApprovalCommandsTest {

    private static final String PASSWORD = "signing password";
    private static final String STATEMENT = "I judge the residual risk of WardView 3.2.0 acceptable for release to the pilot ward only.";
    private static final String SIGN_OFF = "Approved for the pilot release by the Clinical Safety Officer.";

    @TempDir
    Path folder;

    private String db;
    private StringWriter out;
    private StringWriter err;
    private Path statement;
    private Path signOff;

    @BeforeEach
    void anIssuedVersion() throws IOException {
        db = folder.resolve("log").toString();
        try (HazardLogService log = HazardLogService.create(HazardLogFile.at(Path.of(db)), "alice",
                PASSWORD.toCharArray())) {
            ExampleLog.fill(log);
            log.saveProjectSettings(new ProjectSettings("WardView", "3.2.0", "Example Health", "alice", "J. Smith",
                    "P. Patel", "Dr B. Approver"));
        }
        assertThat(withInput(PASSWORD + "\n", "--db", db, "issue", "--summary", "Release 3.2.0", "--password-stdin",
                "--user", "alice")).isZero();
        statement = Files.writeString(folder.resolve("statement.txt"), STATEMENT);
        signOff = Files.writeString(folder.resolve("sign-off.txt"), SIGN_OFF);
    }

    private int withInput(String stdin, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return HazardLogCommand.run(args, f -> { }, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err));
    }

    private List<String> gapKeys() {
        assertThat(withInput("", "--db", db, "cscr", "show", "--version", "1")).isZero();
        List<String> keys = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^  ([a-z0-9:_-]+)\\t").matcher(out.toString());
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }

    private int approve(String password, String user, String version, List<String> gaps) {
        List<String> args = new ArrayList<>(List.of("--db", db, "cscr", "approve", "--version", version,
                "--statement-file", statement.toString(), "--sign-off-file", signOff.toString(), "--password-stdin",
                "--user", user));
        if (!gaps.isEmpty()) {
            args.add("--accept-gaps");
            args.add(String.join(",", gaps));
        }
        return withInput(password + "\n", args.toArray(String[]::new));
    }

    private int approvalEvents() {
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(Path.of(db)), "alice")) {
            return (int) log.audit().events(AuditQuery.ALL).stream().filter(e -> e.entity().equals(AuditEvent.CSCR)).count();
        }
    }

    private String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    @Test
    void showListsTheGapsAndProposesTextsThatCannotBeSignedAsTheyStand() throws IOException {
        assertThat(gapKeys()).contains("unscored", "draft");
        assertThat(out.toString()).contains("not approved", "[Clinical Safety Officer:");
        Path proposal = Files.writeString(folder.resolve("proposal.txt"), "Counts. [Clinical Safety Officer: state your conclusion.]");
        statement = proposal;
        assertThat(approve(PASSWORD, "alice", "1", gapKeys())).isEqualTo(1);
        assertThat(err.toString()).contains("write your own conclusion");
        assertThat(approvalEvents()).isZero();
    }

    @Test
    void anEmptyPerReleaseFactIsAGapThatMustBeConfirmedBeforeApproving() {
        assertThat(gapKeys()).contains("setting:intended-use", "setting:pre-delivery-review")
                .doesNotContain("setting:product");
        List<String> allButOne = new ArrayList<>(gapKeys());
        allButOne.remove("setting:intended-use");
        assertThat(approve(PASSWORD, "alice", "1", allButOne)).isEqualTo(1);
        assertThat(err.toString()).contains("setting:intended-use");
        assertThat(approvalEvents()).isZero();

        assertThat(withInput("", "--db", db, "--user", "alice", "settings", "set", "intended-use",
                "Prescribing on adult wards")).isZero();
        assertThat(gapKeys()).doesNotContain("setting:intended-use");
    }

    @Test
    void theCsoApprovesWithEveryGapConfirmedAndTheExportIsTheApprovedContent() throws IOException {
        List<String> gaps = gapKeys();
        assertThat(approve(PASSWORD, "alice", "1", gaps)).as(err.toString()).isZero();
        Matcher hash = Pattern.compile("content SHA-256 ([0-9a-f]{64})").matcher(out.toString());
        assertThat(hash.find()).isTrue();
        assertThat(approvalEvents()).isEqualTo(3 + gaps.size());

        Path first = folder.resolve("approved.pdf");
        assertThat(withInput("", "--db", db, "export", "--format", "pdf", "--version", "1", "--out", first.toString())).isZero();
        String text = pdfText(first);
        assertThat(text).contains(STATEMENT.substring(0, 40), SIGN_OFF.substring(0, 30), hash.group(1), "APPROVED")
                .doesNotContain("NOT APPROVED");
        // Gaps are printed next to the signature.
        assertThat(text).contains("Gaps and exceptions the Clinical Safety Officer confirms");

        // Later settings changes do not change an approved report: it renders from the content signed.
        try (HazardLogService log = HazardLogService.openOrCreate(HazardLogFile.at(Path.of(db)), "alice")) {
            log.saveProjectSettings(new ProjectSettings("Renamed", "9.9", "Other", "alice", "", "", ""));
        }
        Path again = folder.resolve("again.pdf");
        assertThat(withInput("", "--db", db, "export", "--format", "pdf", "--version", "1", "--out", again.toString())).isZero();
        assertThat(pdfText(again)).isEqualTo(text);
        assertThat(withInput("", "--db", db, "export", "--format", "docx", "--version", "1", "--out",
                folder.resolve("approved.docx").toString())).isZero();
    }

    @Test
    void anUnapprovedReportSaysNotApprovedOnEveryPageAndOnTheSignOff() throws IOException {
        Path draft = folder.resolve("draft.pdf");
        assertThat(withInput("", "--db", db, "export", "--format", "pdf", "--version", "1", "--out", draft.toString())).isZero();
        try (PDDocument pdf = Loader.loadPDF(draft.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                assertThat(stripper.getText(pdf)).as("page " + p).contains("NOT APPROVED - DRAFT");
            }
        }
        assertThat(pdfText(draft)).contains("No approval of this report by the Clinical Safety Officer is recorded")
                .doesNotContain("I confirm that").doesNotContain("Describe the").doesNotContain("approved by Dr B. Approver");
    }

    @Test
    void refusalsRecordNothing() {
        List<String> gaps = gapKeys();
        assertThat(approve("wrong password", "alice", "1", gaps)).isEqualTo(1);
        assertThat(err.toString()).contains("not right");
        assertThat(approve(PASSWORD, "alice", "7", gaps)).isEqualTo(1);
        assertThat(err.toString()).contains("no issued version 7");
        assertThat(withInput("", "--db", db, "users", "add", "bob", "--role", "engineer", "--user", "alice")).isZero();
        assertThat(approve(PASSWORD, "bob", "1", gaps)).isEqualTo(1);
        assertThat(err.toString()).contains("needs the CSO role");
        assertThat(approve(PASSWORD, "alice", "1", gaps.subList(1, gaps.size()))).isEqualTo(1);
        assertThat(err.toString()).contains("not confirmed", gaps.get(0));
        assertThat(withInput("", "--db", db, "cscr", "approve", "--version", "1", "--user", "alice")).isEqualTo(1);
        assertThat(err.toString()).contains("never signs a default text");
        assertThat(approvalEvents()).isZero();
        assertThat(withInput("", "--db", db, "cscr", "list")).isZero();
        assertThat(out.toString()).contains("No safety case has been approved");
    }

    @Test
    void listExceptionsAsTextAndJson() {
        assertThat(withInput("", "--db", db, "list", "--exceptions")).isZero();
        assertThat(out.toString()).contains("Early warning score", "draft", "1 exception in 5 hazards");
        assertThat(withInput("", "--db", db, "list", "--exceptions", "--format", "json")).isZero();
        assertThat(out.toString()).contains("\"kind\" : \"draft\"", "\"count\" :");
        assertThat(withInput("", "--db", db, "list", "--format", "json")).isEqualTo(1);
    }

    @Test
    void auditVerifyFindsAnApprovalDeletedOrChangedOutsideHazardLog() {
        assertThat(approve(PASSWORD, "alice", "1", gapKeys())).as(err.toString()).isZero();
        assertThat(withInput("", "--db", db, "audit", "verify")).as(err.toString()).isZero();
        try (org.hazardlog.store.HazardLogDatabase d = org.hazardlog.store.HazardLogDatabase.open(HazardLogFile.at(Path.of(db)))) {
            d.jdbi().useHandle(h -> h.execute("UPDATE cscr_approval SET content_hash = '" + "a".repeat(64) + "'"));
        }
        assertThat(withInput("", "--db", db, "audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).contains("safety case approval 1 of version 1 has no matching signature event");
        try (org.hazardlog.store.HazardLogDatabase d = org.hazardlog.store.HazardLogDatabase.open(HazardLogFile.at(Path.of(db)))) {
            d.jdbi().useHandle(h -> h.execute("DELETE FROM cscr_approval"));
        }
        assertThat(withInput("", "--db", db, "audit", "verify")).isEqualTo(1);
        assertThat(err.toString()).contains("records safety case approval 1 of version 1, but the log has no such approval");
    }
}
