package org.hazardlog.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;

/** Runs the command line in-process, as a script would, and keeps what it printed. */
final class CliRun {

    final int exitCode;
    final String out;
    final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = HazardLogCommand.run(args, f -> {
            throw new AssertionError("a command must not open the window");
        }, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Makes an empty log at {@code db} as {@code user} (its CSO): commands refuse a log that does not exist. */
    static Path newLog(Path db, String user) {
        HazardLogService.openOrCreate(HazardLogFile.at(db), user).close();
        return db;
    }

    /** Makes an empty log at {@code db}; the operating-system user is its CSO. */
    static Path newLog(Path db) {
        return newLog(db, HazardLogService.operatingSystemUser());
    }

    static List<Hazard> hazardsIn(Path db) {
        try (HazardLogService log = HazardLogService.openToRead(HazardLogFile.at(db), "")) {
            return log.hazards();
        }
    }

    /** A fixture under src/test/resources/fixtures, copied into {@code folder} under {@code name}. */
    static Path copyFixture(String fixture, Path folder, String name) throws IOException {
        try {
            Path from = Path.of(CliRun.class.getResource("/fixtures/" + fixture).toURI());
            Files.createDirectories(folder);
            return Files.copy(from, folder.resolve(name));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The hazard without its store identity, its controls' ids included, for comparing two logs. */
    static Hazard content(Hazard h) {
        return h.toBuilder().id(null).version(0)
                .controls(h.controls().stream().map(c -> c.withId(null)).toList()).build();
    }
}
