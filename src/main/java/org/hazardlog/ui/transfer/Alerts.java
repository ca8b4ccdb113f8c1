package org.hazardlog.ui.transfer;

import java.io.IOException;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.store.HazardLogUnavailableException;
import org.hazardlog.store.StaleEditException;
import org.hazardlog.transfer.export.ExportRefusedException;

/** The messages of importing and exporting: what happened, or what went wrong and what was kept. */
final class Alerts {

    private Alerts() {
    }

    static void info(Window owner, String title, String message) {
        alert(owner, Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    static void error(Window owner, String title, String message) {
        alert(owner, Alert.AlertType.ERROR, title, message, ButtonType.OK).showAndWait();
    }

    static boolean confirm(Window owner, String title, String message) {
        return alert(owner, Alert.AlertType.CONFIRMATION, title, message, ButtonType.YES, ButtonType.NO)
                .showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    /** A failure in the user's words; anything unexpected is called a HazardLog error, to be reported. */
    static String describe(Throwable e) {
        if (e instanceof StaleEditException || e instanceof HazardLogUnavailableException
                || e instanceof InvalidValueException || e instanceof AccessRefusedException) {
            return e.getMessage();
        }
        if (e instanceof ExportRefusedException) {
            return e.getMessage() + ".";
        }
        if (e instanceof IOException) {
            return "The file could not be written: " + e.getMessage();
        }
        return "HazardLog met an error it did not expect (please report it): " + e;
    }

    private static Alert alert(Window owner, Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert a = new Alert(type, "", buttons);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMaxWidth(560);
        a.getDialogPane().setContent(text);
        return a;
    }
}
