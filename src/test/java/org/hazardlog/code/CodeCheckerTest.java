package org.hazardlog.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.hazardlog.code.TestRepository.Kind;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;

/**
 * The states of code locations after the code changes, in a real git repository and in a plain
 * folder: a review is recorded, the files are edited, and a fresh check is compared with it.
 */
class CodeCheckerTest {

    private static final String MAIN = "backend/app/main.py";
    private static final Instant REVIEWED = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path folder;

    private TestRepository repo;
    private final Map<ReviewKey, List<ReviewFingerprint>> reviews = new HashMap<>();

    private TestRepository repository(Kind kind) {
        repo = TestRepository.create(folder, kind);
        repo.write(MAIN, TestRepository.numberedLines(MAIN, 200)).commit();
        return repo;
    }

    private static Hazard hazard(CodeLocation... locations) {
        return Hazard.builder().id(1L).version(1).number(7).name("Login accepts an expired session")
                .codeLocations(Arrays.asList(locations)).build();
    }

    private void review(Hazard h) {
        ReviewFingerprints taken = ReviewFingerprints.take(SourceTree.open(repo.root()), List.of(h), REVIEWED);
        reviews.putAll(taken.fingerprints());
    }

    /** A fresh tree for each check, as each run of HazardLog reads the files anew. */
    private List<LocationFinding> check(Hazard h) {
        return new CodeChecker(SourceTree.open(repo.root()), reviews).check(List.of(h)).findings();
    }

    private LocationFinding only(Hazard h) {
        List<LocationFinding> findings = check(h);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anUntouchedFileIsUnchanged(Kind kind) {
        repository(kind);
        Hazard h = hazard(new CodeLocation(MAIN, 110, 139, "check()"));
        review(h);

        LocationFinding f = only(h);

        assertThat(f.state()).isEqualTo(LocationState.UNCHANGED);
        assertThat(f.file()).isEqualTo(MAIN);
        assertThat(f.failsCheck(true)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEditInsideTheRangeIsChanged(Kind kind) {
        repository(kind);
        Hazard h = hazard(new CodeLocation(MAIN, 110, 139, null));
        review(h);
        repo.replaceLine(MAIN, 120, "    if session.expired: pass  # was: raise").commit();

        LocationFinding f = only(h);

        assertThat(f.state()).isEqualTo(LocationState.CHANGED);
        assertThat(f.detail()).isEqualTo("Lines 110-139 changed since review.");
        assertThat(f.failsCheck(false)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anEditOutsideTheRangeLeavesItUnchanged(Kind kind) {
        repository(kind);
        Hazard h = hazard(new CodeLocation(MAIN, 110, 139, null));
        review(h);
        repo.replaceLine(MAIN, 150, "an unrelated edit").commit();

        LocationFinding f = only(h);

        assertThat(f.state()).isEqualTo(LocationState.UNCHANGED);
        assertThat(f.detail()).isEqualTo("The file changed since review, but not these lines.");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void linesInsertedAboveTheRangeMakeItMovedWithTheNewRange(Kind kind) {
        repository(kind);
        Hazard h = hazard(new CodeLocation(MAIN, 110, 139, null));
        review(h);
        repo.insert(MAIN, 20, "import logging", "", "log = logging.getLogger(__name__)", "", "").commit();

        LocationFinding f = only(h);

        assertThat(f.state()).isEqualTo(LocationState.MOVED);
        assertThat(f.movedTo()).isEqualTo(new LineRange(115, 144));
        assertThat(f.failsCheck(false)).isFalse();
        assertThat(repo.lines(MAIN).get(114)).isEqualTo("line 110 of " + MAIN);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void linesRemovedAboveASingleLineLocationMoveItUp(Kind kind) {
        repository(kind);
        Hazard h = hazard(new CodeLocation(MAIN, 150, null, "the login route"));
        review(h);
        List<String> lines = repo.lines(MAIN);
        lines.subList(9, 12).clear();
        repo.write(MAIN, lines.toArray(String[]::new)).commit();

        assertThat(only(h).movedTo()).isEqualTo(new LineRange(147, 147));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void reindentingAndNewLineEndingsAreNotAChangeWhereBracesCarryTheMeaning(Kind kind) {
        repository(kind);
        String java = "src/Login.java";
        repo.write(java, TestRepository.numberedLines(java, 200)).commit();
        Hazard h = hazard(new CodeLocation(java, 110, 112, null));
        review(h);
        repo.replaceLine(java, 111, "\t  line   111 of " + java + "   \r").commit();

        assertThat(only(h).state()).isEqualTo(LocationState.UNCHANGED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDeletedFileIsMissing(Kind kind) {
        repository(kind);
        Hazard h = hazard(new CodeLocation(MAIN, 110, 139, null));
        review(h);
        repo.delete(MAIN).commit();

        LocationFinding f = only(h);

        assertThat(f.state()).isEqualTo(LocationState.MISSING);
        assertThat(f.detail()).isEqualTo("The file is not in the repository.");
        assertThat(f.failsCheck(false)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFileThatNeverExistedIsMissingEvenUnreviewed(Kind kind) {
        repository(kind);
        Hazard h = hazard(CodeLocation.of("backend/app/gone.py"));

        assertThat(only(h).state()).isEqualTo(LocationState.MISSING);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aRangePastTheEndOfTheFileIsBeyondTheEnd(Kind kind) {
        repository(kind);
        Hazard h = hazard(new CodeLocation(MAIN, 190, 230, null));

        LocationFinding f = only(h);

        assertThat(f.state()).isEqualTo(LocationState.BEYOND_END);
        assertThat(f.detail()).isEqualTo("The file has 200 lines.");
        assertThat(f.failsCheck(false)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aReviewedRangeWhoseFileWasCutShortIsBeyondTheEnd(Kind kind) {
        repository(kind);
        Hazard h = hazard(new CodeLocation(MAIN, 150, 160, null));
        review(h);
        repo.write(MAIN, Arrays.copyOf(TestRepository.numberedLines(MAIN, 200), 140)).commit();

        LocationFinding f = only(h);

        assertThat(f.state()).isEqualTo(LocationState.BEYOND_END);
        assertThat(f.detail()).isEqualTo("The file has 140 lines. The reviewed lines are not in it.");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLocationWithoutAReviewIsNeverReviewed(Kind kind) {
        repository(kind);
        Hazard h = hazard(new CodeLocation(MAIN, 1, 10, null));

        LocationFinding f = only(h);

        assertThat(f.state()).isEqualTo(LocationState.NEVER_REVIEWED);
        assertThat(f.failsCheck(false)).isFalse();
        assertThat(f.failsCheck(true)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aGlobExpandsToEveryMatchingFile(Kind kind) {
        repository(kind);
        repo.write("backend/alembic/versions/001_init.py", "create table patient")
                .write("backend/alembic/versions/002_allergy.py", "add column allergy")
                .write("backend/alembic/versions/README", "not a migration")
                .write("backend/alembic/env.py", "config")
                .commit();
        Hazard h = hazard(CodeLocation.of("backend/alembic/versions/*.py"));

        List<LocationFinding> before = check(h);
        review(h);
        List<LocationFinding> after = check(h);

        assertThat(before).extracting(LocationFinding::file)
                .containsExactly("backend/alembic/versions/001_init.py", "backend/alembic/versions/002_allergy.py");
        assertThat(before).extracting(LocationFinding::state).containsOnly(LocationState.NEVER_REVIEWED);
        assertThat(after).extracting(LocationFinding::state).containsOnly(LocationState.UNCHANGED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNewFileMatchingAReviewedGlobIsAChangeAndARemovedOneIsMissing(Kind kind) {
        repository(kind);
        repo.write("migrations/001_init.py", "create table patient").write("migrations/002_drop.py", "drop").commit();
        Hazard h = hazard(CodeLocation.of("migrations/*.py"));
        review(h);
        repo.write("migrations/003_dose_units.py", "alter column dose").delete("migrations/002_drop.py").commit();

        List<LocationFinding> findings = check(h);

        assertThat(findings).extracting(LocationFinding::file, LocationFinding::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("migrations/001_init.py", LocationState.UNCHANGED),
                org.assertj.core.groups.Tuple.tuple("migrations/003_dose_units.py", LocationState.CHANGED),
                org.assertj.core.groups.Tuple.tuple("migrations/002_drop.py", LocationState.MISSING));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aGlobThatMatchesNothingIsMissing(Kind kind) {
        repository(kind);
        LocationFinding f = only(hazard(CodeLocation.of("frontend/**/*.tsx")));

        assertThat(f.state()).isEqualTo(LocationState.MISSING);
        assertThat(f.detail()).isEqualTo("No file matches the pattern.");
    }

    /** Written in a hazard file as [backend/app/main.py](../../backend/app/main.py):110-139 - `check()`. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLocationWrittenAsAMarkdownLinkResolves(Kind kind) {
        repository(kind);
        Hazard h = hazard(new CodeLocation("backend/app/main.py", 110, 139, "`check()` ..."));
        review(h);

        LocationFinding f = only(h);

        assertThat(f.file()).isEqualTo(MAIN);
        assertThat(f.state()).isEqualTo(LocationState.UNCHANGED);
        assertThat(f.review().lineCount()).isEqualTo(30);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFolderCoversTheFilesInIt(Kind kind) {
        repository(kind);
        repo.write("caddy/dev/Caddyfile", "reverse_proxy backend:8000").write("caddy/prod/Caddyfile", "tls").commit();

        assertThat(check(hazard(CodeLocation.of("caddy/")))).extracting(LocationFinding::file)
                .containsExactly("caddy/dev/Caddyfile", "caddy/prod/Caddyfile");
    }

    @Test
    void aFileNamedLikeAPatternIsThatFile() {
        repository(Kind.PLAIN);
        repo.write("frontend/pages/[id].tsx", "export default Patient").write("frontend/pages/i.tsx", "other");

        assertThat(check(hazard(CodeLocation.of("frontend/pages/[id].tsx")))).extracting(LocationFinding::file)
                .containsExactly("frontend/pages/[id].tsx");
    }

    @Test
    void aPathOutsideTheRepositoryIsMissing() {
        repository(Kind.PLAIN);

        LocationFinding f = only(hazard(CodeLocation.of("../../backend/app/main.py")));

        assertThat(f.state()).isEqualTo(LocationState.MISSING);
        assertThat(f.detail()).isEqualTo("The path is outside the repository root.");
    }

    @Test
    void inAGitRepositoryTheReviewRecordsTheCommit() {
        repository(Kind.GIT);
        Hazard h = hazard(new CodeLocation(MAIN, 110, 139, null));
        review(h);

        assertThat(only(h).review().gitCommit()).isEqualTo(repo.head()).hasSize(40);
    }

    @Test
    void inAPlainFolderTheReviewHasNoCommit() {
        repository(Kind.PLAIN);
        Hazard h = hazard(new CodeLocation(MAIN, 110, 139, null));
        review(h);

        assertThat(only(h).review().gitCommit()).isNull();
        assertThat(SourceTree.open(repo.root()).isGitRepository()).isFalse();
    }

    @Test
    void aWholeFileLocationChangesWithAnyLineOfTheFile() {
        repository(Kind.GIT);
        Hazard h = hazard(CodeLocation.of(MAIN));
        review(h);
        repo.replaceLine(MAIN, 200, "the last line, edited").commit();

        LocationFinding f = only(h);

        assertThat(f.state()).isEqualTo(LocationState.CHANGED);
        assertThat(f.detail()).isEqualTo("The file changed since review.");
    }
}
