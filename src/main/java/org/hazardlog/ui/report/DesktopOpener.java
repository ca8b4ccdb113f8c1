package org.hazardlog.ui.report;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens a written document in the program the desktop associates with it. AWT is called off the
 * JavaFX thread: on Linux, Desktop.open on the FX thread can hang both toolkits.
 */
final class DesktopOpener {

    private DesktopOpener() {
    }

    /** True when the platform can open files at all (not on a headless machine). */
    static boolean available() {
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN);
    }

    static void open(Path file, Consumer<String> onFailure) {
        Thread t = new Thread(() -> {
            try {
                Desktop.getDesktop().open(file.toFile());
            } catch (IOException | RuntimeException e) {
                onFailure.accept("Could not open " + file + ": " + e.getMessage());
            }
        }, "open-report");
        t.setDaemon(true);
        t.start();
    }
}
