package org.hazardlog.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.HazardLogUnavailableException;
import org.hazardlog.store.StaleEditException;

/**
 * State and commands of the main window: which log is open, its hazards, which one is being edited,
 * and the file commands. The view binds to it and forwards the user's actions to its methods.
 */
public final class MainViewModel {

    private static final String APP = "HazardLog";

    private final Dialogs dialogs;
    private final UserSettings settings;
    private final ObjectProperty<HazardLogService> log = new SimpleObjectProperty<>();
    private final ObservableList<Hazard> hazards = FXCollections.observableArrayList();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty(APP);
    private final StringProperty statusMessage = new SimpleStringProperty("");
    private final HazardEditorModel editor = new HazardEditorModel();

    public MainViewModel(Dialogs dialogs, UserSettings settings) {
        this.dialogs = dialogs;
        this.settings = settings;
        recentFiles.setAll(settings.recentFiles());
    }

    /** Opens a log in place of the current one; on failure the current log stays open. */
    public boolean open(HazardLogFile file) {
        if (!settleUnsavedEdits()) {
            return false;
        }
        HazardLogService opened;
        try {
            opened = HazardLogService.open(file);
        } catch (HazardLogUnavailableException e) {
            dialogs.showError("Cannot open hazard log", e.getMessage());
            return false;
        }
        HazardLogService previous = log.get();
        log.set(opened);
        if (previous != null) {
            previous.close();
        }
        editor.setScheme(opened.scheme());
        editor.clear();
        reload();
        settings.addRecentFile(file.file());
        recentFiles.setAll(settings.recentFiles());
        title.set(file.displayName() + " \u2014 " + APP);
        statusMessage.set("Opened " + file + " (risk scheme: " + opened.scheme().name() + ")");
        return true;
    }

    /**
     * On the first start with an empty log, offers the example log once, so that a newcomer sees
     * what a hazard log holds. Returns whether the example was opened.
     */
    public boolean offerExampleIfEmpty() {
        if (log.get() == null || !hazards.isEmpty() || settings.exampleOffered()) {
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
        try (HazardLogService service = HazardLogService.open(example)) {
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

    public void createChosen() {
        dialogs.chooseLogToCreate().ifPresent(p -> openPath(p));
    }

    public void openPath(Path p) {
        try {
            open(HazardLogFile.at(p));
        } catch (HazardLogUnavailableException e) {
            dialogs.showError("Cannot open hazard log", e.getMessage());
        }
    }

    public void reload() {
        HazardLogService service = log.get();
        if (service == null) {
            hazards.clear();
            return;
        }
        try {
            hazards.setAll(service.hazards());
        } catch (HazardLogUnavailableException e) {
            dialogs.showError("Cannot read hazard log", e.getMessage());
        }
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
            editor.startNew();
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
            Hazard stored = editor.isNew() ? service.create(edited) : service.save(edited);
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
        }
        return true;
    }

    public HazardEditorModel editor() {
        return editor;
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

    List<Hazard> snapshot() {
        return List.copyOf(hazards);
    }
}
