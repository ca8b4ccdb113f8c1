package org.hazardlog.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.code.TestRepository.Kind;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;

/**
 * A move is accepted only when the reviewed lines are found unchanged in exactly one place and say
 * enough to be recognised; otherwise the location is changed, never "moved, passed".
 */
class UnambiguousMovesTest {

    private static final String FILE = "src/Alerts.java";

    @TempDir
    Path folder;

    private final Map<ReviewKey, List<ReviewFingerprint>> reviews = new HashMap<>();
    private TestRepository repo;

    private static Hazard hazard(CodeLocation location) {
        return Hazard.builder().id(1L).version(1).number(4).name("Alert not raised")
                .codeLocations(List.of(location)).build();
    }

    private ReviewFingerprints review(Hazard h) {
        ReviewFingerprints taken = ReviewFingerprints.take(SourceTree.open(repo.root()), List.of(h),
                Instant.parse("2026-05-01T10:00:00Z"));
        reviews.putAll(taken.fingerprints());
        return taken;
    }

    private LocationFinding check(Hazard h) {
        List<LocationFinding> all = new CodeChecker(SourceTree.open(repo.root()), reviews).check(List.of(h)).findings();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    /** Three methods, each closed by a brace and a blank line. */
    private static List<String> threeMethods() {
        List<String> lines = new ArrayList<>();
        lines.add("class Alerts {");
        for (String m : List.of("raise", "escalate", "silence")) {
            lines.add("    void " + m + "(Alert a) {");
            lines.add("        a." + m + "();");
            lines.add("    }");
            lines.add("");
        }
        lines.add("}");
        return lines;
    }

    /** The reviewed "}" and blank line of raise() are deleted; two more such pairs remain in the file. */
    @Test
    void aRepeatedClosingBraceAndBlankLineDoNotMoveWhenTheReviewedLinesAreDeleted() {
        repo = TestRepository.create(folder, Kind.GIT);
        List<String> lines = threeMethods();
        repo.write(FILE, lines.toArray(String[]::new)).commit();
        Hazard h = hazard(new CodeLocation(FILE, 4, 5, "end of raise()"));
        review(h);
        lines.subList(1, 5).clear(); // raise() is gone, braces and all
        lines.add(0, "// alerts");
        lines.add(0, "// header");
        repo.write(FILE, lines.toArray(String[]::new)).commit();

        LocationFinding f = check(h);

        assertThat(f.state()).isEqualTo(LocationState.CHANGED);
        assertThat(f.movedTo()).isNull();
        assertThat(f.detail()).contains("The reviewed lines were not found unchanged in one place");
        assertThat(f.failsCheck(false)).isTrue();
    }

    /** A review of one blank line, among many: the lines around it shift and it cannot be followed. */
    @Test
    void aOneBlankLineRangeIsNeverFollowedAndWarnsWhenRecordedAndChecked() {
        repo = TestRepository.create(folder, Kind.PLAIN);
        List<String> lines = threeMethods();
        repo.write(FILE, lines.toArray(String[]::new));
        Hazard h = hazard(new CodeLocation(FILE, 5, null, null));

        ReviewFingerprints taken = review(h);

        assertThat(taken.warnings()).singleElement().asString()
                .startsWith("Hazard 4, " + FILE + ":5: Lines 5 hold no code");
        lines.add(0, "import alerts.Alert;");
        repo.write(FILE, lines.toArray(String[]::new));

        LocationFinding f = check(h);

        assertThat(f.state()).isEqualTo(LocationState.CHANGED);
        assertThat(f.detail()).contains("not found unchanged in one place (they are at 3 places)");
        assertThat(f.warnings()).singleElement().asString().contains("hold no code");
    }

    @Test
    void aBlockFoundOnceButTooSmallToTellIsChangedNotMoved() {
        repo = TestRepository.create(folder, Kind.PLAIN);
        repo.write(FILE, "class A {", "    void f() {", "        go();", "    }", "    // gap", "}");
        Hazard h = hazard(new CodeLocation(FILE, 4, 5, null));
        review(h);
        repo.write(FILE, "package a;", "class A {", "    void f() {", "        go();", "    }", "    // gap", "}");

        LocationFinding f = check(h);

        assertThat(f.state()).isEqualTo(LocationState.CHANGED);
        assertThat(f.detail()).contains("hold too little code to tell");
        assertThat(f.warnings()).singleElement().asString().contains("only 1 line of code");
    }

    @Test
    void aDistinctiveBlockFoundOnceStillMoves() {
        repo = TestRepository.create(folder, Kind.PLAIN);
        List<String> lines = threeMethods();
        repo.write(FILE, lines.toArray(String[]::new));
        Hazard h = hazard(new CodeLocation(FILE, 6, 8, "escalate()"));
        review(h);
        lines.add(1, "    private final Pager pager = new Pager();");
        repo.write(FILE, lines.toArray(String[]::new));

        LocationFinding f = check(h);

        assertThat(f.state()).isEqualTo(LocationState.MOVED);
        assertThat(f.movedTo()).isEqualTo(new LineRange(7, 9));
        assertThat(f.warnings()).isEmpty();
    }

    @Test
    void aDistinctiveBlockThatNowOccursTwiceIsChanged() {
        repo = TestRepository.create(folder, Kind.PLAIN);
        List<String> lines = threeMethods();
        repo.write(FILE, lines.toArray(String[]::new));
        Hazard h = hazard(new CodeLocation(FILE, 2, 3, "raise()"));
        review(h);
        lines.add(1, "    // copied");
        lines.addAll(8, List.of("    void raise(Alert a) {", "        a.raise();"));
        repo.write(FILE, lines.toArray(String[]::new));

        LocationFinding f = check(h);

        assertThat(f.state()).isEqualTo(LocationState.CHANGED);
        assertThat(f.detail()).contains("they are at 2 places");
    }

    @Test
    void whatCountsAsCode() {
        assertThat(Distinctiveness.isCode("    }")).isFalse();
        assertThat(Distinctiveness.isCode("});")).isFalse();
        assertThat(Distinctiveness.isCode("} else {")).isFalse();
        assertThat(Distinctiveness.isCode("")).isFalse();
        assertThat(Distinctiveness.isCode("return;")).isFalse();
        assertThat(Distinctiveness.isCode("return dose * 2;")).isTrue();
        assertThat(Distinctiveness.isCode("x = 1")).isTrue();
    }
}
