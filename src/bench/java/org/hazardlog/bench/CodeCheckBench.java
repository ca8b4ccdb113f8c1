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

import org.hazardlog.app.CodeReviewService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.code.CodeCheckReport;
import org.hazardlog.code.SourceTree;

/**
 * The code check of {@code locations} code locations over a git repository of 5,000 files
 * ({@link CodeRepository}): open the log, read its hazards and reviews, check every location. Here
 * N counts code locations, not hazards. Target: 10,000 locations in under 3 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class CodeCheckBench {

    static final Path DIR = Path.of("target", "bench", "code");

    @Param({"100", "1000", "10000"})
    public int locations;

    @Setup
    public void setUp() {
        CodeRepository.make(DIR, List.of(100, 1_000, 10_000));
    }

    @Benchmark
    public CodeCheckReport check() {
        try (HazardLogService log = HazardLogService.open(CodeRepository.log(DIR, locations))) {
            return new CodeReviewService(log).check(SourceTree.open(CodeRepository.repository(DIR)), List.of());
        }
    }
}
