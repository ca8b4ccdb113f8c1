package org.hazardlog.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.SyntheticLog;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/**
 * What every benchmark starts from: the invented log of {@code n} hazards (seed 1, the same log the
 * {@code generate} command writes), as objects, as a stored log, or as files.
 */
public final class Logs {

    public static final long SEED = 1;
    public static final RiskScheme SCHEME = RiskSchemeFile.defaultScheme();
    public static final HazardTypeTaxonomy TAXONOMY = HazardTypeTaxonomy.builtIn();

    private Logs() {
    }

    public static List<Hazard> hazards(int n) {
        return new SyntheticLog(SEED).hazards(n);
    }

    /** A new log file of {@code n} hazards in a fresh temporary folder; returns it open. */
    public static HazardLogService stored(int n) {
        HazardLogService log = HazardLogService.open(HazardLogFile.at(tempDir("log").resolve("bench")));
        log.createAll(hazards(n));
        return log;
    }

    /** The stored copies (with ids and revisions), as the window holds them after reading the log. */
    public static List<Hazard> storedHazards(int n) {
        try (HazardLogService log = stored(n)) {
            return log.hazards();
        }
    }

    public static Path tempDir(String what) {
        try {
            Path dir = Files.createTempDirectory("hazardlog-bench-" + what + "-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
