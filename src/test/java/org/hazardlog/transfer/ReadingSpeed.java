package org.hazardlog.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.hazardlog.transfer.batch.BatchReading;
import org.hazardlog.transfer.batch.HazardBatchReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measurement, not a test of speed: how long the batch reader takes over 1,000 hazard files made
 * from the samples (or the fixtures when the samples are absent). Runs only when asked:
 * {@code mvn -q -B test -Dtest=ReadingSpeed -Dtransfer.timing=true}; prints to stdout.
 */
@EnabledIfSystemProperty(named = "transfer.timing", matches = "true")
class ReadingSpeed {

    private static final int FILES = 1_000;

    @Test
    void measureReadingAThousandFiles(@TempDir Path dir) throws IOException {
        List<Path> sources = sources();
        for (int i = 0; i < FILES; i++) {
            Path source = sources.get(i % sources.size());
            String ext = source.toString().endsWith(".txt") ? ".txt" : ".md";
            Files.copy(source, dir.resolve(String.format(Locale.ROOT, "Hazard-%04d%s", i + 1, ext)));
        }
        HazardBatchReader reader = new HazardBatchReader(Fixtures.SCHEME, Fixtures.TAXONOMY);
        StringBuilder report = new StringBuilder("reading " + FILES + " hazard files from " + sources.size()
                + " distinct sources:");
        for (int run = 1; run <= 5; run++) {
            long start = System.nanoTime();
            BatchReading batch = reader.read(List.of(dir));
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(batch.hazards()).hasSize(FILES);
            report.append(String.format(Locale.ROOT, "%n  run %d: %d ms", run, ms));
        }
        System.out.println(report);
        Files.writeString(Path.of("target", "reading-speed.txt"), report + "\n");
    }

    private static List<Path> sources() throws IOException {
        String samples = System.getProperty("samples.dir");
        List<Path> sources = new ArrayList<>();
        if (samples != null && Files.isDirectory(Path.of(samples))) {
            for (String folder : List.of("quill-hazards", "dcsp-hazards", "seed")) {
                try (Stream<Path> files = Files.list(Path.of(samples, folder))) {
                    files.sorted().forEach(sources::add);
                }
            }
        } else {
            for (String f : List.of("quill/Hazard-0101.md", "dcsp/hazard-12.md", "rendered/lab-result-page.txt",
                    "quirks/hand-edited-controls.md", "quirks/crlf-bom-nbsp.md")) {
                sources.add(Fixtures.fixture(f));
            }
        }
        return sources;
    }
}
