package org.hazardlog.bench;

import java.util.ArrayList;
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
import org.hazardlog.ui.TableFilter;

/**
 * Typing in the table's filter box. Each call is one keystroke: the next prefix of a few words a user
 * might look for, so the text grows and narrows the table as typing does. Target: under 50 ms at
 * 10,000 hazards (50,000 controls). The search text of every hazard is built beforehand, as the
 * window builds it while it reads the log.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class FilterBench {

    private static final String[] WORDS = {"dose", "ward view", "fhir", "alert", "cache invalidation", "okafor"};

    @Param({"100", "1000", "10000"})
    public int hazards;

    private List<Hazard> log;
    private TableFilter table;
    private final List<String> keystrokes = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        log = Logs.storedHazards(hazards);
        table = new TableFilter(log, Logs.SCHEME);
        for (String word : WORDS) {
            for (int i = 1; i <= word.length(); i++) {
                keystrokes.add(word.substring(0, i));
            }
        }
    }

    @Benchmark
    public int keystroke() {
        String text = keystrokes.get(next);
        next = (next + 1) % keystrokes.size();
        return table.type(text);
    }

    /** Not per keystroke: built once while the log is read, on the background thread. */
    @Benchmark
    public Object buildSearchText() {
        return TableFilter.searchTexts(log);
    }
}
