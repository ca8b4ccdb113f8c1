package org.hazardlog.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;

import org.hazardlog.domain.Hazard;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.json.HazardJsonReader;
import org.hazardlog.transfer.json.HazardJsonWriter;

/** The JSON export of a whole log, written to text and read back, in memory. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class JsonBench {

    @Param({"100", "1000", "10000"})
    public int hazards;

    private List<Hazard> log;
    private HazardJsonWriter writer;
    private HazardJsonReader reader;
    private String json;

    @Setup
    public void setUp() {
        log = Logs.storedHazards(hazards);
        writer = new HazardJsonWriter(Logs.SCHEME);
        reader = new HazardJsonReader(Logs.SCHEME, Logs.TAXONOMY);
        json = writer.write(log);
        FileReading check = reader.read(Path.of("export.json"), json);
        if (check.hazards().size() != hazards) {
            throw new IllegalStateException("the export does not read back: " + check.problems());
        }
    }

    @Benchmark
    public String write() {
        return writer.write(log);
    }

    @Benchmark
    public FileReading read() {
        return reader.read(Path.of("export.json"), json);
    }
}
