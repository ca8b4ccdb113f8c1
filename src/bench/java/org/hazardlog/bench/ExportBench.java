package org.hazardlog.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.hazardlog.domain.Hazard;
import org.hazardlog.transfer.export.ExportResult;
import org.hazardlog.transfer.export.JsonFileExporter;
import org.hazardlog.transfer.export.MarkdownFolderExporter;

/**
 * Exporting a log's hazards (already read) to disk as {@code export} writes them: a folder of
 * Markdown files, or one JSON file. One export per measurement, each to a new place.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ExportBench {

    @Param({"100", "1000", "10000"})
    public int hazards;

    private List<Hazard> log;
    private Path out;
    private int run;

    @Setup(Level.Trial)
    public void setUp() {
        log = Logs.storedHazards(hazards);
        out = Logs.tempDir("export");
    }

    @Setup(Level.Iteration)
    public void nextRun() {
        run++;
    }

    @Benchmark
    public ExportResult markdownFolder() throws IOException {
        return new MarkdownFolderExporter(Logs.SCHEME, false).export(log, out.resolve("md-" + run));
    }

    @Benchmark
    public ExportResult jsonFile() throws IOException {
        return new JsonFileExporter(Logs.SCHEME, false).export(log, out.resolve("log-" + run + ".json"));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        Logs.delete(out);
    }
}
