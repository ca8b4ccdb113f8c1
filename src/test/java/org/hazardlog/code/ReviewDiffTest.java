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

/** The change since review, as the CSO sees it: from the reviewed text kept, else from git, else said to be unknown. */
class ReviewDiffTest {

    private static final String MAIN = "backend/app/main.py";
    private static final Instant REVIEWED = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path folder;

    private TestRepository repo;
    private final Map<ReviewKey, List<ReviewFingerprint>> reviews = new HashMap<>();

    private static Hazard hazard(CodeLocation location) {
        return Hazard.builder().id(1L).version(1).number(4).name("Stale observations").codeLocations(List.of(location)).build();
    }

    private void review(Hazard h, boolean keepText) {
        ReviewFingerprints.take(SourceTree.open(repo.root()), List.of(h), REVIEWED).fingerprints().forEach((k, files) -> {
            List<ReviewFingerprint> kept = new ArrayList<>();
            for (ReviewFingerprint f : files) {
                kept.add(keepText ? f : new ReviewFingerprint(f.file(), f.lineCount(), f.linesFingerprint(),
                        f.linesRollingHash(), f.fileFingerprint(), f.gitCommit(), f.reviewedAt(), f.scheme()));
            }
            reviews.put(k, kept);
        });
    }

    private List<String> diff(Hazard h) {
        SourceTree tree = SourceTree.open(repo.root());
        LocationFinding f = new CodeChecker(tree, reviews).check(List.of(h)).findings().get(0);
        assertThat(ReviewDiff.applies(f)).isTrue();
        return ReviewDiff.of(f, tree);
    }

    @Test
    void showsTheReviewedLinesAgainstTodaysWithTheFilesLineNumbers() {
        repo = TestRepository.create(folder, Kind.PLAIN).write(MAIN, TestRepository.numberedLines(MAIN, 60));
        Hazard h = hazard(new CodeLocation(MAIN, 20, 40, null));
        review(h, true);
        repo.replaceLine(MAIN, 30, "    score = latest(observations)  # no age check");

        assertThat(diff(h)).containsExactly(
                "--- " + MAIN + ":20-40 as reviewed (2026-05-01)",
                "+++ " + MAIN + ":20-40 now",
                "@@ -27,7 +27,7 @@",
                " line 27 of " + MAIN,
                " line 28 of " + MAIN,
                " line 29 of " + MAIN,
                "-line 30 of " + MAIN,
                "+    score = latest(observations)  # no age check",
                " line 31 of " + MAIN,
                " line 32 of " + MAIN,
                " line 33 of " + MAIN);
    }

    @Test
    void aReviewWithoutKeptTextIsComparedWithTheFileAtTheReviewedCommit() {
        repo = TestRepository.create(folder, Kind.GIT).write(MAIN, TestRepository.numberedLines(MAIN, 60)).commit();
        Hazard h = hazard(new CodeLocation(MAIN, 20, 40, null));
        review(h, false);
        repo.replaceLine(MAIN, 21, "changed").commit();

        assertThat(diff(h)).contains("-line 21 of " + MAIN, "+changed");
    }

    @Test
    void withoutKeptTextOrGitTheDiffSaysItIsUnknown() {
        repo = TestRepository.create(folder, Kind.PLAIN).write(MAIN, TestRepository.numberedLines(MAIN, 60));
        Hazard h = hazard(new CodeLocation(MAIN, 20, 40, null));
        review(h, false);
        repo.replaceLine(MAIN, 21, "changed");

        assertThat(diff(h)).singleElement().asString().startsWith("No reviewed text of " + MAIN + " is kept");
    }

    @Test
    void aDeletedFileShowsEveryReviewedLineRemoved() {
        repo = TestRepository.create(folder, Kind.PLAIN).write(MAIN, "a", "b");
        Hazard h = hazard(CodeLocation.of(MAIN));
        review(h, true);
        repo.delete(MAIN);

        assertThat(diff(h)).endsWith("@@ -1,2 +0,0 @@", "-a", "-b");
    }

    @Test
    void reviewedTextOverTheBoundIsNotKept() {
        repo = TestRepository.create(folder, Kind.PLAIN).write(MAIN, "x".repeat(ReviewFingerprint.MAX_REVIEWED_TEXT + 1));
        Hazard h = hazard(CodeLocation.of(MAIN));
        review(h, true);

        assertThat(reviews.values()).singleElement().satisfies(files ->
                assertThat(files.get(0).reviewedText()).isNull());
    }

    @Test
    void hunksFarApartAreSeparateAndAnInsertionIsNamedByTheLineBefore() {
        List<String> before = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            before.add("l" + i);
        }
        List<String> after = new ArrayList<>(before);
        after.set(1, "changed 2");
        after.add(25, "inserted");

        assertThat(UnifiedDiff.hunks(before, 1, after, 1)).containsExactly(
                "@@ -1,5 +1,5 @@", " l1", "-l2", "+changed 2", " l3", " l4", " l5",
                "@@ -23,6 +23,7 @@", " l23", " l24", " l25", "+inserted", " l26", " l27", " l28");
        assertThat(UnifiedDiff.hunks(before, 1, before, 1)).isEmpty();
    }

    @Test
    void aSymbolsReviewedLinesAreNumberedWithinItsDeclarationNotWhereItIsNow() {
        String ehr = "src/Ehr.java";
        repo = TestRepository.create(folder, Kind.PLAIN).write(ehr, "class Ehr {", "", "", "",
                "    int get() {", "    }", "}");
        Hazard h = hazard(CodeLocation.of(ehr + "#Ehr.get"));
        review(h, true);
        repo.insert(ehr, 1, "// one", "// two").replaceLine(ehr, 8, "    } // edited");

        List<String> diff = diff(h);
        assertThat(diff.get(0)).startsWith("--- " + ehr + "#Ehr.get as reviewed (")
                .contains("numbered from 1 within the declaration");
        assertThat(diff.get(1)).isEqualTo("+++ " + ehr + "#Ehr.get (lines 7-8) now");
        assertThat(diff).contains("@@ -1,2 +7,2 @@", "-    }", "+    } // edited");
    }

    @Test
    void aSymbolWithoutKeptTextDoesNotBorrowTodaysLinesFromTheReviewedCommit() {
        String ehr = "src/Ehr.java";
        repo = TestRepository.create(folder, Kind.GIT).write(ehr, "class Ehr {", "    int get() {", "    }", "}").commit();
        Hazard h = hazard(CodeLocation.of(ehr + "#Ehr.get"));
        review(h, false);
        repo.insert(ehr, 1, "// one", "// two").replaceLine(ehr, 5, "    } // edited").commit();

        assertThat(diff(h)).singleElement().asString().startsWith("No reviewed text of " + ehr + "#Ehr.get is kept");
    }
}
