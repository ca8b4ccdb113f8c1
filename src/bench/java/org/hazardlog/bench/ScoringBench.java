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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.ScoringCheck;

/** Scoring a whole log: the risk level of every assessment, and the scoring warnings of every hazard. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ScoringBench {

    @Param({"100", "1000", "10000"})
    public int hazards;

    private List<Hazard> log;
    private ScoringCheck check;

    @Setup
    public void setUp() {
        log = Logs.hazards(hazards);
        check = new ScoringCheck(Logs.SCHEME);
    }

    @Benchmark
    public void riskLevels(Blackhole bh) {
        for (Hazard h : log) {
            bh.consume(Logs.SCHEME.riskLevel(h.initial()));
            bh.consume(Logs.SCHEME.riskLevel(h.residual()));
        }
    }

    @Benchmark
    public void scoringCheck(Blackhole bh) {
        for (Hazard h : log) {
            bh.consume(check.warnings(h));
        }
    }
}
