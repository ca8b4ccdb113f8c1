package org.hazardlog.domain.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.TestLink;

/**
 * Matches the links of a log's controls against the test cases of one run. Exact ids are looked up
 * in a hash map; a pattern with wildcards scans only the ids that start with its literal prefix in
 * a sorted index, so 5,000 links over 10,000 test cases take milliseconds, not a cross product.
 */
public final class ReportMatching {

    /** How many failing test ids a result keeps to show; the counts are always complete. */
    static final int FAILED_SHOWN = 5;

    /** One link that matched no test case of the run, for the message that names it. */
    public record Unmatched(int hazardNumber, String controlText, String pattern) {
    }

    /** The results per link, how many test cases were linked and not, and which links matched nothing. */
    public record Result(List<LinkResult> results, int testCases, int linkedTests, int unlinked,
                         List<Unmatched> unmatched) {
        public Result {
            results = List.copyOf(results);
            unmatched = List.copyOf(unmatched);
        }
    }

    private record IndexedId(String id, int test) {
    }

    private final List<TestCase> tests;
    private final Map<String, int[]> exact = new HashMap<>();
    private IndexedId[] sorted;
    private final Map<String, int[]> memo = new HashMap<>();

    public ReportMatching(List<TestCase> tests) {
        this.tests = List.copyOf(tests);
    }

    /**
     * Indexes every id of every test case. pytest's node ids, worked out from dotted classnames, are
     * indexed only when some link names a .py file: they are most of the ids of a large Java report.
     */
    private void index(boolean withPytestNodeIds) {
        Map<String, List<Integer>> byId = new HashMap<>();
        List<IndexedId> all = new ArrayList<>(tests.size() * 3);
        for (int i = 0; i < this.tests.size(); i++) {
            for (String id : this.tests.get(i).ids(withPytestNodeIds)) {
                byId.computeIfAbsent(id, k -> new ArrayList<>(1)).add(i);
                all.add(new IndexedId(id, i));
            }
        }
        byId.forEach((id, list) -> exact.put(id, list.stream().mapToInt(Integer::intValue).toArray()));
        sorted = all.toArray(IndexedId[]::new);
        Arrays.sort(sorted, Comparator.comparing(IndexedId::id));
    }

    public Result match(List<Hazard> hazards) {
        if (sorted == null) {
            index(hazards.stream().flatMap(h -> h.controls().stream()).flatMap(c -> c.tests().stream())
                    .anyMatch(t -> t.pattern().contains(".py")));
        }
        List<LinkResult> results = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        BitSet linked = new BitSet(tests.size());
        for (Hazard h : hazards) {
            for (Control c : h.controls()) {
                if (c.tests().isEmpty() || c.id() == null) {
                    continue;
                }
                String basis = ControlBasis.of(c);
                for (int i = 0; i < c.tests().size(); i++) {
                    TestLink link = c.tests().get(i);
                    int[] found = testsMatching(link.pattern());
                    for (int t : found) {
                        linked.set(t);
                    }
                    if (found.length == 0) {
                        unmatched.add(new Unmatched(h.number(), c.text(), link.pattern()));
                    }
                    results.add(result(h, c, i, link, found, basis));
                }
            }
        }
        int linkedCount = linked.cardinality();
        return new Result(results, tests.size(), linkedCount, tests.size() - linkedCount, unmatched);
    }

    private LinkResult result(Hazard h, Control c, int position, TestLink link, int[] found, String basis) {
        int failed = 0;
        int skipped = 0;
        List<String> failing = new ArrayList<>();
        for (int t : found) {
            TestCase tc = tests.get(t);
            if (tc.outcome() == TestOutcome.FAILED) {
                failed++;
                if (failing.size() < FAILED_SHOWN) {
                    failing.add(tc.id());
                }
            } else if (tc.outcome() == TestOutcome.SKIPPED) {
                skipped++;
            }
        }
        TestOutcome outcome = found.length == 0 ? TestOutcome.MISSING
                : failed > 0 ? TestOutcome.FAILED
                : skipped > 0 ? TestOutcome.SKIPPED
                : TestOutcome.PASSED;
        return new LinkResult(c.id(), h.number(), position, link.pattern(), link.kind(), outcome, found.length,
                failed, skipped, String.join("; ", failing), basis);
    }

    /** The indexes of the test cases a pattern matches, each once. */
    int[] testsMatching(String patternText) {
        if (sorted == null) {
            index(true);
        }
        return memo.computeIfAbsent(patternText, this::find);
    }

    private int[] find(String patternText) {
        TestPattern pattern = TestPattern.of(patternText);
        if (pattern.isExact()) {
            return exact.getOrDefault(patternText, new int[0]);
        }
        String prefix = pattern.literalPrefix();
        int from = lowerBound(prefix);
        BitSet hits = new BitSet(tests.size());
        for (int i = from; i < sorted.length && sorted[i].id().startsWith(prefix); i++) {
            if (!hits.get(sorted[i].test()) && pattern.matches(sorted[i].id())) {
                hits.set(sorted[i].test());
            }
        }
        return hits.stream().toArray();
    }

    private int lowerBound(String prefix) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].id().compareTo(prefix) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
