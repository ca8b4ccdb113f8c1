package org.hazardlog.bench;

import java.io.IOException;
import java.nio.file.Files;
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

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.ImportPlan;
import org.hazardlog.report.importing.ImportFormats;
import org.hazardlog.domain.Hazard;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.transfer.batch.BatchReading;
import org.hazardlog.transfer.markdown.MarkdownHazardWriter;

/**
 * Importing a folder of Markdown hazard files into a new log, as {@code import} does once the log is
 * open: read and check every file, plan, and store all of it in one transaction. One import per
 * measurement, each into a new, empty log.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ImportBench {

    @Param({"100", "1000", "10000"})
    public int hazards;

    private Path folder;
    private Path logs;
    private HazardLogService log;
    private int run;

    @Setup(Level.Trial)
    public void writeFiles() throws IOException {
        folder = Logs.tempDir("import-files");
        logs = Logs.tempDir("import-logs");
        MarkdownHazardWriter writer = new MarkdownHazardWriter(Logs.SCHEME);
        for (Hazard h : Logs.hazards(hazards)) {
            Files.writeString(folder.resolve(MarkdownHazardWriter.fileName(h)), writer.write(h));
        }
    }

    @Setup(Level.Iteration)
    public void openNewLog() {
        log = HazardLogService.openOrCreate(HazardLogFile.at(logs.resolve("log-" + ++run)));
    }

    @Benchmark
    public ImportPlan importFolder() {
        BatchReading batch = ImportFormats.forScheme(log.scheme()).read(List.of(folder));
        if (batch.hasProblems() || batch.hazards().size() != hazards) {
            throw new IllegalStateException("the files do not read back: " + batch.problems());
        }
        return log.importHazards(batch.hazardList());
    }

    @TearDown(Level.Iteration)
    public void closeLog() {
        log.close();
    }

    @TearDown(Level.Trial)
    public void deleteFiles() {
        Logs.delete(folder);
        Logs.delete(logs);
    }
}
