package org.hazardlog.ui.code;

import java.nio.file.Path;
import java.util.Optional;

/** Opens a file in the user's own editor. Called off the JavaFX thread: it may wait on the desktop. */
public interface FileOpener {

    /** Asks the desktop to open the file; returns why it could not, if it could not. */
    Optional<String> open(Path file);
}
