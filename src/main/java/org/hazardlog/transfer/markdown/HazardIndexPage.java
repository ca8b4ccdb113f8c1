package org.hazardlog.transfer.markdown;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.version.Approval;
import org.hazardlog.domain.version.VersionSummary;

/** The {@code index.md} page of a written hazard log: one table row per hazard, linking to its file. */
public final class HazardIndexPage {

    private final RiskScheme scheme;
    private final Optional<Approval> approval;

    /** The index of the log as it is: marked DRAFT. */
    public HazardIndexPage(RiskScheme scheme) {
        this(scheme, Optional.empty());
    }

    /** With an approval, the index of an issued version, which shows its approval and revision history. */
    public HazardIndexPage(RiskScheme scheme, Optional<Approval> approval) {
        this.scheme = scheme;
        this.approval = approval;
    }

    public String write(List<Hazard> hazards) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Hazard log\n\n");
        sb.append("Risk scheme: ").append(cell(scheme.name())).append("\n\n");
        if (approval.isPresent()) {
            approval(sb, approval.get());
            sb.append("## Hazards\n\n");
        } else {
            sb.append("**").append(Approval.DRAFT).append("**\n\n");
        }
        sb.append("| Number | Name | Status | Initial risk | Residual risk |\n");
        sb.append("| ---: | --- | --- | --- | --- |\n");
        List<Hazard> sorted = hazards.stream()
                .sorted(Comparator.comparing(Hazard::number, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        for (Hazard h : sorted) {
            String number = h.number() == null ? "" : "[" + h.number() + "](" + MarkdownHazardWriter.fileName(h) + ")";
            sb.append("| ").append(number)
                    .append(" | ").append(cell(h.name()))
                    .append(" | ").append(h.status().label())
                    .append(" | ").append(risk(h.initial()))
                    .append(" | ").append(risk(h.residual()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static void approval(StringBuilder sb, Approval a) {
        sb.append("## Approval\n\n");
        sb.append("| | |\n| --- | --- |\n");
        row(sb, "Version", String.valueOf(a.version()));
        row(sb, "Version summary", a.summary());
        row(sb, "Signed by", a.signature().name());
        row(sb, "Role", a.roleTitle());
        row(sb, "Signed at (UTC)", a.signature().time().toString());
        row(sb, "Meaning of the signature", a.meaning());
        row(sb, "Content hash (SHA-256)", "`" + a.contentHash() + "`");
        row(sb, "Audit anchor", "`" + a.anchor() + "`");
        row(sb, "How to recompute the hash", Approval.HOW_TO_VERIFY);
        sb.append("\n### Revision history\n\n");
        sb.append("| Version | Signed at (UTC) | Signed by | Summary |\n| ---: | --- | --- | --- |\n");
        for (VersionSummary v : a.history()) {
            sb.append("| ").append(v.number()).append(" | ").append(v.signature().time()).append(" | ")
                    .append(cell(v.signature().name())).append(" | ").append(cell(v.summary())).append(" |\n");
        }
        sb.append("\n");
    }

    private static void row(StringBuilder sb, String label, String value) {
        sb.append("| ").append(label).append(" | ").append(cell(value)).append(" |\n");
    }

    private String risk(Assessment a) {
        return scheme.riskLevel(a).map(r -> r.number() + " - " + r.name()).orElse("TBC");
    }

    /** A table cell cannot hold a line break or an unescaped bar. */
    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
