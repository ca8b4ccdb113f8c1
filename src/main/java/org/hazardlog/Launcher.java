package org.hazardlog;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        args = logOpenedFromTheDesktop(args);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        // A lambda, not a method reference: linking HazardLogApp::launchOn would load JavaFX for every command.
        int code = HazardLogCommand.run(args, (log, user) -> HazardLogApp.launchOn(log, user), System.in, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * A hazard log double-clicked in the file manager arrives as the only argument (the installers
     * associate {@code .mv.db} files with HazardLog): open the window on it, as {@code --db} would.
     */
    static String[] logOpenedFromTheDesktop(String[] args) {
        if (args.length == 1 && args[0].endsWith(".mv.db") && Files.isRegularFile(Path.of(args[0]))) {
            return new String[] {"--db", args[0]};
        }
        return args;
    }
}
