package org.hazardlog.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.hazardlog.ui.audit.AuditDialogs;

/**
 * The questions the window asks its user. View models speak only to this interface, so they can be
 * tested without a screen.
 */
public interface Dialogs extends AuditDialogs {

    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    UnsavedChoice askAboutUnsavedChanges(String what);

    boolean confirm(String title, String message);

    /** Asks for a value from a list, such as the status to give several hazards. */
    <T> Optional<T> choose(String title, String message, List<T> choices, T initial);

    Optional<String> askText(String title, String message, String initial);

    Optional<Path> chooseLogToOpen();

    Optional<Path> chooseLogToCreate();
}
