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

import org.hazardlog.domain.Hazard;
import org.hazardlog.ui.HazardEditorModel;

/**
 * Opening a hazard in the editor: every field, control and code location into the editor's
 * properties, a fresh undo history and the scoring warnings. Each call opens the next hazard of the
 * log. Target: under 50 ms at 10,000 hazards.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class EditorBench {

    @Param({"100", "1000", "10000"})
    public int hazards;

    private List<Hazard> log;
    private HazardEditorModel editor;
    private int next;

    @Setup
    public void setUp() {
        log = Logs.storedHazards(hazards);
        editor = new HazardEditorModel();
        editor.setScheme(Logs.SCHEME);
    }

    @Benchmark
    public Object openHazard() {
        Hazard h = log.get(next);
        next = (next + 1) % log.size();
        editor.load(h);
        return editor.warnings();
    }
}
