package org.hazardlog.ui.report;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Opens a written document in the program the desktop associates with it. AWT is only touched
 * off the JavaFX thread, even to ask whether it can open files: on Linux, starting AWT on the FX
 * thread can hang both toolkits.
 */
final class DesktopOpener {

    private DesktopOpener() {
    }

    static void open(Path file, Consumer<String> onFailure) {
        Thread t = new Thread(() -> {
            try {
                if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    onFailure.accept("this system cannot open documents automatically; open it from its folder.");
                    return;
                }
                Desktop.getDesktop().open(file.toFile());
            } catch (IOException | RuntimeException e) {
                onFailure.accept("it could not be opened: " + e.getMessage());
            }
        }, "open-report");
        t.setDaemon(true);
        t.start();
    }
}
