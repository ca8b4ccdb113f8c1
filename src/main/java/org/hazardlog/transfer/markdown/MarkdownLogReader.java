package org.hazardlog.transfer.markdown;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.node.Node;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.Findings;
import org.hazardlog.transfer.ImportProblem;
import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.ProblemKind;
import org.hazardlog.transfer.TextDecoding;
import org.hazardlog.transfer.WarningKind;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/**
 * Reads a Markdown file in whichever form it is: one hazard with Quill or DCSP headings; a whole
 * log of hazards with field tables (Markdown or HTML, as on NHS England's UK Core hazard log
 * pages); or drafts with bold labels. Each hazard is read by the same rules as a Quill file, so
 * scores, statuses, controls and warnings mean the same whatever the form.
 */
public final class MarkdownLogReader {

    /** Text outside the hazards named one by one in the warning; the rest are counted. */
    private static final int NAMED = 8;

    private final MarkdownHazardReader hazards;

    public MarkdownLogReader(RiskScheme scheme, HazardTypeTaxonomy taxonomy) {
        this.hazards = new MarkdownHazardReader(scheme, taxonomy);
    }

    public FileReading read(Path source, byte[] bytes) {
        if (bytes.length > MarkdownHazardReader.MAX_BYTES) {
            return hazards.read(source, bytes);
        }
        Findings findings = new Findings(source);
        Optional<String> decoded = TextDecoding.decode(bytes, findings);
        if (decoded.isEmpty()) {
            return FileReading.rejected(source, findings.problems());
        }
        String text = TextDecoding.normalise(decoded.get());
        try {
            if (hasHazardHeadings(text)) {
                return hazards.read(source, bytes);
            }
            List<String> lines = List.of(text.split("\n", -1));
            Node document = CommonMarkText.parse(text);
            List<String> outside = new ArrayList<>();
            List<FieldEntry> tables = FieldTableLog.read(document, outside);
            // A README that explains the fields in a table is not a log: a log numbers its hazards.
            if (tables.stream().anyMatch(FieldEntry::hasNumber)) {
                return entries(source, tables, outside, findings.warnings(), "field tables");
            }
            outside.clear();
            List<FieldEntry> drafts = BoldLabelDrafts.read(document, lines, outside);
            if (drafts.stream().anyMatch(d -> d.fields.has(SectionKey.NAME))) {
                return entries(source, drafts, outside, findings.warnings(), "bold labels");
            }
        } catch (RuntimeException | StackOverflowError e) {
            return FileReading.failed(source, e);
        }
        return hazards.read(source, bytes);
    }

    /** Quill or DCSP headings ("## Hazard name", "### Description"): a file of one hazard. */
    private static boolean hasHazardHeadings(String text) {
        Optional<HazardDocument> doc = DocumentSplitter.split(text, new ArrayList<>());
        return doc.isPresent() && doc.get().headingLevel() > 0;
    }

    private FileReading entries(Path source, List<FieldEntry> entries, List<String> outside,
                                List<ImportWarning> decodingWarnings, String form) {
        List<ParsedHazard> read = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportWarning> fileWarnings = new ArrayList<>(decodingWarnings);
        if (!outside.isEmpty()) {
            fileWarnings.add(new ImportWarning(source, WarningKind.UNKNOWN_SECTION, "this file holds hazards as " + form
                    + "; what lies outside them was not imported: " + named(outside)));
        }
        boolean single = entries.size() == 1;
        for (FieldEntry entry : entries) {
            Findings f = new Findings(source);
            if (!entry.leftOut.isEmpty()) {
                f.warn(WarningKind.UNKNOWN_SECTION, "what lies under it outside its " + form + " was not imported: "
                        + named(entry.leftOut));
            }
            Hazard h = null;
            try {
                h = hazards.assemble(source, entry.document(), f, single);
            } catch (InvalidValueException e) {
                f.problem(e.getMessage().contains("the limit is") ? ProblemKind.TOO_LONG : ProblemKind.INVALID_VALUE,
                        e.getMessage());
            }
            String who = single ? "" : "hazard " + entry.label() + ": ";
            f.problems().forEach(p -> problems.add(new ImportProblem(source, p.kind(), who + p.message())));
            if (!f.hasProblems() && h != null) {
                read.add(new ParsedHazard(h, source, f.warnings().stream()
                        .map(w -> new ImportWarning(source, w.kind(), who + w.message())).toList()));
            }
        }
        return problems.isEmpty() ? FileReading.of(source, read, fileWarnings) : FileReading.rejected(source, problems);
    }

    private static String named(List<String> what) {
        String shown = String.join(", ", what.subList(0, Math.min(NAMED, what.size())));
        return what.size() > NAMED ? shown + " and " + (what.size() - NAMED) + " more" : shown;
    }
}
