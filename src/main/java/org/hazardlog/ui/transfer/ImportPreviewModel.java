package org.hazardlog.ui.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hazardlog.app.ImportPlan;
import org.hazardlog.app.ImportPlan.Action;
import org.hazardlog.app.ImportPlan.Step;
import org.hazardlog.domain.Hazard;
import org.hazardlog.report.xlsx.ColumnMap;
import org.hazardlog.report.xlsx.WorkbookColumns;
import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.batch.BadFile;
import org.hazardlog.transfer.batch.BatchReading;

/**
 * The state of the import preview: one row per hazard read (what the import will do with it and
 * what to check; updates first), the invalid and skipped files, and whether the import may go ahead. It holds no
 * controls, so it is tested without a screen.
 */
final class ImportPreviewModel {

    /** One hazard of the preview: the hazard as read, and its step of the plan. */
    record Row(ParsedHazard parsed, Step step) {

        /**
         * What a reviewer should read first: updates (they replace what is in the log), then new
         * hazards, then those left as they are; by number within each, unnumbered last.
         */
        static final Comparator<Row> REVIEW_ORDER = Comparator
                .comparingInt((Row r) -> switch (r.action()) {
                    case UPDATE -> 0;
                    case CREATE -> 1;
                    case UNCHANGED -> 2;
                })
                .thenComparing(r -> r.step().hazard().number(), Comparator.nullsLast(Comparator.naturalOrder()));

        /** For sorting the number column as numbers: "new" after every number. */
        static final Comparator<String> NUMBER_ORDER = Comparator.comparing(
                (String n) -> n.chars().allMatch(Character::isDigit) ? Integer.valueOf(n) : null,
                Comparator.nullsLast(Comparator.naturalOrder()));

        String number() {
            return step.hazard().number() == null ? "new" : String.valueOf(step.hazard().number());
        }

        String name() {
            return step.hazard().name();
        }

        Action action() {
            return step.action();
        }

        String actionText() {
            return step.getsNextNumber() ? "create (next number)" : step.action().planned();
        }

        int warningCount() {
            return parsed.warnings().size();
        }
    }

    private final BatchReading batch;
    private final ObservableList<Row> rows;
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final BooleanProperty allowRemovals = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canImport;
    private final ImportPlan plan;

    /** The plan the user was shown; the import is refused if the log no longer matches it. */
    ImportPlan plan() {
        return plan;
    }

    /** A workbook column the user may map: its file, the layout its choice is remembered for, and the choice so far. */
    record ColumnChoice(Path file, String layout, String header, String chosen) {
        /** "team.xlsx: "Possible causes"". */
        String label() {
            return file.getFileName() + ": \"" + header + "\"";
        }
    }

    /** What the user may pick for a column: a field, or to leave it out without a warning. */
    static final String IGNORE = "Ignore (leave out)";

    private final Map<Path, WorkbookColumns> columns;
    private final boolean rowsSkipped;

    ImportPreviewModel(BatchReading batch, ImportPlan plan) {
        this(batch, plan, Map.of(), false);
    }

    /**
     * {@code plan} must be the plan of {@code batch.hazardList()}, step for hazard. {@code columns}
     * says how each workbook's columns were read; {@code rowsSkipped}, whether the workbooks were
     * read skipping their invalid rows (then "skip invalid" starts ticked).
     */
    ImportPreviewModel(BatchReading batch, ImportPlan plan, Map<Path, WorkbookColumns> columns, boolean rowsSkipped) {
        this.columns = new TreeMap<>(columns);
        this.rowsSkipped = rowsSkipped;
        if (plan.steps().size() != batch.hazards().size()) {
            throw new IllegalArgumentException("the plan has " + plan.steps().size() + " steps for "
                    + batch.hazards().size() + " hazards");
        }
        this.batch = batch;
        this.plan = plan;
        List<Row> list = new ArrayList<>();
        for (int i = 0; i < batch.hazards().size(); i++) {
            list.add(new Row(batch.hazards().get(i), plan.steps().get(i)));
        }
        list.sort(Row.REVIEW_ORDER);
        rows = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(list));
        skipInvalid.set(rowsSkipped);
        boolean worthImporting = plan.changesTheLog();
        boolean removesWork = !plan.removalsWithProgress().isEmpty();
        canImport = Bindings.createBooleanBinding(
                () -> worthImporting && !importing.get() && (!batch.hasProblems() || skipInvalid.get())
                        && (!removesWork || allowRemovals.get()),
                importing, skipInvalid, allowRemovals);
    }

    /** Columns nobody knows, and those mapped before, of every workbook read: each can be given a field. */
    List<ColumnChoice> columnChoices() {
        List<ColumnChoice> out = new ArrayList<>();
        columns.forEach((file, read) -> read.uses().forEach(u -> {
            switch (u.how()) {
                case UNKNOWN -> out.add(new ColumnChoice(file, read.layout(), u.header(), null));
                case MAPPED -> out.add(new ColumnChoice(file, read.layout(), u.header(), u.field()));
                case IGNORED -> out.add(new ColumnChoice(file, read.layout(), u.header(), IGNORE));
                default -> { }
            }
        }));
        return out;
    }

    /** The fields a column can be read as, then {@link #IGNORE}. */
    static List<String> columnFields() {
        List<String> fields = new ArrayList<>(ColumnMap.fields());
        fields.add(IGNORE);
        return fields;
    }

    /** Whether an invalid file is a workbook: skipping then skips its invalid rows, not the whole workbook. */
    boolean hasBadWorkbooks() {
        return batch.badFiles().stream().anyMatch(b -> b.file().getFileName().toString().toLowerCase(java.util.Locale.ROOT)
                .endsWith(".xlsx"));
    }

    /** Whether the workbooks were read skipping their invalid rows. */
    boolean rowsSkipped() {
        return rowsSkipped;
    }

    /** What the files say as a whole (columns not imported, cells below a table, skipped rows), one per line. */
    String fileNotesText() {
        return batch.fileWarnings().stream().map(w -> w.source().getFileName() + ": " + w.message())
                .collect(Collectors.joining("\n"));
    }

    ObservableList<Row> rows() {
        return rows;
    }

    List<BadFile> badFiles() {
        return batch.badFiles();
    }

    boolean hasBadFiles() {
        return batch.hasProblems();
    }

    BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    /** The user's consent to remove controls with recorded work that the files no longer have. */
    BooleanProperty allowRemovalsProperty() {
        return allowRemovals;
    }

    /** True when the import would remove controls with recorded work: it needs the user's consent. */
    boolean removesWork() {
        return !plan.removalsWithProgress().isEmpty();
    }

    /** The controls with recorded work the import would remove, one per line. */
    String removalsText() {
        return String.join("\n", plan.removalsWithProgress());
    }

    /** False while importing, with bad files unless they are to be skipped, or when nothing would change. */
    BooleanBinding canImportProperty() {
        return canImport;
    }

    ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** "48 hazards in 48 files: 45 to create, 2 to update, 1 unchanged." and what stops the import. */
    String summary() {
        if (rows.isEmpty() && !batch.hasProblems()) {
            return "No hazard files found." + skippedNote();
        }
        StringBuilder s = new StringBuilder();
        s.append(count(rows.size(), "hazard")).append(" read: ").append(plan.summary()).append('.');
        if (!plan.changesTheLog() && !rows.isEmpty()) {
            s.append(" The log already holds every one of them as it is.");
        }
        if (batch.hasProblems()) {
            s.append(' ').append(count(batch.badFiles().size(), "file")).append(batch.badFiles().size() == 1 ? " is" : " are")
                    .append(" invalid: nothing is imported unless you skip ")
                    .append(batch.badFiles().size() == 1 ? "it." : "them.");
        }
        if (removesWork()) {
            int n = plan.removalsWithProgress().size();
            s.append(' ').append(count(n, "control")).append(" with recorded work would be removed: nothing is imported "
                    + "unless you tick \"Remove controls with recorded work\".");
        }
        return s.append(skippedNote()).toString();
    }

    private String skippedNote() {
        int n = batch.skipped().size();
        return n == 0 ? "" : n == 1 ? " 1 file skipped: not a hazard file." : " " + n + " files skipped: not hazard files.";
    }

    /** The invalid files, each with every one of its problems. */
    String badFilesText() {
        return batch.badFiles().stream()
                .map(b -> b.file() + "\n" + b.problems().stream().map(p -> "    " + p.message())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    /** What the details pane shows for a row: where it came from, what changes, what to check. */
    static String details(Row row) {
        StringBuilder s = new StringBuilder();
        s.append("Hazard ").append(row.number()).append(": ").append(row.name()).append('\n');
        s.append("From ").append(row.parsed().source()).append("\n\n");
        switch (row.action()) {
            case CREATE -> s.append(row.step().getsNextNumber()
                    ? "Will be added with the next free number. The file gives no hazard number, so importing it again adds it again."
                    : "Will be added: the log has no hazard " + row.number() + ".").append('\n');
            case UNCHANGED -> s.append("Unchanged: the log already holds this hazard as it is.\n");
            case UPDATE -> {
                s.append("Will update hazard ").append(row.number()).append(" (revision ")
                        .append(row.step().before().version()).append("):\n");
                row.step().changes().changes().forEach(c -> s.append("  ").append(c).append('\n'));
                row.step().notes().forEach(n -> s.append("  Note: ").append(n).append('\n'));
                row.step().removedWithProgress().forEach(c -> s.append("  Removes ").append(c.category().label())
                        .append(" control \"").append(c.text()).append("\" although it is ").append(c.status().label())
                        .append(": tick \"Remove controls with recorded work\" to allow it\n"));
            }
        }
        List<ImportWarning> warnings = row.parsed().warnings();
        if (!warnings.isEmpty()) {
            s.append("\nWarnings (imported; please check):\n");
            warnings.forEach(w -> s.append("  - ").append(w.message()).append('\n'));
        }
        return s.toString();
    }

    /**
     * The hazards to import: those of the valid files (all of them when there is no invalid file,
     * since the import is allowed only then or when the invalid ones are skipped).
     */
    List<Hazard> hazardsToImport() {
        if (!canImport.get()) {
            throw new IllegalStateException("the import cannot go ahead: " + summary());
        }
        return batch.hazardList();
    }

    void setImporting(boolean running) {
        importing.set(running);
    }

    /** The one line shown once the import is done. */
    static String resultText(ImportPlan done, int invalidFiles) {
        String s = "Imported: " + done.summary() + ".";
        return invalidFiles == 0 ? s : s + " " + count(invalidFiles, "invalid file") + " not imported.";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
