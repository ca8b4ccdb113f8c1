package org.hazardlog.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.access.Actor;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.testissue.TestIssueDetails;
import org.hazardlog.domain.testissue.TestIssueStatus;
import org.hazardlog.store.HazardLogUnavailableException;
import org.hazardlog.store.StaleEditException;

/**
 * What the "Test issues" tab shows and does: the log's test issues, filtered by status, and a form
 * for the one selected (or a new one) that an Engineer or the CSO saves, resolves or reopens. Reads
 * and writes run as background work; a refusal is shown and the list read again.
 */
final class TestIssuesModel {

    /** Which issues the list shows. */
    enum Shown {
        OPEN("Open"), RESOLVED("Resolved"), ALL("All");

        private final String label;

        Shown(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final MainViewModel main;
    private final Dialogs dialogs;
    private final ObservableList<TestIssue> issues = FXCollections.observableArrayList();
    private final FilteredList<TestIssue> shownIssues = new FilteredList<>(issues);
    private final ObjectProperty<Shown> shown = new SimpleObjectProperty<>(Shown.ALL);
    /** The issue the form shows; null: a new one. */
    private final ObjectProperty<TestIssue> editing = new SimpleObjectProperty<>();
    private final StringProperty id = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty hazards = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty safetyImpact = new SimpleStringProperty("");
    private final BooleanBinding mayRecord;

    TestIssuesModel(MainViewModel main) {
        this.main = main;
        this.dialogs = main.dialogs();
        mayRecord = main.accountability().may(Permission.RECORD_TEST_ISSUE);
        shown.addListener((o, was, now) -> filter());
        main.logProperty().addListener((o, was, now) -> {
            clearForm();
            reload();
        });
        // A hazard renumbered shows under its new number in the links.
        main.hazards().addListener((ListChangeListener<Hazard>) c -> reload());
        reload();
    }

    void reload() {
        HazardLogService log = main.logProperty().get();
        if (log == null) {
            issues.clear();
            return;
        }
        main.background().run("Reading test issues\u2026", () -> log.testIssues().list(), read -> {
            if (main.logProperty().get() == log) {
                issues.setAll(read);
                TestIssue was = editing.get();
                if (was != null) {
                    read.stream().filter(t -> t.id().equals(was.id())).findFirst().ifPresentOrElse(t -> {
                        if (!isDirty()) {
                            load(t);
                        } else {
                            editing.set(t);
                        }
                    }, this::clearForm);
                }
            }
        }, e -> dialogs.showError("Cannot read the test issues", e.getMessage()));
    }

    private void filter() {
        Shown s = shown.get();
        shownIssues.setPredicate(t -> s == Shown.ALL || (s == Shown.OPEN) == t.isOpen());
    }

    /**
     * Shows an issue in the form (null: an empty form for a new one), first asking whether to drop
     * changes not saved. False when the user keeps their changes.
     */
    boolean select(TestIssue issue) {
        TestIssue now = editing.get();
        boolean same = issue != null && now != null && issue.id().equals(now.id());
        if (same) {
            return true;
        }
        if (isDirty() && !dialogs.confirm("Unsaved test issue", "Your changes to "
                + (now == null ? "the new test issue" : now.id()) + " are not saved. Discard them?")) {
            return false;
        }
        if (issue == null) {
            clearForm();
        } else {
            load(issue);
        }
        return true;
    }

    private void load(TestIssue t) {
        editing.set(t);
        id.set(t.id());
        title.set(t.title());
        hazards.set(t.details().hazardList());
        description.set(t.details().description());
        safetyImpact.set(t.details().safetyImpact());
    }

    private void clearForm() {
        editing.set(null);
        id.set("");
        title.set("");
        hazards.set("");
        description.set("");
        safetyImpact.set("");
    }

    /** Whether the form differs from the issue it shows (or, for a new one, holds anything). */
    boolean isDirty() {
        TestIssue t = editing.get();
        if (t == null) {
            return !(id.get().isBlank() && title.get().isBlank() && hazards.get().isBlank()
                    && description.get().isBlank() && safetyImpact.get().isBlank());
        }
        return !title.get().strip().equals(t.title()) || !description.get().strip().equals(t.details().description())
                || !safetyImpact.get().strip().equals(t.details().safetyImpact())
                || !hazards.get().replaceAll("\\s", "").equals(t.details().hazardList().replaceAll("\\s", ""));
    }

    /** Saves the form: adds a new issue, or saves the edits of the one shown. */
    void save() {
        TestIssueDetails details;
        try {
            details = new TestIssueDetails(title.get(), description.get(), parseHazards(hazards.get()), safetyImpact.get());
        } catch (InvalidValueException e) {
            dialogs.showError("Test issue not saved", sentence(e.getMessage()));
            return;
        }
        TestIssue t = editing.get();
        if (t == null) {
            String wanted = id.get().isBlank() ? null : id.get();
            write("Adding a test issue\u2026", log -> log.testIssues().add(wanted, details), "Added test issue ");
        } else {
            write("Saving " + t.id() + "\u2026", log -> log.testIssues().edit(t.id(), t.revision(), details, null),
                    "Saved test issue ");
        }
    }

    /** Asks how the issue shown was resolved, and records it. */
    void resolve() {
        TestIssue t = editing.get();
        if (t == null || !t.isOpen() || !settled()) {
            return;
        }
        Optional<String> how = dialogs.askText("Resolve " + t.id(), "How was " + t.id() + " resolved? (For example the "
                + "fix, its release, and the test that now passes.)", "");
        if (how.isEmpty()) {
            return;
        }
        write("Resolving " + t.id() + "\u2026", log -> log.testIssues().resolve(t.id(), t.revision(), how.get(), null),
                "Resolved test issue ");
    }

    /** Asks why the issue shown is open again, and reopens it. */
    void reopen() {
        TestIssue t = editing.get();
        if (t == null || t.isOpen() || !settled()) {
            return;
        }
        Optional<String> why = dialogs.askText("Reopen " + t.id(), "Why is " + t.id() + " open again? The audit trail "
                + "keeps your reason.", "");
        if (why.isEmpty()) {
            return;
        }
        write("Reopening " + t.id() + "\u2026", log -> log.testIssues().reopen(t.id(), t.revision(), why.get()),
                "Reopened test issue ");
    }

    /** Unsaved edits of the form would be lost by a resolve or reopen read back from the log: save or drop them first. */
    private boolean settled() {
        if (!isDirty()) {
            return true;
        }
        dialogs.showError("Unsaved test issue", "Save or revert your changes to " + editing.get().id() + " first.");
        return false;
    }

    void revert() {
        TestIssue t = editing.get();
        if (t == null) {
            clearForm();
        } else {
            load(t);
        }
    }

    private void write(String what, Function<HazardLogService, TestIssue> change, String done) {
        HazardLogService log = main.logProperty().get();
        if (log == null) {
            return;
        }
        main.background().run(what, () -> change.apply(log), stored -> {
            load(stored);
            main.statusMessageProperty().set(done + stored.id() + ".");
            main.accountability().refresh();
            reload();
        }, e -> {
            String title = e instanceof StaleEditException ? "Test issue changed by someone else" : "Test issue not saved";
            if (e instanceof StaleEditException || e instanceof InvalidValueException
                    || e instanceof AccessRefusedException || e instanceof HazardLogUnavailableException) {
                dialogs.showError(title, sentence(e.getMessage()));
            } else {
                dialogs.showError(title, "HazardLog failed: " + e);
            }
            reload();
        });
    }

    /** "3, 7" or "3 7" to hazard numbers; anything else is refused with what was not understood. */
    static List<Integer> parseHazards(String text) {
        List<Integer> numbers = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                numbers.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new InvalidValueException("linked hazards are hazard numbers separated by commas, such as 3, 7; \""
                        + part + "\" is not a number");
            }
        }
        return numbers;
    }

    /** A message as a sentence: capital first, full stop last. */
    private static String sentence(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return t.endsWith(".") ? t : t + ".";
    }

    /** Why the form is read only for the person working, or "" when they may record test issues. */
    StringBinding whyReadOnly() {
        return Bindings.createStringBinding(() -> {
            if (mayRecord.get()) {
                return "";
            }
            if (main.logProperty().get() == null) {
                return "No hazard log is open.";
            }
            Actor who = main.accountability().actorProperty().get();
            if (who.name().isBlank() || !who.isUser()) {
                return "Read only: choose who you are under Audit > Who is working.";
            }
            return "Read only: you are " + who.role().withArticle() + "; recording test issues needs the Engineer or "
                    + "CSO role.";
        }, mayRecord, main.accountability().actorProperty(), main.logProperty());
    }

    /** "4 test issues: 3 open, 1 resolved". */
    StringBinding count() {
        return Bindings.createStringBinding(() -> {
            long open = issues.stream().filter(TestIssue::isOpen).count();
            return issues.size() + (issues.size() == 1 ? " test issue: " : " test issues: ") + open + " open, "
                    + (issues.size() - open) + " resolved";
        }, issues);
    }

    /** What the form says about the issue's state: open, or resolved with how, by whom and when. */
    StringBinding state() {
        return Bindings.createStringBinding(() -> {
            TestIssue t = editing.get();
            if (t == null) {
                return "New test issue; leave the ID empty for the next TI-number.";
            }
            String recorded = "Recorded by " + t.recordedBy() + " on " + RecordedDay.of(t.recordedAt()) + ".";
            return t.resolved().map(r -> TestIssueStatus.RESOLVED.label() + " by " + r.by() + " on "
                    + RecordedDay.of(r.at()) + ": " + r.text() + "\n" + recorded)
                    .orElse(TestIssueStatus.OPEN.label() + ". " + recorded);
        }, editing);
    }

    BooleanBinding isNew() {
        return editing.isNull();
    }

    BooleanBinding mayResolve() {
        return mayRecord.and(Bindings.createBooleanBinding(() -> editing.get() != null && editing.get().isOpen(), editing));
    }

    BooleanBinding mayReopen() {
        return mayRecord.and(Bindings.createBooleanBinding(() -> editing.get() != null && !editing.get().isOpen(), editing));
    }

    BooleanBinding mayRecord() {
        return mayRecord;
    }

    ObservableList<TestIssue> shownIssues() {
        return shownIssues;
    }

    ObservableList<TestIssue> issues() {
        return issues;
    }

    ObjectProperty<Shown> shownProperty() {
        return shown;
    }

    ObjectProperty<TestIssue> editingProperty() {
        return editing;
    }

    StringProperty idProperty() {
        return id;
    }

    StringProperty titleProperty() {
        return title;
    }

    StringProperty hazardsProperty() {
        return hazards;
    }

    StringProperty descriptionProperty() {
        return description;
    }

    StringProperty safetyImpactProperty() {
        return safetyImpact;
    }

    /** Dates as the form shows them, in the user's time zone. */
    private static final class RecordedDay {
        private static final java.time.format.DateTimeFormatter FORMAT =
                java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

        static String of(java.time.Instant at) {
            return FORMAT.format(at.atZone(java.time.ZoneId.systemDefault()));
        }
    }
}
