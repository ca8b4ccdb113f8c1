package org.hazardlog.bench;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;

/** Reading a whole log from its file, as the window does when it opens or reloads one. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class StoreBench {

    @Param({"100", "1000", "10000"})
    public int hazards;

    private HazardLogService log;

    @Setup
    public void setUp() {
        log = HazardLogService.open(Logs.storedFile(hazards));
    }

    @TearDown
    public void tearDown() {
        log.close();
    }

    @Benchmark
    public List<Hazard> readLog() {
        return log.hazards();
    }
}
