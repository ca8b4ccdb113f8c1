package org.hazardlog.ui.code;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Opens files through {@link java.awt.Desktop}. EDIT is preferred to OPEN because on Windows
 * "opening" a script runs it, while "editing" it opens the editor.
 */
final class DesktopFileOpener implements FileOpener {

    @Override
    public Optional<String> open(Path file) {
        try {
            if (supported(Desktop.Action.EDIT)) {
                Desktop.getDesktop().edit(file.toFile());
            } else if (supported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(file.toFile());
            } else {
                return Optional.of("This desktop does not let HazardLog open files in an editor. Open it yourself:\n" + file);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of("Could not open " + file + " in an editor: " + e.getMessage());
        }
    }

    private static boolean supported(Desktop.Action action) {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(action);
    }
}
