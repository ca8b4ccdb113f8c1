package org.hazardlog;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.hazardlog.cli.HazardLogCommand;

/**
 * The run that a class-data-sharing archive is recorded from (see dist/make-cds-archive.sh): in one
 * JVM, the commands people run most, on a small invented log in a temporary folder, so that the
 * classes they load (H2, Jdbi, Jackson, picocli, POI, OpenPDF) come ready-parsed from the archive
 * afterwards. It never opens the window and leaves nothing behind.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path work = Files.createTempDirectory("hazardlog-cds");
        try {
            String log = work.resolve("training").toString();
            List<List<String>> commands = List.of(
                    List.of("--version"),
                    List.of("--help"),
                    List.of("generate", "--hazards", "20", "--out", log, "--user", "training"),
                    List.of("list", "--db", log),
                    List.of("list", "--exceptions", "--db", log),
                    List.of("export", "--db", log, "--user", "training", "--format", "json", "--out", work.resolve("log.json").toString()),
                    List.of("export", "--db", log, "--user", "training", "--format", "md", "--out", work.resolve("md").toString()),
                    List.of("export", "--db", log, "--user", "training", "--format", "xlsx", "--out", work.resolve("log.xlsx").toString()),
                    List.of("export", "--db", log, "--user", "training", "--format", "docx", "--out", work.resolve("cscr.docx").toString()),
                    List.of("export", "--db", log, "--user", "training", "--format", "pdf", "--out", work.resolve("cscr.pdf").toString()),
                    List.of("import", "--db", log, "--user", "training", "--dry-run", work.resolve("md").toString()),
                    List.of("audit", "verify", "--db", log),
                    List.of("versions", "--db", log));
            PrintWriter discard = new PrintWriter(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
            for (List<String> command : commands) {
                int code = HazardLogCommand.run(command.toArray(String[]::new), (file, user) -> { }, System.in, discard, discard);
                // A command that failed loaded fewer classes than a real run would: say so, but keep the archive.
                if (code != HazardLogCommand.OK) {
                    System.err.println("hazardlog cds training: `" + String.join(" ", command) + "` ended with " + code);
                }
            }
        } finally {
            deleteTree(work);
        }
        loadWindowClasses();
    }

    /** Where the window's classes live in the jar: JavaFX, the theme, and the window's own code. */
    private static final List<String> WINDOW_PACKAGES = List.of("javafx/", "com/sun/javafx/", "com/sun/prism/",
            "com/sun/glass/", "com/sun/scenario/", "atlantafx/", "org/hazardlog/ui/");

    /**
     * The window cannot be opened here (no display while packaging), so its classes are loaded
     * without being initialised: enough for the archive to hold them parsed and verified, which is
     * most of what starting the window costs before its first frame.
     */
    private static void loadWindowClasses() throws IOException {
        java.security.CodeSource source = CdsTraining.class.getProtectionDomain().getCodeSource();
        if (source == null || !source.getLocation().getPath().endsWith(".jar")) {
            return;
        }
        ClassLoader loader = CdsTraining.class.getClassLoader();
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(Path.of(java.net.URI.create(
                source.getLocation().toString())).toFile())) {
            for (java.util.jar.JarEntry entry : java.util.Collections.list(jar.entries())) {
                String name = entry.getName();
                if (name.endsWith(".class") && !name.contains("module-info") && !name.startsWith("META-INF/")
                        && WINDOW_PACKAGES.stream().anyMatch(name::startsWith)) {
                    try {
                        Class.forName(name.substring(0, name.length() - 6).replace('/', '.'), false, loader);
                    } catch (ClassNotFoundException | LinkageError e) {
                        // a platform-specific class (Windows or macOS glass): not needed here
                    }
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
