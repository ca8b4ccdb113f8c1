package org.hazardlog.ui.code;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hazardlog.app.CodeReviewService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.RecordedReview;
import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.CodeUnavailableException;
import org.hazardlog.code.LineRange;
import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.LocationState;
import org.hazardlog.code.ReviewDiff;
import org.hazardlog.code.SourceFile;
import org.hazardlog.code.SymbolAnchor;
import org.hazardlog.code.SourceTree;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.store.HazardLogUnavailableException;
import org.hazardlog.store.StaleEditException;

/**
 * State and commands of the Code view: the repository root and clinical patterns of the open log,
 * the check of the selected hazard's (or every hazard's) code locations, the snippet of the chosen
 * location, and the actions on it. Work that reads the repository runs on {@code background}; its
 * results are applied on {@code fx}, the JavaFX thread.
 */
public final class CodeViewModel {

    /** Whose code locations the view checks. */
    public enum Scope { SELECTED_HAZARD, ALL_HAZARDS }

    private final CodeDialogs dialogs;
    private final FileOpener opener;
    private final Executor background;
    private final Executor fx;
    private final Runnable hazardsChanged;

    private final ObjectProperty<HazardLogService> log = new SimpleObjectProperty<>();
    private final ObjectProperty<Hazard> selectedHazard = new SimpleObjectProperty<>();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(Scope.SELECTED_HAZARD);
    private final StringProperty repositoryRoot = new SimpleStringProperty("");
    private final StringProperty clinicalGlobs = new SimpleStringProperty("");
    private final ObservableList<LocationFinding> findings = FXCollections.observableArrayList();
    private final ObjectProperty<LocationFinding> selectedFinding = new SimpleObjectProperty<>();
    private final ObservableList<String> unlinked = FXCollections.observableArrayList();
    private final StringProperty unlinkedNote = new SimpleStringProperty(
            "Set the patterns of the clinically relevant files, then list those no hazard links to.");
    private final ObservableList<SnippetLine> snippet = FXCollections.observableArrayList();
    private final ObservableList<DiffLine> reviewDiff = FXCollections.observableArrayList();
    private final StringProperty snippetTitle = new SimpleStringProperty("");
    private final StringProperty snippetDetail = new SimpleStringProperty("");
    private final IntegerProperty snippetFocus = new SimpleIntegerProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private SourceTree tree;
    /** The file the snippet shows, and the line to open it at: what "Open in editor" opens. */
    private String shownFile;
    private int shownLine = 1;

    public CodeViewModel(CodeDialogs dialogs, FileOpener opener, Executor background, Executor fx, Runnable hazardsChanged) {
        this.dialogs = dialogs;
        this.opener = opener;
        this.background = background;
        this.fx = fx;
        this.hazardsChanged = hazardsChanged;
        log.addListener((obs, was, now) -> {
            loadSettings();
            check();
        });
        selectedHazard.addListener((obs, was, now) -> {
            if (scope.get() == Scope.SELECTED_HAZARD && !sameRevision(was, now)) {
                check();
            }
        });
        scope.addListener((obs, was, now) -> check());
        selectedFinding.addListener((obs, was, now) -> showSnippet(now));
    }

    private static boolean sameRevision(Hazard a, Hazard b) {
        return a != null && b != null && Objects.equals(a.id(), b.id()) && a.version() == b.version();
    }

    private void loadSettings() {
        HazardLogService service = log.get();
        if (service == null) {
            repositoryRoot.set("");
            clinicalGlobs.set("");
            return;
        }
        CodeReviewService code = new CodeReviewService(service);
        run("Reading settings\u2026", () -> new Settings(
                code.settings().repositoryRoot().map(Path::toString).orElse(""),
                String.join("; ", code.settings().clinicalGlobs())), s -> {
                    repositoryRoot.set(s.root());
                    clinicalGlobs.set(s.globs());
                });
    }

    private record Settings(String root, String globs) {
    }

    /** Checks the code locations in scope against the repository and shows what it found. */
    public void check() {
        check("");
    }

    /** Checks, then says what was done before the check (such as a review recorded) with its summary. */
    private void check(String done) {
        HazardLogService service = log.get();
        List<Integer> numbers = hazardsInScope();
        if (service == null || numbers == null) {
            show(null, List.of());
            return;
        }
        CodeReviewService code = new CodeReviewService(service);
        run("Checking the code\u2026", () -> {
            if (code.settings().repositoryRoot().isEmpty()) {
                return null;
            }
            SourceTree t = code.repository(null);
            return new Checked(t, code.check(t, numbers));
        }, checked -> {
            if (checked == null) {
                show(null, List.of());
                message.set("Choose the repository root: the folder the code locations' paths start from.");
            } else {
                show(checked.tree(), checked.report().findings());
                message.set(done.isEmpty() ? summary(checked.report()) : done + " " + summary(checked.report()));
            }
        });
    }

    private record Checked(SourceTree tree, CodeCheckReport report) {
    }

    /** The hazard numbers to check: none for all hazards; null when there is nothing to check. */
    private List<Integer> hazardsInScope() {
        if (scope.get() == Scope.ALL_HAZARDS) {
            return List.of();
        }
        Hazard h = selectedHazard.get();
        if (h == null || h.number() == null || h.isNew()) {
            message.set("Select a hazard in the main window, or show all hazards.");
            return null;
        }
        return List.of(h.number());
    }

    private void show(SourceTree checked, List<LocationFinding> found) {
        LocationFinding was = selectedFinding.get();
        tree = checked;
        findings.setAll(found);
        LocationFinding again = was == null ? null : found.stream().filter(f -> samePlace(f, was)).findFirst().orElse(null);
        LocationFinding pick = again != null ? again : found.isEmpty() ? null : found.get(0);
        if (Objects.equals(pick, selectedFinding.get())) {
            showSnippet(pick); // the same finding, but the file may have changed: show it afresh
        } else {
            selectedFinding.set(pick);
        }
    }

    private static boolean samePlace(LocationFinding a, LocationFinding b) {
        return Objects.equals(a.hazard().number(), b.hazard().number()) && a.locationIndex() == b.locationIndex()
                && Objects.equals(a.file(), b.file());
    }

    private static String summary(CodeCheckReport report) {
        if (report.findings().isEmpty()) {
            return "No code locations to check.";
        }
        StringJoiner parts = new StringJoiner(", ", report.findings().size() + " checked: ", "");
        for (LocationState s : LocationState.values()) {
            long n = report.count(s);
            if (n > 0) {
                parts.add(n + " " + s.label());
            }
        }
        return parts.toString() + (report.gitCommit() == null ? "" : " (git commit " + report.gitCommit().substring(0, 12) + ")");
    }

    private void showSnippet(LocationFinding f) {
        snippet.clear();
        reviewDiff.clear();
        snippetFocus.set(-1);
        shownFile = null;
        if (f == null) {
            snippetTitle.set("");
            snippetDetail.set("");
            return;
        }
        snippetTitle.set(f.location().reference() + (f.file() != null && !f.file().equals(SymbolAnchor.of(f.location().path())
                .map(SymbolAnchor::file).orElse(f.location().path()))
                ? " \u2192 " + f.file() : "") + "  \u00b7  " + stateText(f));
        snippetDetail.set(f.review() == null ? f.detail() : (f.detail() + " " + f.review().describe() + ".").strip());
        showReviewDiff(f);
        Optional<SourceFile> file = tree == null || f.file() == null ? Optional.empty() : readQuietly(f.file());
        if (file.isEmpty()) {
            return;
        }
        Optional<LineRange> highlighted = f.state() == LocationState.MOVED ? Optional.of(f.movedTo())
                : f.codeLines().filter(file.get()::contains);
        showLines(file.get(), highlighted);
        shownFile = f.file();
        shownLine = highlighted.map(LineRange::first).orElse(1);
    }

    /** The reviewed lines against today's, for a location not as reviewed: what code-check --diff shows. */
    private void showReviewDiff(LocationFinding f) {
        if (tree == null || !ReviewDiff.applies(f)) {
            return;
        }
        try {
            reviewDiff.setAll(DiffLine.of(ReviewDiff.of(f, tree)));
        } catch (CodeUnavailableException e) {
            reviewDiff.setAll(new DiffLine(DiffLine.Kind.NOTE, null, null, e.getMessage()));
        }
    }

    /** Shows a whole file without a range, such as an unlinked one. */
    public void showFile(String path) {
        snippet.clear();
        reviewDiff.clear();
        snippetFocus.set(-1);
        snippetTitle.set(path == null ? "" : path + "  \u00b7  linked to no hazard");
        snippetDetail.set("");
        shownFile = null;
        if (path != null && tree != null) {
            readQuietly(path).ifPresent(file -> {
                showLines(file, Optional.empty());
                shownFile = path;
                shownLine = 1;
            });
        }
    }

    private void showLines(SourceFile file, Optional<LineRange> highlighted) {
        List<String> lines = file.lines();
        List<SnippetLine> shown = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            boolean in = highlighted.map(r -> number >= r.first() && number <= r.last()).orElse(false);
            shown.add(new SnippetLine(number, lines.get(i), in));
        }
        snippet.setAll(shown);
        snippetFocus.set(highlighted.map(r -> r.first() - 1).orElse(0));
    }

    private Optional<SourceFile> readQuietly(String path) {
        try {
            return tree.file(path);
        } catch (CodeUnavailableException e) {
            snippetDetail.set(e.getMessage());
            return Optional.empty();
        }
    }

    private static String stateText(LocationFinding f) {
        return f.state() == LocationState.MOVED ? "moved to lines " + f.movedTo() : f.state().label();
    }

    public void chooseRepositoryRoot() {
        HazardLogService service = log.get();
        if (service == null) {
            return;
        }
        Path current = repositoryRoot.get().isEmpty() ? null : Path.of(repositoryRoot.get());
        dialogs.chooseRepositoryRoot(current).ifPresent(folder -> {
            CodeReviewService code = new CodeReviewService(service);
            run("Setting the repository root\u2026", () -> {
                code.settings().setRepositoryRoot(folder);
                return code.settings().repositoryRoot().map(Path::toString).orElse("");
            }, root -> {
                repositoryRoot.set(root);
                check();
            });
        });
    }

    /** Stores the clinical patterns typed into the view, separated by semicolons or new lines. */
    public void saveClinicalGlobs() {
        HazardLogService service = log.get();
        if (service == null) {
            return;
        }
        List<String> globs = Arrays.stream(clinicalGlobs.get().split("[;\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        CodeReviewService code = new CodeReviewService(service);
        run("Saving the clinical file patterns\u2026", () -> {
            code.settings().setClinicalGlobs(globs);
            return String.join("; ", code.settings().clinicalGlobs());
        }, stored -> {
            clinicalGlobs.set(stored);
            message.set(stored.isEmpty() ? "No clinical file patterns." : "Clinical file patterns saved.");
        });
    }

    public void listUnlinked() {
        HazardLogService service = log.get();
        if (service == null) {
            return;
        }
        CodeReviewService code = new CodeReviewService(service);
        run("Looking for unlinked code\u2026", () -> {
            List<String> globs = code.settings().clinicalGlobs();
            if (globs.isEmpty()) {
                throw new InvalidValueException("No clinical file patterns are set. Type them (such as src/**/*.py; "
                        + "backend/**/*.py) and press Save.");
            }
            SourceTree t = code.repository(null);
            return new Unlinked(t, code.unlinked(t, globs));
        }, found -> {
            tree = found.tree();
            unlinked.setAll(found.files());
            unlinkedNote.set("None: every file matching the patterns is linked to a hazard.");
            int n = found.files().size();
            message.set(n == 0 ? "Every clinically relevant file is linked to a hazard."
                    : n == 1 ? "1 clinically relevant file is linked to no hazard."
                    : n + " clinically relevant files are linked to no hazard.");
        });
    }

    private record Unlinked(SourceTree tree, List<String> files) {
    }

    /** The hazard whose code "Mark reviewed" records: the selected hazard, or the chosen location's. */
    public Optional<Hazard> hazardToReview() {
        if (scope.get() == Scope.SELECTED_HAZARD && selectedHazard.get() != null && !selectedHazard.get().isNew()) {
            return Optional.of(selectedHazard.get());
        }
        return Optional.ofNullable(selectedFinding.get()).map(LocationFinding::hazard);
    }

    /** Records, after the user confirms, the code of one hazard as reviewed. */
    public void markReviewed() {
        HazardLogService service = log.get();
        Optional<Hazard> hazard = hazardToReview();
        if (service == null || hazard.isEmpty()) {
            return;
        }
        Hazard h = hazard.get();
        boolean sure = dialogs.confirm("Mark code reviewed",
                "Record the code that hazard " + h.number() + " links to, as it is now, as reviewed?\n\n"
                        + "A later code check fails when this code changes, until it is reviewed again.");
        if (!sure) {
            return;
        }
        CodeReviewService code = new CodeReviewService(service);
        run("Recording the review\u2026", () -> code.recordReview(code.repository(null), List.of(h.number())),
                recorded -> check(recorded(h, recorded)));
    }

    private static String recorded(Hazard h, RecordedReview r) {
        String text = "Recorded the code of hazard " + h.number() + " as reviewed (" + r.files()
                + (r.files() == 1 ? " file)" : " files)") + ".";
        if (!r.notRecordable().isEmpty()) {
            text += " Not recorded: " + r.notRecordable().size() + " (file missing or lines past its end).";
        }
        for (String warning : r.warnings()) {
            text += " Warning: " + warning;
        }
        return text;
    }

    /** Points the chosen moved location at the lines its reviewed code now occupies, saving its hazard. */
    public void fixMove() {
        HazardLogService service = log.get();
        LocationFinding f = selectedFinding.get();
        if (service == null || f == null || f.state() != LocationState.MOVED || tree == null) {
            return;
        }
        CodeReviewService code = new CodeReviewService(service);
        CodeCheckReport justThis = new CodeCheckReport(tree.root(), tree.commit().orElse(null), List.of(f));
        run("Updating the location\u2026", () -> code.fixMoves(justThis), saved -> {
            hazardsChanged.run();
            check("Hazard " + f.hazard().number() + ": " + f.location().path() + " now points at lines " + f.movedTo() + ".");
        });
    }

    /** Opens the file the snippet shows in the user's editor. */
    public void openInEditor() {
        if (shownFile != null) {
            openInEditor(shownFile, shownLine);
        }
    }

    /** Opens a file in the user's editor; when that cannot be done, says where to find the code. */
    public void openInEditor(String path, int line) {
        if (tree == null) {
            return;
        }
        Path file = tree.root().resolve(path);
        run("Opening " + path + "\u2026", () -> opener.open(file), problem -> {
            if (problem.isPresent()) {
                message.set("Could not open " + path + " in an editor.");
                dialogs.showError("Cannot open the file", problem.get() + "\n\nThe code is in " + file + ", line " + line + ".");
            } else {
                message.set("Opened " + path + " in your editor; the code is at line " + line + ".");
            }
        });
    }

    /** Runs work off the JavaFX thread; its result, or the reason it failed, comes back on it. */
    private <T> void run(String doing, Callable<T> work, Consumer<T> done) {
        busy.set(true);
        message.set(doing);
        background.execute(() -> {
            try {
                T result = work.call();
                fx.execute(() -> {
                    busy.set(false);
                    done.accept(result);
                });
            } catch (Exception e) {
                fx.execute(() -> {
                    busy.set(false);
                    failed(e);
                });
            }
        });
    }

    private void failed(Exception e) {
        boolean userError = e instanceof CodeUnavailableException || e instanceof InvalidValueException
                || e instanceof StaleEditException || e instanceof HazardLogUnavailableException
                || e instanceof AccessRefusedException;
        String text = userError ? e.getMessage() : "Internal error (please report it): " + e;
        message.set(text);
        dialogs.showError(e instanceof StaleEditException ? "Hazard changed by someone else" : "Code check", text);
    }

    public ObjectProperty<HazardLogService> logProperty() {
        return log;
    }

    public ObjectProperty<Hazard> selectedHazardProperty() {
        return selectedHazard;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    public StringProperty repositoryRootProperty() {
        return repositoryRoot;
    }

    public StringProperty clinicalGlobsProperty() {
        return clinicalGlobs;
    }

    public ObservableList<LocationFinding> findings() {
        return findings;
    }

    public ObjectProperty<LocationFinding> selectedFindingProperty() {
        return selectedFinding;
    }

    public ObservableList<String> unlinked() {
        return unlinked;
    }

    /** What the list of unlinked files says while it is empty. */
    public StringProperty unlinkedNoteProperty() {
        return unlinkedNote;
    }

    /** The change since review of the chosen location; empty when it has none to show. */
    public ObservableList<DiffLine> reviewDiff() {
        return reviewDiff;
    }

    public ObservableList<SnippetLine> snippet() {
        return snippet;
    }

    public StringProperty snippetTitleProperty() {
        return snippetTitle;
    }

    public StringProperty snippetDetailProperty() {
        return snippetDetail;
    }

    /** The index of the first line to bring into view, or -1. */
    public IntegerProperty snippetFocusProperty() {
        return snippetFocus;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
