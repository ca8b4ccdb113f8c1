package org.hazardlog.transfer.markdown;

import java.util.Comparator;
import java.util.List;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;

/** The {@code index.md} page of a written hazard log: one table row per hazard, linking to its file. */
public final class HazardIndexPage {

    private final RiskScheme scheme;

    public HazardIndexPage(RiskScheme scheme) {
        this.scheme = scheme;
    }

    public String write(List<Hazard> hazards) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Hazard log\n\n");
        sb.append("Risk scheme: ").append(cell(scheme.name())).append("\n\n");
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

    private String risk(Assessment a) {
        return scheme.riskLevel(a).map(r -> r.number() + " - " + r.name()).orElse("TBC");
    }

    /** A table cell cannot hold a line break or an unescaped bar. */
    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }
}
