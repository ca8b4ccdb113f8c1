package org.hazardlog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import org.hazardlog.domain.Hazard;
import org.hazardlog.transfer.batch.BatchReading;
import org.hazardlog.transfer.batch.HazardBatchReader;
import org.hazardlog.transfer.markdown.MarkdownHazardReader;
import org.hazardlog.transfer.markdown.MarkdownHazardWriter;

/**
 * Markdown hazard files: parsing them, reading a folder of them as an import does (the floor beside
 * it: only reading the same files' bytes), and writing them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class MarkdownBench {

    @Param({"100", "1000", "10000"})
    public int hazards;

    private List<Hazard> log;
    private Path folder;
    private final List<Path> files = new ArrayList<>();
    private final List<String> texts = new ArrayList<>();
    private MarkdownHazardReader reader;
    private MarkdownHazardWriter writer;
    private HazardBatchReader batch;

    @Setup
    public void setUp() throws IOException {
        log = Logs.hazards(hazards);
        writer = new MarkdownHazardWriter(Logs.SCHEME);
        reader = new MarkdownHazardReader(Logs.SCHEME, Logs.TAXONOMY);
        batch = new HazardBatchReader(Logs.SCHEME, Logs.TAXONOMY);
        folder = Logs.tempDir("markdown");
        for (Hazard h : log) {
            Path file = folder.resolve(MarkdownHazardWriter.fileName(h));
            String text = writer.write(h);
            Files.writeString(file, text);
            files.add(file);
            texts.add(text);
        }
        BatchReading check = batch.read(List.of(folder));
        if (check.hazards().size() != hazards || check.hasProblems()) {
            throw new IllegalStateException("the written files do not read back: " + check.problems());
        }
    }

    @TearDown
    public void tearDown() {
        Logs.delete(folder);
    }

    /** Parsing text already in memory: the reader alone. */
    @Benchmark
    public void parse(Blackhole bh) {
        for (int i = 0; i < files.size(); i++) {
            bh.consume(reader.read(files.get(i), texts.get(i)));
        }
    }

    /** What an import reads: every file of the folder, checked, parsed, numbers compared. */
    @Benchmark
    public BatchReading readFolder() {
        return batch.read(List.of(folder));
    }

    /** Floor for {@link #readFolder()}: listing the same folder and reading every file's bytes. */
    @Benchmark
    public void readFolderBytesFloor(Blackhole bh) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted().toList()) {
                if (Files.isRegularFile(p)) {
                    bh.consume(Files.readAllBytes(p));
                }
            }
        }
    }

    /** Writing every hazard as Markdown text, in memory. */
    @Benchmark
    public void write(Blackhole bh) {
        for (Hazard h : log) {
            bh.consume(writer.write(h));
        }
    }
}
