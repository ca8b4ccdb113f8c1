package org.hazardlog;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.hazardlog.cli.HazardLogCommand;
import org.hazardlog.ui.HazardLogApp;

/**
 * The jar's entry point. It does not extend {@code Application}, so that the shaded jar starts on
 * the class path ({@code java -jar}). No arguments (or only {@code --db}) opens the window; a command
 * runs headless.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // A lambda, not a method reference: linking HazardLogApp::launchOn would load JavaFX for every command.
        int code = HazardLogCommand.run(args, (log, user) -> HazardLogApp.launchOn(log, user), System.in, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
