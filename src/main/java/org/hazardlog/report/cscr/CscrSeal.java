package org.hazardlog.report.cscr;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.hazardlog.app.CscrApprovals;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.cscr.CscrApproval;
import org.hazardlog.report.ReportException;
import org.hazardlog.report.document.Block;
import org.hazardlog.report.document.DocumentJson;
import org.hazardlog.report.document.SafetyDocument;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.report.document.Table.Column;

/**
 * Puts the signature into a safety case: the CSO's approval as recorded (who, when, which version,
 * the content hash), or, with no approval, "NOT APPROVED - DRAFT" on the sign-off block and in the
 * header and footer of every page. Nothing else of the content changes, so an approved report
 * renders exactly the content that was signed.
 */
public final class CscrSeal {

    public static final String NOT_APPROVED = "NOT APPROVED - DRAFT";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z");

    private CscrSeal() {
    }

    /** The content's canonical text, which an approval signs and keeps. */
    public static String json(SafetyCaseReport.Content content) {
        return DocumentJson.write(content.document(), content.sealAt());
    }

    public static SafetyDocument draft(SafetyCaseReport.Content content) {
        SafetyDocument d = content.document();
        Table seal = table(List.of(
                row("Status", NOT_APPROVED),
                row("Approval", "No approval of this report by the Clinical Safety Officer is recorded.")));
        return insert(d, content.sealAt(), seal).marked(d.runningHeader() + " \u2014 " + NOT_APPROVED, NOT_APPROVED);
    }

    /** An approved report from the content its approval kept; refuses content that no longer matches its hash. */
    public static SafetyDocument approved(CscrApproval approval, String documentJson) {
        if (!CscrApprovals.sha256(documentJson).equals(approval.contentHash())) {
            throw new ReportException("The stored content of safety case approval " + approval.number()
                    + " no longer matches the SHA-256 it was approved with (" + approval.contentHash()
                    + "): the log file was changed outside HazardLog. The report is not written.");
        }
        DocumentJson.Read read = DocumentJson.read(documentJson);
        var s = approval.signature();
        String when = WHEN.format(s.time().atZone(ZoneId.systemDefault()));
        String role = s.role() == Role.CSO ? "Clinical Safety Officer" : s.role().label();
        Table seal = table(List.of(
                row("Status", "APPROVED"),
                row("Approved by", s.name() + " (" + role + ")"),
                row("Approved at", when),
                row("Approval", "Approval " + approval.number() + " of the safety case of version "
                        + approval.versionNumber() + " of the hazard log; the signature was checked against the "
                        + "approver's password and is recorded in the audit trail"),
                row("Content SHA-256", approval.contentHash())));
        SafetyDocument d = read.document();
        return insert(d, read.extra(), seal).marked(d.runningHeader() + " \u2014 Approved " + DateTimeFormatter
                        .ofPattern("d MMMM yyyy").format(s.time().atZone(ZoneId.systemDefault())),
                "Approved by " + s.name() + " (approval " + approval.number() + ") \u2014 content SHA-256 "
                        + approval.contentHash());
    }

    private static SafetyDocument insert(SafetyDocument d, int at, Table seal) {
        List<Block> blocks = new ArrayList<>(d.blocks());
        blocks.add(Math.max(0, Math.min(at, blocks.size())), seal);
        return new SafetyDocument(d.title(), d.runningHeader(), d.landscape(), blocks);
    }

    private static List<Cell> row(String label, String value) {
        return List.of(Cell.label(label), Cell.of(value));
    }

    private static Table table(List<List<Cell>> rows) {
        return new Table(List.of(new Column("", 2.2f), new Column("", 6f)), rows, true);
    }
}
