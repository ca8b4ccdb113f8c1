package org.hazardlog.report.content;

import java.util.ArrayList;
import java.util.List;

import org.hazardlog.domain.version.Approval;
import org.hazardlog.domain.version.VersionSummary;
import org.hazardlog.report.ReportVersion;
import org.hazardlog.report.document.Block;
import org.hazardlog.report.document.Heading;
import org.hazardlog.report.document.Paragraph;
import org.hazardlog.report.document.Span;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.report.document.Table.Column;

/**
 * The approval an issued hazard log carries, as document blocks (Word and PDF): version, signer,
 * role, time in UTC, meaning of the signature, content hash and how to recompute it, the version's
 * summary and the revision history. A copy that is not an issued version gets a DRAFT notice instead.
 */
public final class ApprovalBlock {

    public static final String HEADING = "Approval";
    public static final String HISTORY_HEADING = "Revision history";
    /** Fill of the DRAFT notice: the highest risk colour's, so it cannot be missed in print. */
    private static final String DRAFT_FILL = "FDE2E2";
    private static final String DRAFT_TEXT = "8E0000";

    private ApprovalBlock() {
    }

    public static List<Block> of(ReportVersion version) {
        return version.approval().map(ApprovalBlock::issued).orElseGet(ApprovalBlock::draft);
    }

    /** "DRAFT: not issued" in running headers of copies that are not an issued version. */
    public static String headerMark(ReportVersion version) {
        return version.approval().map(a -> "Version " + a.version() + ", approved").orElse("DRAFT, not issued");
    }

    /** "DRAFT, not issued" in the footer of every page of a copy that is not an issued version; else nothing. */
    public static String footerMark(ReportVersion version) {
        return version.approval().isPresent() ? "" : "DRAFT, not issued";
    }

    private static List<Block> draft() {
        return List.of(new Table(List.of(new Column("", 1f)),
                List.of(List.of(new Cell(Approval.DRAFT, DRAFT_FILL, DRAFT_TEXT, true, true))), true));
    }

    private static List<Block> issued(Approval a) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, HEADING));
        blocks.add(new Table(List.of(new Column("", 1.5f), new Column("", 5f)), List.of(
                row("Version", String.valueOf(a.version())),
                row("Version summary", a.summary()),
                row("Signed by", a.signature().name()),
                row("Role", a.roleTitle()),
                row("Signed at (UTC)", a.signature().time().toString()),
                row("Meaning of the signature", a.meaning()),
                row("Content hash (SHA-256)", a.contentHash()),
                row("Audit anchor", a.anchor().toString()),
                row("How to recompute the hash", Approval.HOW_TO_VERIFY)), true));
        blocks.add(new Heading(2, HISTORY_HEADING));
        List<List<Cell>> rows = new ArrayList<>();
        for (VersionSummary v : a.history()) {
            rows.add(List.of(Cell.centred(String.valueOf(v.number())), Cell.of(v.signature().time().toString()),
                    Cell.of(v.signature().name() + " (" + Approval.roleTitle(v.signature().role()) + ")"),
                    Cell.of(v.summary()), Cell.of(halves(v.contentHash()))));
        }
        blocks.add(new Table(List.of(new Column("Version", 1f), new Column("Signed at (UTC)", 3.1f),
                new Column("Signed by", 1.7f), new Column("Summary", 1.9f), new Column("Content hash (SHA-256)", 3.8f)),
                rows, false));
        blocks.add(new Paragraph(List.of(Span.italic("This copy was made from the version's signed snapshot; "
                + "changes made to the log after it was signed are not in it.")), Paragraph.Kind.NOTE));
        return blocks;
    }

    /**
     * A hash on two lines of 32 characters: a narrow column would otherwise break it at an arbitrary
     * character, and a reader comparing it by eye loses the place.
     */
    static String halves(String hash) {
        return hash.length() <= 32 ? hash : hash.substring(0, 32) + "\n" + hash.substring(32);
    }

    private static List<Cell> row(String label, String value) {
        return List.of(Cell.label(label), Cell.of(value));
    }
}
