package org.hazardlog.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.TreeSet;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.EvidenceService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.transfer.taxonomy.HazardType;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.HazardLogUnavailableException;
import org.hazardlog.store.StaleEditException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.ui.audit.AccountabilityModel;

/**
 * State and commands of the main window: which log is open, its hazards, which one is being edited,
 * and the file commands. The view binds to it and forwards the user's actions to its methods.
 */
public final class MainViewModel {

    private static final String APP = "HazardLog";

    private static final String CURRENT_USER = "currentUser";
    private static final String DARK_THEME = "darkTheme";

    private final Dialogs dialogs;
    private final UserSettings settings;
    private final BackgroundWork background;
    private final ObjectProperty<HazardLogService> log = new SimpleObjectProperty<>();
    private final ObservableList<Hazard> hazards = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty(APP);
    private final StringProperty statusMessage = new SimpleStringProperty("");
    private final HazardEditorModel editor = new HazardEditorModel();
    private final HazardListModel list = new HazardListModel(hazards, editor.schemeProperty());
    private final StringProperty currentUser = new SimpleStringProperty();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final List<String> taxonomy;
    private final AccountabilityModel accountability;
    /** False while the name comes from the command line: it is this session's, not a remembered choice. */
    private boolean rememberName = true;

    public MainViewModel(Dialogs dialogs, UserSettings settings) {
        this(dialogs, settings, BackgroundWork.sameThread());
    }

    MainViewModel(Dialogs dialogs, UserSettings settings, BackgroundWork background) {
        this.dialogs = dialogs;
        this.settings = settings;
        this.background = background;
        recentFiles.setAll(settings.recentFiles());
        currentUser.set(settings.get(CURRENT_USER).orElse(System.getProperty("user.name", "")));
        currentUser.addListener((o, a, b) -> {
            if (rememberName) {
                settings.put(CURRENT_USER, b == null ? "" : b.strip());
            }
        });
        darkTheme.set(Boolean.parseBoolean(settings.get(DARK_THEME).orElse("false")));
        darkTheme.addListener((o, a, b) -> settings.put(DARK_THEME, String.valueOf(b)));
        taxonomy = HazardTypeTaxonomy.builtIn().types().stream().map(HazardType::name).toList();
        accountability = new AccountabilityModel(dialogs, currentUser);
    }

    /**
     * Opens a log as the person named on the command line ({@code --user}), as a command would: a
     * user of the log works with their role, anyone else reads it. Nobody is asked who is working,
     * and the window's remembered name is left as it was.
     */
    public boolean openAs(HazardLogFile file, String user) {
        rememberName = false;
        try {
            currentUser.set(user);
        } finally {
            rememberName = true;
        }
        return open(file, false);
    }

    /** Opens a log in place of the current one; on failure the current log stays open. */
    public boolean open(HazardLogFile file) {
        return open(file, true);
    }

    private boolean open(HazardLogFile file, boolean askWhoIsWorking) {
        if (!settleUnsavedEdits()) {
            return false;
        }
        HazardLogService opened;
        try {
            opened = HazardLogService.openOrCreate(file, currentUser.get());
        } catch (HazardLogUnavailableException e) {
            dialogs.showError("Cannot open hazard log", e.getMessage());
            return false;
        }
        HazardLogService previous = log.get();
        log.set(opened);
        if (previous != null) {
            previous.close();
        }
        accountability.logOpened(opened);
        editor.setScheme(opened.scheme());
        editor.clear();
        reload();
        settings.addRecentFile(file.file());
        settings.put("lastFile", file.file().toString());
        recentFiles.setAll(settings.recentFiles());
        title.set(file.displayName() + " \u2014 " + APP);
        statusMessage.set("Opened " + file + " (risk scheme: " + opened.scheme().name() + ")");
        // A backup put back after an unfinished write undoes that write: the user must know before working on.
        opened.recoveryNotice().ifPresent(notice -> {
            statusMessage.set(notice);
            dialogs.showMessage("Log put back from a backup", notice);
        });
        if (askWhoIsWorking) {
            // Asked once the log is read, so the table behind the question shows the log (read only until answered).
            accountability.askIfUnknown();
        }
        return true;
    }

    /**
     * On the first start with an empty log, offers the example log once, so that a newcomer sees
     * what a hazard log holds. Returns whether the example was opened.
     */
    public boolean offerExampleIfEmpty() {
        // Asks the log, not the table: the table is still empty while a large log is being read.
        if (log.get() == null || settings.exampleOffered() || !hazards.isEmpty() || log.get().count() > 0) {
            return false;
        }
        settings.markExampleOffered();
        boolean wanted = dialogs.confirm("Welcome to HazardLog",
                "This hazard log is empty.\n\nOpen an example log with five invented hazards of an electronic "
                        + "prescribing system, to see how hazards, risk scores and controls are recorded?\n\n"
                        + "Your own log stays where it is; you can come back to it from File > Open Recent.");
        if (!wanted) {
            return false;
        }
        HazardLogFile example = HazardLogFile.at(UserSettings.home().resolve("example-hazard-log"));
        try (HazardLogService service = HazardLogService.openOrCreate(example, currentUser.get())) {
            if (service.count() == 0) {
                ExampleLog.fill(service);
            }
        } catch (HazardLogUnavailableException e) {
            dialogs.showError("Cannot create the example log", e.getMessage());
            return false;
        }
        return open(example);
    }

    public void openChosen() {
        dialogs.chooseLogToOpen().ifPresent(p -> openPath(p));
    }

    /**
     * Makes a new log: its first CSO and their password come from the person creating it, so that
     * nobody can later claim the right to sign. A chosen file that exists is opened as before.
     */
    public void createChosen() {
        dialogs.chooseLogToCreate().ifPresent(p -> {
            HazardLogFile file = HazardLogFile.at(p);
            if (file.exists()) {
                openPath(p);
                return;
            }
            dialogs.askFirstCso(currentUser.get()).ifPresent(cso -> {
                try (HazardLogService created = HazardLogService.create(file, cso.name(), cso.password())) {
                    currentUser.set(created.userName());
                } catch (InvalidValueException | HazardLogUnavailableException e) {
                    dialogs.showError("Cannot create hazard log", e.getMessage());
                    return;
                }
                openPath(p);
            });
        });
    }

    public void openPath(Path p) {
        try {
            open(HazardLogFile.at(p));
        } catch (HazardLogUnavailableException e) {
            dialogs.showError("Cannot open hazard log", e.getMessage());
        }
    }

    /** Reads the whole log again, off the UI thread; a large log can take a second or two. */
    public void reload() {
        HazardLogService service = log.get();
        if (service == null) {
            hazards.clear();
            return;
        }
        background.run("Reading " + service.file().displayName() + "\u2026", () -> {
            List<Hazard> read = service.hazards();
            return Map.entry(Map.entry(read, new EvidenceService(service).verification()), HazardListModel.searchTexts(read));
        }, loaded -> {
            if (log.get() == service) {
                list.remember(loaded.getValue());
                list.evidenceProperty().set(loaded.getKey().getValue());
                hazards.setAll(loaded.getKey().getKey());
                int n = loaded.getKey().getKey().size();
                statusMessage.set("Read " + n + (n == 1 ? " hazard" : " hazards")
                        + " from " + service.file() + " (risk scheme: " + service.scheme().name() + ")");
            }
        }, e -> dialogs.showError("Cannot read hazard log", e.getMessage()));
    }

    /** Shows a hazard in the editor, first asking what to do with unsaved edits of the one before. */
    public boolean select(Hazard h) {
        if (h != null && editor.isShowing(h) && !editor.isNew()) {
            return true;
        }
        if (!settleUnsavedEdits()) {
            return false;
        }
        if (h == null) {
            editor.clear();
        } else {
            editor.load(h);
        }
        return true;
    }

    public void newHazard() {
        if (log.get() == null) {
            dialogs.showError("No hazard log open", "Open or create a hazard log first (File > Open or File > New).");
            return;
        }
        if (settleUnsavedEdits()) {
            editor.startNew(currentUser.get() == null ? "" : currentUser.get());
            statusMessage.set("New hazard: enter a name and press Save.");
        }
    }

    /**
     * Saves the editor's hazard. A refused save (invalid value, or someone else's newer change)
     * keeps the user's edits in the editor so that nothing typed is lost.
     */
    public Optional<Hazard> save() {
        HazardLogService service = log.get();
        if (service == null || !editor.editingProperty().get()) {
            return Optional.empty();
        }
        try {
            Hazard edited = editor.edited();
            String reason = editor.reason.get();
            Hazard stored = editor.isNew() ? service.create(edited, reason) : service.save(edited, reason);
            replaceInList(stored);
            editor.saved(stored);
            statusMessage.set("Saved hazard " + stored.number() + ".");
            return Optional.of(stored);
        } catch (InvalidValueException e) {
            editor.problemProperty().set(capitalise(e.getMessage()) + ".");
            statusMessage.set("Not saved: " + e.getMessage());
        } catch (StaleEditException e) {
            editor.problemProperty().set("Not saved: someone else changed this hazard.");
            dialogs.showError("Hazard changed by someone else", e.getMessage());
        } catch (AccessRefusedException e) {
            editor.problemProperty().set("Not saved: " + e.getMessage());
            dialogs.showError("Not allowed", e.getMessage());
        } catch (HazardLogUnavailableException e) {
            dialogs.showError("Cannot save", e.getMessage());
        }
        return Optional.empty();
    }

    /** Puts back the stored copy, dropping the edits. */
    public void revert() {
        if (editor.isNew()) {
            editor.clear();
        } else if (editor.original() != null) {
            Optional<Hazard> fresh = log.get().hazard(editor.original().number());
            fresh.ifPresent(h -> {
                replaceInList(h);
                editor.load(h);
            });
        }
    }

    /**
     * Changes one control from the "My controls" view. It is saved at once, against the revision
     * the user saw, so an engineer's status change never overwrites the CSO's newer edit.
     */
    public void changeControl(Hazard hazard, Control changed) {
        HazardLogService service = log.get();
        if (service == null) {
            return;
        }
        List<Control> controls = new ArrayList<>(hazard.controls());
        controls.replaceAll(c -> c.id() != null && c.id().equals(changed.id()) ? changed : c);
        try {
            Hazard stored = service.save(hazard.toBuilder().controls(controls).build());
            replaceInList(stored);
            if (editor.isShowing(stored) && !editor.isDirty()) {
                editor.load(stored);
            }
            statusMessage.set("Hazard " + stored.number() + ": control set to " + changed.status().label() + ".");
        } catch (StaleEditException e) {
            dialogs.showError("Hazard changed by someone else", e.getMessage());
            reload();
        } catch (InvalidValueException | HazardLogUnavailableException | AccessRefusedException e) {
            dialogs.showError("Cannot change the control", e.getMessage());
            reload();
        }
    }

    /**
     * Makes the person working the owner of a control nobody owns, against the revision the user
     * saw: if someone changed the hazard meanwhile, nothing is written and the list is read again.
     */
    public boolean assignToMe(Hazard hazard, Control control) {
        HazardLogService service = log.get();
        if (service == null || control.id() == null) {
            return false;
        }
        Hazard seen = hazard;
        if (editor.isShowing(hazard) && editor.isDirty()) {
            // Unsaved edits of the same hazard would otherwise be refused later as someone else's change.
            if (!settleUnsavedEdits()) {
                return false;
            }
            seen = hazards.stream().filter(h -> h.id().equals(hazard.id())).findFirst().orElse(hazard);
        }
        try {
            Hazard stored = service.assignControlToMe(seen, control.id());
            replaceInList(stored);
            if (editor.isShowing(stored) && !editor.isDirty()) {
                editor.load(stored);
            }
            statusMessage.set("Hazard " + stored.number() + ": you now own the control \""
                    + shorten(control.text()) + "\".");
            return true;
        } catch (StaleEditException e) {
            dialogs.showError("Hazard changed by someone else", e.getMessage()
                    + " The list now shows the log as it is.");
            reload();
        } catch (InvalidValueException | HazardLogUnavailableException | AccessRefusedException e) {
            dialogs.showError("Control not assigned", capitalise(e.getMessage()));
            reload();
        } finally {
            // The first change to a log without users makes its author the CSO.
            accountability.refresh();
        }
        return false;
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "\u2026";
    }

    /** Sets the status of several hazards in one step: all are saved, or none. */
    public boolean setStatus(List<Hazard> chosen, HazardStatus status) {
        return saveAll(chosen.stream().map(h -> h.toBuilder().status(status)
                .statusText(h.statusText().isBlank() || h.statusText().equals(h.status().label()) ? status.label()
                        : h.statusText()).build()).toList(), "status set to " + status.label());
    }

    /** Gives several hazards a new owner in one step: all are saved, or none. */
    public boolean setOwner(List<Hazard> chosen, String owner) {
        return saveAll(chosen.stream().map(h -> h.toBuilder().assignment(owner).build()).toList(),
                "owner set to " + owner);
    }

    public void askBulkStatus(List<Hazard> chosen) {
        dialogs.choose("Set status", "Status for the " + chosen.size() + " selected hazards:",
                        List.of(HazardStatus.values()), chosen.get(0).status())
                .ifPresent(s -> setStatus(chosen, s));
    }

    public void askBulkOwner(List<Hazard> chosen) {
        dialogs.askText("Set owner", "Owner of the " + chosen.size() + " selected hazards:", chosen.get(0).assignment())
                .filter(o -> !o.isBlank())
                .ifPresent(o -> setOwner(chosen, o));
    }

    private boolean saveAll(List<Hazard> edited, String what) {
        HazardLogService service = log.get();
        if (service == null || edited.isEmpty()) {
            return false;
        }
        if (edited.stream().anyMatch(editor::isShowing) && !settleUnsavedEdits()) {
            return false;
        }
        try {
            List<Hazard> stored = service.saveAll(edited);
            stored.forEach(this::replaceInList);
            stored.stream().filter(editor::isShowing).findFirst().ifPresent(editor::load);
            statusMessage.set(stored.size() + (stored.size() == 1 ? " hazard: " : " hazards: ") + what + ".");
            return true;
        } catch (StaleEditException e) {
            dialogs.showError("Hazards changed by someone else", e.getMessage() + " None of the selected hazards was changed.");
            reload();
        } catch (InvalidValueException | HazardLogUnavailableException | AccessRefusedException e) {
            dialogs.showError("Cannot change the hazards", e.getMessage() + " None of the selected hazards was changed.");
        }
        return false;
    }

    /** Hazard types to suggest: the taxonomy first, then any the log already uses. */
    public List<String> knownHazardTypes() {
        TreeSet<String> used = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        hazards.forEach(h -> used.addAll(h.hazardTypes()));
        used.removeAll(taxonomy);
        List<String> all = new ArrayList<>(taxonomy);
        all.addAll(used);
        return all;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void replaceInList(Hazard stored) {
        for (int i = 0; i < hazards.size(); i++) {
            if (hazards.get(i).id().equals(stored.id())) {
                hazards.set(i, stored);
                return;
            }
        }
        hazards.add(stored);
    }

    /** True when it is fine to move away from the current edit (saved, discarded, or nothing to lose). */
    public boolean settleUnsavedEdits() {
        if (!editor.isDirty()) {
            return true;
        }
        String what = editor.isNew() ? "the new hazard" : "hazard " + editor.number.get();
        return switch (dialogs.askAboutUnsavedChanges(what)) {
            case SAVE -> save().isPresent();
            case DISCARD -> {
                editor.clear();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /** Called when the window closes; false keeps it open. */
    public boolean close() {
        if (!settleUnsavedEdits()) {
            return false;
        }
        if (log.get() != null) {
            log.get().close();
            log.set(null);
            accountability.logClosed();
        }
        return true;
    }

    HazardListModel list() {
        return list;
    }

    BackgroundWork background() {
        return background;
    }

    Dialogs dialogs() {
        return dialogs;
    }

    /** Who is working, their role, users, audit trail and issued versions. */
    public AccountabilityModel accountability() {
        return accountability;
    }

    public StringProperty currentUserProperty() {
        return currentUser;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public HazardEditorModel editor() {
        return editor;
    }

    /** Each control's state from the latest evidence run, read with the hazards. */
    public ObjectProperty<ControlVerification> evidenceProperty() {
        return list.evidenceProperty();
    }

    public ObservableList<Hazard> hazards() {
        return hazards;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public ObjectProperty<HazardLogService> logProperty() {
        return log;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public StringProperty statusMessageProperty() {
        return statusMessage;
    }

}
