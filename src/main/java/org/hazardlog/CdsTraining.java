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
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
