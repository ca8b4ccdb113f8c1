package org.hazardlog.transfer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.SCHEME;
import static org.hazardlog.transfer.Fixtures.TAXONOMY;
import static org.hazardlog.transfer.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hazardlog.domain.Hazard;
import org.hazardlog.transfer.ProblemKind;
import org.hazardlog.transfer.SampleHazards;
import org.hazardlog.transfer.json.HazardJsonWriter;
import org.hazardlog.transfer.markdown.MarkdownHazardWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HazardBatchReaderTest {

    private final HazardBatchReader reader = new HazardBatchReader(SCHEME, TAXONOMY);

    @TempDir
    Path dir;

    private Path copy(String fixture, String as) throws IOException {
        Path target = dir.resolve(as);
        Files.createDirectories(target.getParent());
        return Files.copy(fixture(fixture), target);
    }

    private Path write(String name, String text) throws IOException {
        Path target = dir.resolve(name);
        Files.createDirectories(target.getParent());
        return Files.writeString(target, text);
    }

    @Test
    void readsMarkdownTextAndJsonFilesInFoldersRecursively() throws IOException {
        copy("quill/Hazard-0101.md", "log/Hazard-0101.md");
        copy("dcsp/hazard-12.md", "log/dcsp/deeper/hazard-12.md");
        copy("rendered/lab-result-page.txt", "log/copied.txt");
        write("log/export.json", new HazardJsonWriter(SCHEME).write(List.of(SampleHazards.everyField())));
        BatchReading batch = reader.read(List.of(dir.resolve("log")));
        assertThat(batch.hasProblems()).isFalse();
        assertThat(batch.hazards()).extracting(h -> h.hazard().number()).containsExactlyInAnyOrder(101, 12, null, 27);
        assertThat(batch.hazards()).extracting(h -> h.source().getFileName().toString())
                .containsExactlyInAnyOrder("Hazard-0101.md", "hazard-12.md", "copied.txt", "export.json");
    }

    @Test
    void skipsFilesInFoldersThatAreNotHazardFiles() throws IOException {
        copy("quill/Hazard-0101.md", "log/Hazard-0101.md");
        write("log/README.md", "# About this folder\n\nHazards live here.\n");
        write("log/package.json", "{\"name\": \"docs\"}");
        write("log/diagram.png", "not really a png");
        write("log/.git/HEAD.md", "## Hazard name\n\nHidden\n");
        BatchReading batch = reader.read(List.of(dir.resolve("log")));
        assertThat(batch.hasProblems()).isFalse();
        assertThat(batch.hazards()).hasSize(1);
        assertThat(batch.skipped()).extracting(s -> s.file().getFileName().toString() + ": " + s.reason()).containsExactlyInAnyOrder(
                "README.md: has no hazard headings",
                "package.json: a JSON file that is not a HazardLog export",
                "diagram.png: not a .md, .markdown, .txt or .json file");
    }

    @Test
    void readsBackAFolderItWroteIndexIncluded() throws IOException {
        List<Hazard> hazards = List.of(SampleHazards.everyField(), SampleHazards.nameOnly());
        new MarkdownHazardWriter(SCHEME).writeAll(dir.resolve("out"), hazards);
        BatchReading batch = reader.read(List.of(dir.resolve("out")));
        assertThat(batch.hasProblems()).isFalse();
        assertThat(batch.skipped()).extracting(s -> s.file().getFileName().toString()).containsExactly("index.md");
        assertThat(batch.hazardList()).hasSize(2).allSatisfy(h ->
                assertThat(hazards).anySatisfy(original -> assertThat(original.sameContent(h)).isTrue()));
    }

    @Test
    void reportsBadFilesWithTheirProblemsAndKeepsTheGoodOnes() throws IOException {
        copy("quill/Hazard-0101.md", "log/Hazard-0101.md");
        copy("bad/Hazard-0007.md", "log/Hazard-0007.md");
        copy("bad/binary.md", "log/binary.md");
        BatchReading batch = reader.read(List.of(dir.resolve("log")));
        assertThat(batch.hasProblems()).isTrue();
        assertThat(batch.hazards()).extracting(h -> h.hazard().number()).containsExactly(101);
        assertThat(batch.badFiles()).extracting(b -> b.file().getFileName().toString())
                .containsExactlyInAnyOrder("Hazard-0007.md", "binary.md");
        assertThat(batch.problems()).extracting(p -> p.kind())
                .containsExactlyInAnyOrder(ProblemKind.SCORE_OUTSIDE_SCHEME, ProblemKind.NOT_TEXT);
    }

    @Test
    void aFileNamedExplicitlyThatIsNotAHazardIsBad() throws IOException {
        Path readme = write("README.md", "# About\n");
        BatchReading batch = reader.read(List.of(readme));
        assertThat(batch.problems()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.NOT_A_HAZARD));
    }

    @Test
    void aMissingPathIsBad() {
        BatchReading batch = reader.read(List.of(dir.resolve("nowhere.md")));
        assertThat(batch.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.UNREADABLE);
            assertThat(p.toString()).endsWith("nowhere.md: does not exist");
        });
    }

    @Test
    void anExplicitFileOfAnotherKindIsBad() throws IOException {
        Path doc = write("log.docx", "PK");
        BatchReading batch = reader.read(List.of(doc));
        assertThat(batch.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.UNSUPPORTED);
            assertThat(p.message()).contains(".md").contains(".txt").contains(".json");
        });
    }

    @Test
    void theSameNumberInTwoFilesMakesBothBad() throws IOException {
        copy("quill/Hazard-0101.md", "a/Hazard-0101.md");
        write("b/Hazard-0101.md", "## Hazard name\n\nAnother hazard with the same number\n");
        copy("dcsp/hazard-12.md", "a/hazard-12.md");
        BatchReading batch = reader.read(List.of(dir.resolve("a"), dir.resolve("b")));
        assertThat(batch.badFiles()).hasSize(2);
        assertThat(batch.problems()).allSatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.DUPLICATE_NUMBER);
            assertThat(p.message()).startsWith("hazard number 101 is used more than once in this import:")
                    .contains("Another hazard with the same number").contains("Dose reminder");
        });
        assertThat(batch.hazards()).extracting(h -> h.hazard().number()).containsExactly(12);
    }

    @Test
    void theSameNumberTwiceInOneExportIsBad() throws IOException {
        Path json = write("dup.json", new HazardJsonWriter(SCHEME).write(List.of(SampleHazards.nameOnly(),
                SampleHazards.nameOnly().toBuilder().name("Twin").build())));
        BatchReading batch = reader.read(List.of(json));
        assertThat(batch.problems()).singleElement().satisfies(p -> assertThat(p.kind()).isEqualTo(ProblemKind.DUPLICATE_NUMBER));
        assertThat(batch.hazards()).isEmpty();
    }

    @Test
    void hazardsWithoutNumbersNeverClash() throws IOException {
        copy("rendered/lab-result-page.txt", "one.txt");
        copy("rendered/lab-result-page.txt", "two.txt");
        assertThat(reader.read(List.of(dir)).hazards()).hasSize(2);
    }

    @Test
    void readsAFileGivenTwiceOnce() throws IOException {
        Path file = copy("quill/Hazard-0101.md", "Hazard-0101.md");
        BatchReading batch = reader.read(List.of(file, dir, file));
        assertThat(batch.hasProblems()).isFalse();
        assertThat(batch.hazards()).hasSize(1);
    }

    @Test
    void collectsTheWarningsOfEveryGoodHazard() throws IOException {
        copy("quill/Hazard-0101.md", "Hazard-0101.md");
        copy("dcsp/hazard-12.md", "hazard-12.md");
        assertThat(reader.read(List.of(dir)).warnings()).extracting(w -> w.source().getFileName().toString())
                .contains("Hazard-0101.md", "hazard-12.md");
    }
}
