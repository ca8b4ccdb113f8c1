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

    /**
     * The stored copies, with the ids and revisions the store gives them (hazard id = number,
     * revision 1, control ids counted from 1), without the time it takes to write a large log.
     */
    public static List<Hazard> storedHazards(int n) {
        long[] controlId = {0};
        return hazards(n).stream().map(h -> h.toBuilder().id((long) h.number()).version(1)
                .controls(h.controls().stream().map(c -> c.withId(++controlId[0])).toList()).build()).toList();
    }

    /**
     * The log of {@code n} hazards as a file, written once per benchmark run (under
     * {@code target/bench/logs}, which {@link Jmh} empties when a run starts) and then reused.
     */
    public static synchronized HazardLogFile storedFile(int n) {
        HazardLogFile file = HazardLogFile.at(Path.of("target", "bench", "logs", "log-" + n));
        if (!file.exists()) {
            HazardLogFile partial = HazardLogFile.at(Path.of("target", "bench", "logs", "partial-" + n));
            try (HazardLogService log = HazardLogService.open(partial)) {
                log.createAll(hazards(n));
            }
            try {
                Files.move(partial.file(), file.file());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return file;
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
