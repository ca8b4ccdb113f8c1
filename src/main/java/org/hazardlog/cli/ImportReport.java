package org.hazardlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.hazardlog.app.ImportPlan;
import org.hazardlog.app.ImportPlan.Action;
import org.hazardlog.app.ImportPlan.Step;
import org.hazardlog.domain.HazardChanges;
import org.hazardlog.report.xlsx.ColumnMap;
import org.hazardlog.report.xlsx.WorkbookColumns;
import org.hazardlog.transfer.ImportProblem;
import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.WarningKind;
import org.hazardlog.code.SymbolSuggestions;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.batch.BatchReading;
import org.hazardlog.transfer.batch.SkippedFile;

/**
 * What {@code import} tells its user: each hazard created or updated (with what changed), the
 * warnings to check, the files left out, and one summary line. Unchanged hazards are only counted:
 * importing the same folder again should not bury the one real change.
 */
final class ImportReport {

    private static final String INDENT = "    ";

    private final BatchReading batch;
    private SymbolSuggestions symbols = SymbolSuggestions.in(java.util.Optional.empty());

    ImportReport(BatchReading batch) {
        this.batch = batch;
    }

    /** Where to look for the functions that imported locations' notes name. */
    void suggestSymbolsFrom(SymbolSuggestions suggestions) {
        this.symbols = suggestions;
    }

    /** Why nothing was imported: every invalid file with every problem, one per line. */
    String refusal(boolean skipInvalid) {
        int bad = batch.badFiles().size();
        int good = goodFiles();
        String advice = good == 0 ? "" : skipInvalid ? "" : "; fix " + (bad == 1 ? "it" : "them") + ", or import the "
                + count(good, "valid file") + " with --skip-invalid";
        return "nothing imported: " + bad + " of " + count(bad + good, "file") + (bad == 1 ? " is" : " are")
                + " invalid" + advice + ":\n" + problems();
    }

    String nothingFound(List<Path> paths) {
        String where = paths.stream().map(Path::toString).collect(Collectors.joining(", "));
        String skipped = batch.skipped().isEmpty() ? ""
                : "\n" + batch.skipped().stream().map(ImportReport::skipped).collect(Collectors.joining("\n"));
        return "nothing imported: no hazard files in " + where + skipped;
    }

    void print(PrintWriter out, ImportPlan plan, String log) {
        List<ParsedHazard> parsed = batch.hazards();
        for (int i = 0; i < parsed.size(); i++) {
            Step step = plan.steps().get(i);
            if (step.action() != Action.UNCHANGED) {
                printStep(out, step, parsed.get(i), plan.isCarriedOut());
            }
        }
        List<ImportWarning> warnings = warningsOfWrittenHazards(plan);
        if (!warnings.isEmpty()) {
            out.println("Warnings (imported; a person should check these):");
            warnings.forEach(w -> out.println(INDENT + w));
        }
        if (!batch.skipped().isEmpty()) {
            out.println("Skipped (not hazard files):");
            batch.skipped().forEach(s -> out.println(skipped(s)));
        }
        if (batch.hasProblems()) {
            out.println("Invalid files, not imported:");
            out.println(problems());
        }
        out.println(summary(plan, log, warnings.size()));
    }

    /**
     * The file warnings and those of hazards created or updated. An unchanged hazard's warnings
     * were shown when it was imported before; repeating them would hide the new ones.
     */
    private List<ImportWarning> warningsOfWrittenHazards(ImportPlan plan) {
        List<ImportWarning> shown = new ArrayList<>(batch.fileWarnings());
        for (int i = 0; i < batch.hazards().size(); i++) {
            if (plan.steps().get(i).action() != Action.UNCHANGED) {
                ParsedHazard h = batch.hazards().get(i);
                shown.addAll(h.warnings());
                h.hazard().codeLocations().forEach(l -> symbols.forLocation(l).ifPresent(s ->
                        shown.add(new ImportWarning(h.source(), WarningKind.SYMBOL_ANCHOR_SUGGESTED, s))));
            }
        }
        return shown;
    }

    private static void printStep(PrintWriter out, Step step, ParsedHazard from, boolean done) {
        Action a = step.action();
        String number = step.hazard().number() == null ? "new" : String.valueOf(step.hazard().number());
        out.printf("%-9s %5s  %s%n", done ? a.done() : a.planned(), number, step.hazard().name());
        if (step.getsNextNumber() || from.hazard().number() == null) {
            out.println(INDENT + "(" + from.source() + " gives no hazard number: "
                    + (done ? "given" : "it gets") + " the next free number, and is added again if imported again)");
        }
        HazardChanges changes = step.changes();
        changes.changes().forEach(c -> out.println(INDENT + c));
        step.notes().forEach(n -> out.println(INDENT + "note: " + n));
        step.removedWithProgress().forEach(c -> out.println(INDENT + "removes " + c.category().label() + " control \""
                + c.text() + "\" although it is " + c.status().label() + (done ? "" : " (needs --allow-removals)")));
    }

    private String summary(ImportPlan plan, String log, int warnings) {
        StringBuilder line = new StringBuilder();
        line.append(plan.isCarriedOut() ? "Imported " : "Would import ")
                .append(count(batch.hazards().size(), "hazard")).append(" from ").append(count(goodFiles(), "file"))
                .append(" into ").append(log).append(": ").append(plan.summary());
        if (warnings > 0) {
            line.append("; ").append(count(warnings, "warning"));
        }
        if (batch.hasProblems()) {
            line.append("; ").append(count(batch.badFiles().size(), "invalid file")).append(" not imported");
        }
        if (!plan.isCarriedOut()) {
            line.append(". Nothing was changed (--dry-run)");
        }
        return line.append('.').toString();
    }

    private String problems() {
        return batch.problems().stream().map(ImportProblem::toString).map(p -> INDENT + p)
                .collect(Collectors.joining("\n"));
    }

    private static String skipped(SkippedFile s) {
        return INDENT + s.file() + ": " + s.reason();
    }

    private int goodFiles() {
        Set<Path> files = new HashSet<>();
        batch.hazards().forEach(h -> files.add(h.source()));
        return files.size();
    }

    /**
     * How each workbook's columns were read, header by header, so that a mapping the user did not
     * intend (or a header it did not reach) shows before the hazards do.
     */
    static void printColumns(PrintWriter out, Map<Path, WorkbookColumns> read, ColumnMap map) {
        List<String> reached = new ArrayList<>();
        for (Map.Entry<Path, WorkbookColumns> e : new TreeMap<>(read).entrySet()) {
            WorkbookColumns columns = e.getValue();
            if (columns.uses().isEmpty()) {
                continue;
            }
            out.println("Columns of " + e.getKey() + " (sheet \"" + columns.sheet() + "\", header row " + columns.headerRow() + "):");
            for (WorkbookColumns.Use u : columns.uses()) {
                out.println(INDENT + u);
                if (u.how() == WorkbookColumns.How.MAPPED || u.how() == WorkbookColumns.How.IGNORED) {
                    reached.add(u.header());
                }
            }
            if (!columns.unknownHeaders().isEmpty()) {
                out.println(INDENT + "(to import a column, map it: --map \"" + columns.unknownHeaders().get(0)
                        + "=FIELD\"; to leave it out without a warning: --map \"" + columns.unknownHeaders().get(0) + "=ignore\")");
            }
        }
        for (String header : map.headers()) {
            if (reached.stream().noneMatch(r -> ColumnMap.sameHeader(r, header))) {
                out.println("--map \"" + header + "=" + map.fieldOf(header).orElse("") + "\": no workbook read has a column \""
                        + header + "\"");
            }
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
