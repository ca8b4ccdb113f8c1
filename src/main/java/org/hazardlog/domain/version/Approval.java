package org.hazardlog.domain.version;

import java.util.List;
import java.util.Objects;

import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.ChainHead;

/**
 * The approval an issued copy of the log carries wherever it goes (PDF, workbook, Word, Markdown,
 * JSON): which version, who signed it in which role and when, what the signature means, the content
 * hash it was signed with and the audit event it was anchored to, and every version issued up to
 * it. Every word of it comes from the stored version; nothing here is default text.
 */
public record Approval(int version, String summary, Signature signature, String contentHash, ChainHead anchor,
                       List<VersionSummary> history) {

    /** How a reader checks the hash, printed beside it in every format. */
    public static final String HOW_TO_VERIFY = "SHA-256 over the version number, summary, signature (name, role, "
            + "time, meaning), risk scheme, every hazard's snapshot and the audit anchor. Recompute it with "
            + "\"hazardlog verify-export FILE\" on the JSON export of this version (export --format json --version N), "
            + "or with \"hazardlog audit verify\" on the log file itself.";

    /** What a copy that is not an issued version says about itself. */
    public static final String DRAFT = "DRAFT: the hazard log as it is now. Not an issued version; no one has "
            + "approved it.";

    public Approval {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(anchor, "anchor");
        history = history.stream().filter(v -> v.number() <= version).toList();
    }

    public static Approval of(IssuedVersion v, List<VersionSummary> allVersions) {
        return new Approval(v.number(), v.summary(), v.signature(), v.contentHash(), v.anchor(), allVersions);
    }

    /** "Clinical Safety Officer" for the CSO, else the role's own name. */
    public String roleTitle() {
        return roleTitle(signature.role());
    }

    public static String roleTitle(Role role) {
        return role == Role.CSO ? "Clinical Safety Officer" : role.label();
    }

    /** "Approved": what the signature means, as a sentence starts. */
    public String meaning() {
        String m = signature.meaning();
        return m.isEmpty() ? m : Character.toUpperCase(m.charAt(0)) + m.substring(1);
    }
}
