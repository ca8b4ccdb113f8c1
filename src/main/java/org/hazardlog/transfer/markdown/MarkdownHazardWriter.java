package org.hazardlog.transfer.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.transfer.ControlPlaceholders;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.transfer.HazardFileNames;

/**
 * Writes hazards in the Quill form ({@code ##} headings between {@code ---} separators), so that
 * Quill-style tooling and people can read them, and so that {@link MarkdownHazardReader} reads
 * every field back exactly. What the Quill form has no place for is written in the way the reader
 * understands: residual scores and the action summary as extra sections (only when they have a
 * value), a control's status, owner and evidence as trailing sub-bullets, and the hazard status as
 * an explicit {@code Status: ...} line when the words alone would not give it.
 */
public final class MarkdownHazardWriter {

    public static final String INDEX_FILE = "index.md";
    private static final String BANNER = "> **DO NOT EDIT BELOW THIS LINE UNLESS YOU KNOW WHAT YOU ARE DOING**";

    private final RiskScheme scheme;

    public MarkdownHazardWriter(RiskScheme scheme) {
        this.scheme = scheme;
    }

    /** The file name of a numbered hazard: {@code Hazard-0027.md}. */
    public static String fileName(Hazard hazard) {
        if (hazard.number() == null) {
            throw new IllegalArgumentException("hazard \"" + hazard.name() + "\" has no number yet, so it has no file name");
        }
        return HazardFileNames.fileName(hazard.number());
    }

    public String write(Hazard h) {
        scheme.check(h.initial());
        scheme.check(h.residual());
        Out out = new Out();
        out.line("# Hazard").blank().line(BANNER).blank();
        out.section(SectionKey.NAME.heading(), text(h.name()));
        out.section(SectionKey.UTILITY_LABELS.heading(), utilityLabels(h));
        out.section(SectionKey.LIKELIHOOD.heading(), score(h.initial().likelihood(), true));
        out.section(SectionKey.SEVERITY.heading(), score(h.initial().severity(), false));
        if (h.initial().isScored()) {
            out.section(SectionKey.RISK.heading(), risk(h.initial()));
        }
        out.section(SectionKey.DESCRIPTION.heading(), text(h.description()));
        out.section(SectionKey.CAUSES.heading(), causes(h.causes()));
        out.section(SectionKey.EFFECT.heading(), text(h.effect()));
        out.section(SectionKey.HAZARD.heading(), text(h.hazard()));
        out.section(SectionKey.HAZARD_TYPES.heading(), bullets(h.hazardTypes()));
        out.section(SectionKey.HARM.heading(), text(h.harm()));
        out.section(SectionKey.EXISTING_CONTROLS.heading(), text(h.existingControls()));
        out.section(SectionKey.ASSIGNMENT.heading(), text(h.assignment()));
        out.section(SectionKey.LABELLING.heading(), text(h.labelling()));
        out.section(SectionKey.PROJECT.heading(), text(h.project()));
        out.section(SectionKey.CONTROLS.heading(), controls(h.controls()));
        if (!h.residual().isUnscored()) {
            out.section(SectionKey.RESIDUAL_LIKELIHOOD.heading(), score(h.residual().likelihood(), true));
            out.section(SectionKey.RESIDUAL_SEVERITY.heading(), score(h.residual().severity(), false));
            if (h.residual().isScored()) {
                out.section(SectionKey.RESIDUAL_RISK.heading(), risk(h.residual()));
            }
        }
        out.section(SectionKey.RESIDUAL_ASSESSMENT.heading(), text(h.residualAssessment()));
        if (!h.actionSummary().isEmpty()) {
            out.section(SectionKey.ACTION_SUMMARY.heading(), text(h.actionSummary()));
        }
        out.section(SectionKey.STATUS.heading(), text(StatusSection.write(h.status(), h.statusText())));
        out.section(SectionKey.CODE.heading(), codeLocations(h.codeLocations()));
        return out.toString();
    }

    /**
     * Writes each hazard as {@code Hazard-NNNN.md} and an {@code index.md} listing them, into a
     * folder that is created if needed. Returns the files written, the index last.
     */
    public List<Path> writeAll(Path folder, List<Hazard> hazards) throws IOException {
        Set<Integer> numbers = new HashSet<>();
        for (Hazard h : hazards) {
            String name = fileName(h);
            if (!numbers.add(h.number())) {
                throw new IllegalArgumentException("two hazards have the number " + h.number() + "; cannot write both as " + name);
            }
        }
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        for (Hazard h : hazards) {
            Path file = folder.resolve(fileName(h));
            Files.writeString(file, write(h), StandardCharsets.UTF_8);
            written.add(file);
        }
        Path index = folder.resolve(INDEX_FILE);
        Files.writeString(index, new HazardIndexPage(scheme).write(hazards), StandardCharsets.UTF_8);
        written.add(index);
        return written;
    }

    private static List<String> text(String value) {
        List<String> lines = new ArrayList<>();
        if (value.isEmpty()) {
            return lines;
        }
        for (String l : value.split("\n", -1)) {
            lines.add(LineEscapes.escape(l));
        }
        return lines;
    }

    private static List<String> utilityLabels(Hazard h) {
        List<String> lines = new ArrayList<>();
        for (UtilityLabel l : UtilityLabel.values()) {
            if (h.utilityLabels().contains(l)) {
                lines.add("[" + l.number() + "]");
            }
        }
        return lines;
    }

    private List<String> score(Integer level, boolean likelihood) {
        if (level == null) {
            return List.of("TBC");
        }
        return List.of((likelihood ? scheme.likelihood(level) : scheme.severity(level)).optionLine());
    }

    private List<String> risk(Assessment a) {
        RiskLevel r = scheme.riskLevel(a.likelihood(), a.severity());
        return List.of(r.number() + " - " + r.name() + ": " + r.acceptability());
    }

    private static List<String> causes(List<String> causes) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < causes.size(); i++) {
            item(lines, (i + 1) + ". ", causes.get(i));
        }
        return lines;
    }

    private static List<String> bullets(List<String> values) {
        List<String> lines = new ArrayList<>();
        for (String v : values) {
            item(lines, "- ", v);
        }
        return lines;
    }

    /** A list item whose later lines are indented under its marker, so they stay with it. */
    private static void item(List<String> lines, String marker, String value) {
        item(lines, marker, " ".repeat(marker.length()), value);
    }

    private static void item(List<String> lines, String marker, String indent, String value) {
        String[] parts = value.split("\n", -1);
        lines.add(marker + LineEscapes.escape(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            lines.add(parts[i].isEmpty() ? "" : indent + LineEscapes.escape(parts[i]));
        }
    }

    /** Controls in their order; a group heading starts each run of one category and party. */
    private static List<String> controls(List<Control> controls) {
        List<String> lines = new ArrayList<>();
        ControlNotation.Group current = null;
        for (Control c : controls) {
            ControlNotation.Group group = new ControlNotation.Group(c.category(), c.party());
            if (!group.equals(current)) {
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                lines.add("### " + group.heading());
                lines.add("");
                current = group;
            }
            item(lines, "- ", c.text());
            ControlStatus implied = ControlNotation.marks(c.text()).orElse(ControlStatus.PROPOSED);
            if (implied != c.status() || ControlNotation.endsLikeMetadata(c.text()) || ControlNotation.isTypeName(c.text())
                    // a control whose text reads like "None." would otherwise be dropped as a placeholder
                    || ControlPlaceholders.isPlaceholder(c.text())) {
                lines.add("  - " + ControlNotation.STATUS + ": " + c.status().label());
            }
            if (!c.owner().isEmpty()) {
                item(lines, "  - " + ControlNotation.OWNER + ": ", "    ", c.owner());
            }
            if (!c.evidence().isEmpty()) {
                item(lines, "  - " + ControlNotation.EVIDENCE + ": ", "    ", c.evidence());
            }
        }
        return lines;
    }

    private static List<String> codeLocations(List<CodeLocation> locations) {
        List<String> lines = new ArrayList<>();
        for (CodeLocation c : locations) {
            StringBuilder first = new StringBuilder(CodeLocationWriter.reference(c));
            String[] note = c.note() == null ? new String[0] : c.note().split("\n", -1);
            if (note.length > 0) {
                first.append(" - ").append(note[0]);
            }
            lines.add("- " + first);
            for (int i = 1; i < note.length; i++) {
                lines.add(note[i].isEmpty() ? "" : "  " + LineEscapes.escape(note[i]));
            }
        }
        return lines;
    }

    /** Accumulates the file: sections between separators, as Quill writes them. */
    private static final class Out {
        private final StringBuilder sb = new StringBuilder();

        Out line(String s) {
            sb.append(s).append('\n');
            return this;
        }

        Out blank() {
            return line("");
        }

        void section(String heading, List<String> body) {
            line("---").blank().line("## " + heading).blank();
            for (String l : body) {
                line(l);
            }
            if (!body.isEmpty()) {
                blank();
            }
        }

        @Override
        public String toString() {
            // One newline at the end of the file, not a blank line.
            String s = sb.toString();
            return s.endsWith("\n\n") ? s.substring(0, s.length() - 1) : s;
        }
    }
}
