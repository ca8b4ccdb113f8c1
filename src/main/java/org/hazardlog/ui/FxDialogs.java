package org.hazardlog.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.hazardlog.store.HazardLogFile;
import org.hazardlog.ui.audit.FirstCsoDialog;

/** The real dialogs, owned by the main window. */
final class FxDialogs implements Dialogs {

    private static final FileChooser.ExtensionFilter LOGS =
            new FileChooser.ExtensionFilter("Hazard logs (*" + HazardLogFile.SUFFIX + ")", "*" + HazardLogFile.SUFFIX);

    private final Window owner;

    FxDialogs(Window owner) {
        this.owner = owner;
    }

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String what) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard changes", ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType("Keep editing", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "You have changed " + what + " without saving.\nSave the changes before moving on?", save, discard, cancel);
        ButtonType chosen = a.showAndWait().orElse(cancel);
        if (chosen == save) {
            return UnsavedChoice.SAVE;
        }
        return chosen == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message, ButtonType.YES, ButtonType.NO);
        return a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void showMessage(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public Optional<String> askWhoIsWorking(List<String> users, String current) {
        String initial = users.stream().filter(u -> u.equalsIgnoreCase(current == null ? "" : current)).findFirst()
                .orElse(users.get(0));
        return choose("Who is working?", (current == null || current.isBlank() ? "You are not named"
                : current + " is not a user of this log") + ". Choose who you are; without a name you can read the "
                + "log but not change it.\n\nI am:", users, initial);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert a = new Alert(type, "", buttons);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(520);
        a.getDialogPane().setContent(text);
        return a;
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> choices, T initial) {
        ChoiceDialog<T> d = new ChoiceDialog<>(initial, choices);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        d.setContentText(message);
        return d.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.setTitle(title);
        d.setHeaderText(title);
        d.setContentText(message);
        return d.showAndWait().map(String::strip);
    }

    @Override
    public Optional<Path> chooseLogToOpen() {
        FileChooser chooser = chooser("Open hazard log");
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<FirstCso> askFirstCso(String suggested) {
        return FirstCsoDialog.ask(owner, suggested, this);
    }

    @Override
    public Optional<Path> chooseLogToCreate() {
        FileChooser chooser = chooser("New hazard log");
        chooser.setInitialFileName("hazard-log" + HazardLogFile.SUFFIX);
        Optional<Path> chosen = Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
        return chosen.map(p -> p.getFileName().toString().endsWith(HazardLogFile.SUFFIX) ? p
                : p.resolveSibling(p.getFileName() + HazardLogFile.SUFFIX));
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(LOGS);
        return chooser;
    }
}
