package org.hazardlog.transfer.markdown;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.Findings;
import org.hazardlog.transfer.HazardFileNames;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.ProblemKind;
import org.hazardlog.transfer.TextDecoding;
import org.hazardlog.transfer.WarningKind;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/**
 * Reads one hazard from a Markdown file in any of the three forms people have: Quill ({@code ##}
 * headings, {@code ---} separators), DCSP ({@code ###}, {@code -----}, icon block) or a copied web
 * page (no marks at all). Scores are checked against the log's risk scheme. The result is the
 * hazard with warnings for a person to check, or the problems that stop the file being imported.
 */
public final class MarkdownHazardReader {

    private final RiskScheme scheme;
    private final HazardTypeTaxonomy taxonomy;
    private final ScoreReader scores;
    private final ControlsReader controlsReader;

    public MarkdownHazardReader(RiskScheme scheme, HazardTypeTaxonomy taxonomy) {
        this.scheme = scheme;
        this.taxonomy = taxonomy;
        this.scores = new ScoreReader(scheme);
        this.controlsReader = new ControlsReader(taxonomy);
    }

    public FileReading read(Path file) {
        try {
            return read(file, Files.readAllBytes(file));
        } catch (IOException e) {
            return FileReading.rejected(file, ProblemKind.UNREADABLE, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * One hazard at every text limit is well under this; a larger Markdown file is refused before
     * it is parsed, so a damaged or hostile file costs no time and no memory.
     */
    public static final int MAX_BYTES = 8 * 1024 * 1024;

    /** Reads bytes that came from {@code source}; its file name may carry the hazard number. */
    public FileReading read(Path source, byte[] bytes) {
        Findings findings = new Findings(source);
        if (bytes.length > MAX_BYTES) {
            return tooLarge(source, bytes.length);
        }
        Optional<String> text = TextDecoding.decode(bytes, findings);
        if (text.isEmpty()) {
            return FileReading.rejected(source, findings.problems());
        }
        return readText(source, text.get(), findings);
    }

    /** Reads text that came from {@code source}; its file name may carry the hazard number. */
    public FileReading read(Path source, String text) {
        Findings findings = new Findings(source);
        if (text.length() > MAX_BYTES) {
            return tooLarge(source, text.length());
        }
        if (text.indexOf('\0') >= 0) {
            findings.problem(ProblemKind.NOT_TEXT, "contains a NUL character: this is a binary file, not a hazard file");
            return FileReading.rejected(source, findings.problems());
        }
        return readText(source, TextDecoding.normalise(text), findings);
    }

    private static FileReading tooLarge(Path source, long size) {
        return FileReading.rejected(source, ProblemKind.TOO_LARGE, String.format(java.util.Locale.ROOT,
                "is %.1f MB; a Markdown hazard file is at most %d MB (one hazard with every field at its limit is far smaller)",
                size / (1024.0 * 1024), MAX_BYTES / (1024 * 1024)));
    }

    private FileReading readText(Path source, String text, Findings findings) {
        try {
            return readChecked(source, text, findings);
        } catch (RuntimeException | StackOverflowError e) {
            return FileReading.failed(source, e);
        }
    }

    private FileReading readChecked(Path source, String text, Findings findings) {
        List<String> preamble = new ArrayList<>();
        Optional<HazardDocument> doc = DocumentSplitter.split(text, preamble);
        if (doc.isEmpty()) {
            findings.problem(ProblemKind.NOT_A_HAZARD, "is not a hazard file: it has none of the hazard headings"
                    + " (\"Hazard name\", \"Description\", \"Hazard status\", ...)");
            return FileReading.rejected(source, findings.problems());
        }
        if (!preamble.isEmpty()) {
            findings.warn(WarningKind.UNKNOWN_SECTION, "text before the first section was not imported: \""
                    + abbreviate(String.join(" ", preamble)) + "\"");
        }
        Hazard hazard = null;
        try {
            hazard = assemble(source, doc.get(), findings);
        } catch (InvalidValueException e) {
            findings.problem(e.getMessage().contains("the limit is") ? ProblemKind.TOO_LONG : ProblemKind.INVALID_VALUE,
                    e.getMessage());
        }
        if (findings.hasProblems() || hazard == null) {
            return FileReading.rejected(source, findings.problems());
        }
        return FileReading.of(source, List.of(new ParsedHazard(hazard, source, findings.warnings())));
    }

    private Hazard assemble(Path source, HazardDocument doc, Findings findings) {
        return assemble(source, doc, findings, true);
    }

    /**
     * The hazard of one document. {@code numberFromFileName}: whether the file name may carry the
     * hazard number, which is so only for a file that holds one hazard.
     */
    Hazard assemble(Path source, HazardDocument doc, Findings findings, boolean numberFromFileName) {
        Map<SectionKey, Section> s = merge(doc.sections(), findings);
        Hazard.Builder b = Hazard.builder();

        Section nameSection = s.get(SectionKey.NAME);
        String name = nameSection == null ? "" : nameSection.text();
        if (name.strip().contains("\n")) {
            // A name is one line everywhere it is shown (the list, the table, a report's headings).
            String joined = String.join(" ", name.strip().split("\\s*\\n\\s*"));
            findings.warn(WarningKind.NAME_JOINED, "the hazard name is written over several lines; joined into one: \""
                    + abbreviate(joined) + "\"");
            name = joined;
        }
        if (name.isBlank()) {
            findings.problem(ProblemKind.NO_NAME, nameSection == null
                    ? "has no \"Hazard name\" section; every hazard needs a name"
                    : "has an empty \"Hazard name\"; every hazard needs a name");
        }
        b.name(name.isBlank() ? null : name);
        b.number(number(numberFromFileName ? source : null, s.get(SectionKey.NUMBER), findings));

        if (s.containsKey(SectionKey.UTILITY_LABELS)) {
            Set<UtilityLabel> labels = UtilityLabelReader.read(s.get(SectionKey.UTILITY_LABELS), findings);
            b.utilityLabels(labels);
        }
        Assessment initial = assessment("likelihood", "severity", s.get(SectionKey.LIKELIHOOD), s.get(SectionKey.SEVERITY), findings);
        Assessment residual = assessment("residual likelihood", "residual severity",
                s.get(SectionKey.RESIDUAL_LIKELIHOOD), s.get(SectionKey.RESIDUAL_SEVERITY), findings);
        b.initial(initial).residual(residual);
        if (s.containsKey(SectionKey.RISK)) {
            scores.checkStatedRisk("risk scoring", s.get(SectionKey.RISK), initial.likelihood(), initial.severity(), findings);
        }
        if (s.containsKey(SectionKey.RESIDUAL_RISK)) {
            scores.checkStatedRisk("residual risk scoring", s.get(SectionKey.RESIDUAL_RISK),
                    residual.likelihood(), residual.severity(), findings);
        }
        checkIcons(doc.iconLines(), initial, findings);

        b.description(text(s, SectionKey.DESCRIPTION));
        b.causes(items(s.get(SectionKey.CAUSES)));
        b.effect(text(s, SectionKey.EFFECT));
        b.hazard(text(s, SectionKey.HAZARD));
        List<String> types = types(s.get(SectionKey.HAZARD_TYPES));
        b.harm(text(s, SectionKey.HARM));
        b.existingControls(text(s, SectionKey.EXISTING_CONTROLS));
        b.assignment(text(s, SectionKey.ASSIGNMENT));
        b.labelling(text(s, SectionKey.LABELLING));
        b.project(text(s, SectionKey.PROJECT));

        String actionSummary = text(s, SectionKey.ACTION_SUMMARY);
        if (s.containsKey(SectionKey.CONTROLS)) {
            ControlsReader.Result controls = controlsReader.read(s.get(SectionKey.CONTROLS), doc.isRendered(), types, findings);
            b.controls(controls.controls());
            Set<String> all = new LinkedHashSet<>(types);
            all.addAll(controls.movedTypes());
            types = List.copyOf(all);
            if (!controls.uncategorised().isEmpty()) {
                actionSummary = actionSummary.isEmpty() ? controls.uncategorised()
                        : controls.uncategorised() + "\n\n" + actionSummary;
            }
        }
        b.hazardTypes(types);
        reportUnknownTypes(types, findings);
        b.actionSummary(actionSummary);
        b.residualAssessment(text(s, SectionKey.RESIDUAL_ASSESSMENT));

        StatusSection.Status status = StatusSection.read(s.get(SectionKey.STATUS));
        status.doubt().ifPresent(d -> findings.warn(WarningKind.UNCLEAR_STATUS, d));
        b.status(status.status()).statusText(status.text());

        b.codeLocations(codeLocations(s.get(SectionKey.CODE), findings));
        return findings.hasProblems() ? null : b.build();
    }

    /**
     * One section per field. A repeated section (DCSP repeats "Residual hazard risk assessment")
     * is kept once when identical; free text and lists are joined; single values that differ are
     * a problem, since either choice could be wrong.
     */
    private static Map<SectionKey, Section> merge(List<Section> sections, Findings findings) {
        Map<SectionKey, Section> byKey = new EnumMap<>(SectionKey.class);
        for (Section section : sections) {
            if (section.key() == null) {
                findings.warn(WarningKind.UNKNOWN_SECTION, "section \"" + section.heading() + "\" (line " + section.line()
                        + ") is not a hazard field; it was not imported");
                continue;
            }
            Section earlier = byKey.get(section.key());
            if (earlier == null) {
                byKey.put(section.key(), section);
                continue;
            }
            if (earlier.text().equals(section.text())) {
                findings.warn(WarningKind.REPEATED_SECTION, "section \"" + section.heading() + "\" appears twice with the same text; kept once");
                continue;
            }
            if (isSingleValue(section.key())) {
                findings.problem(ProblemKind.CONFLICTING_VALUES, "section \"" + section.heading() + "\" appears twice (lines "
                        + earlier.line() + " and " + section.line() + ") with different values; keep one");
                continue;
            }
            findings.warn(WarningKind.REPEATED_SECTION, "section \"" + section.heading() + "\" appears twice with different text; both kept, one after the other");
            List<String> body = new ArrayList<>(earlier.body());
            body.add("");
            body.addAll(section.body());
            byKey.put(section.key(), new Section(section.key(), earlier.heading(), earlier.line(), body));
        }
        return byKey;
    }

    private static boolean isSingleValue(SectionKey key) {
        return switch (key) {
            case NUMBER, NAME, LIKELIHOOD, SEVERITY, RISK, RESIDUAL_LIKELIHOOD, RESIDUAL_SEVERITY, RESIDUAL_RISK, STATUS -> true;
            default -> false;
        };
    }

    private static Integer number(Path source, Section section, Findings findings) {
        Optional<Integer> fromName = source == null ? Optional.empty() : HazardFileNames.numberOf(source);
        if (section == null || section.text().isEmpty()) {
            return fromName.orElse(null);
        }
        String written = Lines.plain(section.text()).trim();
        int n;
        try {
            n = Integer.parseInt(written);
        } catch (NumberFormatException e) {
            findings.problem(ProblemKind.INVALID_VALUE, "hazard number \"" + written + "\" is not a whole number");
            return null;
        }
        if (n < 1) {
            findings.problem(ProblemKind.INVALID_VALUE, "hazard number " + n + " must be 1 or more");
            return null;
        }
        if (fromName.isPresent() && fromName.get() != n) {
            findings.problem(ProblemKind.CONFLICTING_VALUES, "the file name says hazard " + fromName.get()
                    + " but the \"Hazard number\" section says " + n);
            return null;
        }
        return n;
    }

    private Assessment assessment(String likelihoodField, String severityField, Section likelihood, Section severity,
                                  Findings findings) {
        Integer l = likelihood == null ? null : scores.read(likelihoodField, likelihood, scheme.likelihoods(), findings);
        Integer s = severity == null ? null : scores.read(severityField, severity, scheme.severities(), findings);
        return new Assessment(l, s);
    }

    private static String text(Map<SectionKey, Section> sections, SectionKey key) {
        Section s = sections.get(key);
        return s == null ? "" : s.text();
    }

    /** Causes: list items, or one cause per paragraph when the file has no list (DCSP). */
    private static List<String> items(Section section) {
        if (section == null) {
            return List.of();
        }
        return ListItems.split(section.body()).stream().map(ListItems.Item::text).toList();
    }

    /** Hazard types: bullets, or names separated by commas on plain lines. */
    private static List<String> types(Section section) {
        if (section == null) {
            return List.of();
        }
        List<String> types = new ArrayList<>();
        for (ListItems.Item item : ListItems.split(section.body())) {
            String t = item.text();
            if (ScoreReader.PLACEHOLDER.matcher(t).matches()) {
                continue;
            }
            if (item.listed()) {
                types.add(t);
            } else {
                for (String part : t.split("[,;\\n]")) {
                    if (!Lines.strip(part).isEmpty()) {
                        types.add(Lines.strip(part));
                    }
                }
            }
        }
        return types;
    }

    private void reportUnknownTypes(List<String> types, Findings findings) {
        for (String t : types) {
            if (!taxonomy.contains(t)) {
                Optional<String> spelling = taxonomy.spellingOf(t);
                findings.warn(WarningKind.UNKNOWN_HAZARD_TYPE, "hazard type \"" + t + "\" is not in the hazard-type taxonomy"
                        + spelling.map(sp -> " (did you mean \"" + sp + "\"?)").orElse("") + "; kept as written");
            }
        }
    }

    private static List<CodeLocation> codeLocations(Section section, Findings findings) {
        List<CodeLocation> locations = new ArrayList<>();
        if (section == null) {
            return locations;
        }
        // DCSP wraps the entries in <!-- [code] --> ... <!-- [codeend] --> markers: not entries themselves.
        List<String> body = section.body().stream().map(l -> isCodeMarker(l) ? "" : l).toList();
        for (ListItems.Item item : ListItems.split(body)) {
            try {
                CodeLocationReader.read(item.raw()).ifPresent(locations::add);
            } catch (InvalidValueException e) {
                findings.problem(ProblemKind.INVALID_VALUE, "code location \"" + abbreviate(item.text()) + "\": " + e.getMessage());
            }
        }
        return locations;
    }

    /** The markers stand at the start of a line; indented, the same words belong to a note. */
    private static boolean isCodeMarker(String line) {
        String t = Lines.strip(line);
        return Lines.indent(line) == 0 && (t.equals("<!-- [code] -->") || t.equals("<!-- [codeend] -->"));
    }

    /** The DCSP icon block is presentation only; when it disagrees with the text, the text wins. */
    private void checkIcons(List<String> iconLines, Assessment initial, Findings findings) {
        IconBlock icons = IconBlock.of(iconLines);
        icons.likelihood().filter(i -> initial.likelihood() != null && !i.equals(initial.likelihood()))
                .ifPresent(i -> findings.warn(WarningKind.ICON_DISAGREES, "the icon block shows likelihood " + i
                        + " but the text says " + initial.likelihood() + "; the text is used"));
        icons.severity().filter(i -> initial.severity() != null && !i.equals(initial.severity()))
                .ifPresent(i -> findings.warn(WarningKind.ICON_DISAGREES, "the icon block shows severity " + i
                        + " but the text says " + initial.severity() + "; the text is used"));
        if (initial.isScored()) {
            int risk = scheme.riskLevel(initial.likelihood(), initial.severity()).number();
            icons.risk().filter(i -> i != risk).ifPresent(i -> findings.warn(WarningKind.ICON_DISAGREES,
                    "the icon block shows risk level " + i + " but the scores give " + risk + "; the scores are used"));
        }
    }

    static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 80 ? one : one.substring(0, 77) + "...";
    }
}
