package org.hazardlog.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.cscr.CscrApproval;
import org.hazardlog.domain.cscr.Gap;
import org.hazardlog.domain.version.Signature;

/**
 * Safety case approvals as stored: the approval and the report content it signed. Insert only; an
 * approval is never changed. Confirmed gaps are kept one a line as {@code key<TAB>description}.
 */
public final class CscrApprovalRepository {

    /** An approval with the content it signed. */
    public record StoredApproval(CscrApproval approval, String documentJson) {
    }

    public int nextNumber(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(number), 0) + 1 FROM cscr_approval").mapTo(Integer.class).one();
    }

    public void insert(Handle h, StoredApproval stored) {
        CscrApproval a = stored.approval();
        Signature s = a.signature();
        h.createUpdate("INSERT INTO cscr_approval (number, version_number, content_hash, statement, sign_off, "
                        + "confirmed_gaps, document_json, signed_by, signed_role, signed_at, meaning) VALUES (:number, "
                        + ":version, :hash, :statement, :signOff, :gaps, :document, :by, :role, :at, :meaning)")
                .bind("number", a.number()).bind("version", a.versionNumber()).bind("hash", a.contentHash())
                .bind("statement", a.statement()).bind("signOff", a.signOff()).bind("gaps", gaps(a.confirmedGaps()))
                .bind("document", stored.documentJson()).bind("by", s.name()).bind("role", s.role().name())
                .bind("at", OffsetDateTime.ofInstant(s.time(), ZoneOffset.UTC)).bind("meaning", s.meaning())
                .execute();
    }

    /** Every approval, oldest first, without the content. */
    public List<CscrApproval> list(Handle h) {
        return h.createQuery("SELECT number, version_number, content_hash, statement, sign_off, confirmed_gaps, "
                        + "signed_by, signed_role, signed_at, meaning FROM cscr_approval ORDER BY number")
                .map((rs, ctx) -> approval(rs)).list();
    }

    /** The newest approval of a version's safety case, with its content. */
    public Optional<StoredApproval> latestFor(Handle h, int versionNumber) {
        return h.createQuery("SELECT number, version_number, content_hash, statement, sign_off, confirmed_gaps, "
                        + "signed_by, signed_role, signed_at, meaning, document_json FROM cscr_approval "
                        + "WHERE version_number = :version ORDER BY number DESC LIMIT 1")
                .bind("version", versionNumber)
                .map((rs, ctx) -> new StoredApproval(approval(rs), rs.getString("document_json")))
                .findOne();
    }

    private static CscrApproval approval(ResultSet rs) throws SQLException {
        Signature s = new Signature(rs.getString("signed_by"), Role.valueOf(rs.getString("signed_role")),
                rs.getObject("signed_at", OffsetDateTime.class).toInstant(), rs.getString("meaning"));
        return new CscrApproval(rs.getInt("number"), rs.getInt("version_number"), rs.getString("content_hash"),
                rs.getString("statement"), rs.getString("sign_off"), gaps(rs.getString("confirmed_gaps")), s);
    }

    private static String gaps(List<Gap> gaps) {
        StringBuilder b = new StringBuilder();
        for (Gap g : gaps) {
            b.append(g.key().replace('\t', ' ').replace('\n', ' ')).append('\t')
                    .append(g.description().replace('\t', ' ').replace('\n', ' ')).append('\n');
        }
        return b.toString();
    }

    private static List<Gap> gaps(String text) {
        List<Gap> gaps = new ArrayList<>();
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                gaps.add(new Gap(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return gaps;
    }
}
