package org.hazardlog.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.hazardlog.code.TestRepository.Kind;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;

/**
 * A check reads only the repository's own code, and only what it can hold: links out of the
 * repository, huge files, binary files and locations that cannot name code each get a state that
 * fails the check, and none of them is recorded as reviewed.
 */
class RepositoryBoundsTest {

    private static final String MAIN = "src/main.py";
    private static final Instant REVIEWED = Instant.parse("2026-05-01T10:00:00Z");
    private static final String SECRET = "patient_db_password = 'hunter2'";

    @TempDir
    Path folder;

    private TestRepository repo;
    private Path outside;
    private final Map<ReviewKey, List<ReviewFingerprint>> reviews = new HashMap<>();

    private TestRepository repository(Kind kind) throws IOException {
        repo = TestRepository.create(folder.resolve("repo"), kind);
        repo.write(MAIN, TestRepository.numberedLines(MAIN, 40)).commit();
        outside = folder.resolve("elsewhere");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secrets.py"), SECRET + "\n");
        return repo;
    }

    private static Hazard hazard(CodeLocation... locations) {
        return Hazard.builder().id(1L).version(1).number(3).name("Dose calculated from the wrong weight")
                .codeLocations(Arrays.asList(locations)).build();
    }

    private ReviewFingerprints review(Hazard h) {
        ReviewFingerprints taken = ReviewFingerprints.take(SourceTree.open(repo.root()), List.of(h), REVIEWED);
        reviews.putAll(taken.fingerprints());
        return taken;
    }

    private List<LocationFinding> check(Hazard h) {
        return new CodeChecker(SourceTree.open(repo.root()), reviews).check(List.of(h)).findings();
    }

    private LocationFinding only(Hazard h) {
        List<LocationFinding> findings = check(h);
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private void link(String path, Path target) throws IOException {
        Path link = repo.root().resolve(path);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLinkToAFileOutsideTheRepositoryIsReportedAndNeverRead(Kind kind) throws IOException {
        repository(kind);
        link("src/settings.py", outside.resolve("secrets.py"));
        repo.commit();
        Hazard h = hazard(CodeLocation.of("src/settings.py"));

        ReviewFingerprints taken = review(h);
        LocationFinding f = only(h);

        assertThat(taken.fingerprints()).isEmpty();
        assertThat(taken.notRecordable()).extracting(LocationFinding::state).containsExactly(LocationState.OUTSIDE_REPOSITORY);
        assertThat(f.state()).isEqualTo(LocationState.OUTSIDE_REPOSITORY);
        assertThat(f.failsCheck(false)).isTrue();
        assertThat(f.detail()).contains("symbolic link", "outside the repository").doesNotContain(SECRET);
        assertThat(SourceTree.open(repo.root()).file("src/settings.py")).isEmpty();
    }

    /** A pipe outside the repository: reading it would block forever, so finishing at all shows it was not read. */
    @Test
    void aLinkOutIsNotOpenedEvenWhenItLeadsToAPipe() throws Exception {
        repository(Kind.PLAIN);
        Path fifo = outside.resolve("pipe");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        link("src/pipe.py", fifo);
        Hazard h = hazard(CodeLocation.of("src/pipe.py"));

        LocationFinding f = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> only(h));

        assertThat(f.state()).isEqualTo(LocationState.OUTSIDE_REPOSITORY);
    }

    @Test
    void aCommittedLinkMatchedByAPatternFailsTheCheckWhileTheRealFilesStayUnchanged() throws IOException {
        repository(Kind.GIT);
        Hazard h = hazard(CodeLocation.of("src/*.py"));
        review(h);
        link("src/zz_settings.py", outside.resolve("secrets.py"));
        repo.commit();

        List<LocationFinding> findings = check(h);

        assertThat(findings).extracting(LocationFinding::file, LocationFinding::state).containsExactly(
                tuple(MAIN, LocationState.UNCHANGED),
                tuple("src/zz_settings.py", LocationState.OUTSIDE_REPOSITORY));
        assertThat(new CodeCheckReport(repo.root(), null, findings).passes(false)).isFalse();
    }

    @Test
    void aLinkInAFolderLocationIsReportedInAPlainFolder() throws IOException {
        repository(Kind.PLAIN);
        link("src/vendor", outside);
        Hazard h = hazard(CodeLocation.of("src"));

        List<LocationFinding> findings = check(h);

        assertThat(findings).extracting(LocationFinding::file, LocationFinding::state).containsExactly(
                tuple(MAIN, LocationState.NEVER_REVIEWED),
                tuple("src/vendor", LocationState.OUTSIDE_REPOSITORY));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aPathThroughALinkedFolderLeadingOutIsReported(Kind kind) throws IOException {
        repository(kind);
        link("src/vendor", outside);

        assertThat(only(hazard(new CodeLocation("src/vendor/secrets.py", 1, 1, null))).state())
                .isEqualTo(LocationState.OUTSIDE_REPOSITORY);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aLinkToAFileInsideTheRepositoryIsReadAsThatFile(Kind kind) throws IOException {
        repository(kind);
        link("src/alias.py", Path.of("main.py"));
        repo.commit();
        Hazard h = hazard(new CodeLocation("src/alias.py", 5, 9, null));
        review(h);

        assertThat(only(h).state()).isEqualTo(LocationState.UNCHANGED);
        repo.replaceLine(MAIN, 7, "weight = weight_in_pounds");
        assertThat(only(h).state()).isEqualTo(LocationState.CHANGED);
    }

    @Test
    void aLinkLeadingNowhereIsMissing() throws IOException {
        repository(Kind.PLAIN);
        link("src/gone.py", outside.resolve("no-such-file.py"));

        LocationFinding f = only(hazard(CodeLocation.of("src/gone.py")));

        assertThat(f.state()).isEqualTo(LocationState.MISSING);
        assertThat(f.detail()).contains("symbolic link to a file that does not exist");
    }

    /** A sparse 3 GB file takes no disk; reading it whole would end in OutOfMemoryError. */
    @ParameterizedTest
    @ValueSource(strings = {"data/weights.py", "data/*.py"})
    void aHugeFileIsTooLargeNotReadAndNotRecorded(String location) throws IOException {
        repository(Kind.PLAIN);
        Files.createDirectories(repo.root().resolve("data"));
        try (RandomAccessFile f = new RandomAccessFile(repo.root().resolve("data/weights.py").toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024 * 1024);
        }
        Hazard h = hazard(new CodeLocation(location, 1, 10, null));

        ReviewFingerprints taken = review(h);
        LocationFinding f = only(h);

        assertThat(taken.fingerprints()).isEmpty();
        assertThat(taken.notRecordable()).extracting(LocationFinding::state).containsExactly(LocationState.TOO_LARGE);
        assertThat(f.state()).isEqualTo(LocationState.TOO_LARGE);
        assertThat(f.failsCheck(false)).isTrue();
        assertThat(f.detail()).contains("3072 MB", "larger than the 8 MB");
    }

    @Test
    void aFileJustUnderTheCapIsRead() throws IOException {
        repository(Kind.PLAIN);
        byte[] big = new byte[(int) SourceTree.MAX_FILE_BYTES];
        Arrays.fill(big, (byte) 'x');
        Files.write(repo.root().resolve("src/big.txt"), big);
        Hazard h = hazard(CodeLocation.of("src/big.txt"));

        review(h);

        assertThat(only(h).state()).isEqualTo(LocationState.UNCHANGED);
    }

    @Test
    void aBinaryFileWithLinesIsBinaryAndNotRecorded() throws IOException {
        repository(Kind.GIT);
        Files.write(repo.root().resolve("src/model.bin"), new byte[] {'a', '\n', 0, 1, 2, '\n', 'b'});
        repo.commit();
        Hazard h = hazard(new CodeLocation("src/model.bin", 1, 2, null));

        ReviewFingerprints taken = review(h);
        LocationFinding f = only(h);

        assertThat(taken.notRecordable()).extracting(LocationFinding::state).containsExactly(LocationState.BINARY);
        assertThat(f.state()).isEqualTo(LocationState.BINARY);
        assertThat(f.failsCheck(false)).isTrue();
    }

    /** Both bytes decode to U+FFFD: compared as lines, the change would not show. */
    @Test
    void aWholeBinaryFileIsComparedByteForByte() throws IOException {
        repository(Kind.GIT);
        Path bin = repo.root().resolve("src/model.bin");
        Files.write(bin, new byte[] {0, (byte) 0xFE, '\n'});
        repo.commit();
        Hazard h = hazard(CodeLocation.of("src/model.bin"));
        review(h);
        assertThat(only(h).state()).isEqualTo(LocationState.UNCHANGED);

        Files.write(bin, new byte[] {0, (byte) 0xFF, '\n'});

        LocationFinding f = only(h);
        assertThat(f.state()).isEqualTo(LocationState.CHANGED);
        assertThat(f.detail()).contains("byte for byte");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aFolderWithALineRangeIsInvalidAndNotRecorded(Kind kind) throws IOException {
        repository(kind);
        Hazard h = hazard(new CodeLocation("src", 10, 20, null));

        ReviewFingerprints taken = review(h);
        LocationFinding f = only(h);

        assertThat(taken.fingerprints()).isEmpty();
        assertThat(taken.notRecordable()).extracting(LocationFinding::state)
                .containsExactly(LocationState.INVALID_LOCATION);
        assertThat(f.state()).isEqualTo(LocationState.INVALID_LOCATION);
        assertThat(f.failsCheck(false)).isTrue();
        assertThat(f.detail()).contains("names a folder, which has no lines");
    }

    @Test
    void aLineNumberTooLargeToReadIsABadLineNumberNotAMissingFile() throws IOException {
        repository(Kind.PLAIN);

        LocationFinding f = only(hazard(CodeLocation.of(MAIN + ":99999999999")));

        assertThat(f.state()).isEqualTo(LocationState.INVALID_LOCATION);
        assertThat(f.detail()).contains("bad line number 99999999999: too large");
    }

    @Test
    void aFileWhoseNameEndsLikeLinesIsStillThatFile() throws IOException {
        repository(Kind.PLAIN);
        repo.write("notes/run:12", "ran at noon");
        Hazard h = hazard(CodeLocation.of("notes/run:12"));
        review(h);

        assertThat(only(h).state()).isEqualTo(LocationState.UNCHANGED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/example/ward/blob/main/src/main.py", "src/main\u0007.py"})
    void textThatIsNoPathIsInvalid(String written) throws IOException {
        repository(Kind.PLAIN);

        LocationFinding f = only(hazard(CodeLocation.of(written)));

        assertThat(f.state()).isEqualTo(LocationState.INVALID_LOCATION);
        assertThat(f.failsCheck(false)).isTrue();
    }

    @Test
    void aPipeInsideTheRepositoryIsNotOpened() throws Exception {
        repository(Kind.PLAIN);
        new ProcessBuilder("mkfifo", repo.root().resolve("src/pipe.py").toString()).start().waitFor();
        Hazard h = hazard(CodeLocation.of("src/pipe.py"));

        LocationFinding f = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> only(h));

        assertThat(f.state()).isEqualTo(LocationState.INVALID_LOCATION);
        assertThat(f.detail()).contains("pipe, device or socket");
    }
}
