package org.hazardlog.transfer.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.transfer.Fixtures;
import org.hazardlog.transfer.SampleHazards;

class MarkdownFolderExporterTest {

    @TempDir
    Path dir;

    private final MarkdownFolderExporter exporter = new MarkdownFolderExporter(Fixtures.SCHEME, false);

    @Test
    void manyOldHazardFilesAreReportedInOneNote() throws IOException {
        for (int n = 2; n <= 8; n++) {
            Files.writeString(dir.resolve(String.format("Hazard-%04d.md", n)), "old\n");
        }

        ExportResult result = exporter.export(List.of(SampleHazards.nameOnly()), dir);

        assertThat(result.notes()).containsExactly("7 hazard files were left as they are: their hazards are not in this log "
                + "(Hazard-0002.md, Hazard-0003.md, Hazard-0004.md, Hazard-0005.md, Hazard-0006.md and 2 more)");
        assertThat(result.written()).extracting(p -> p.getFileName().toString()).containsExactly("Hazard-0001.md", "index.md");
        assertThat(Files.readString(dir.resolve("Hazard-0008.md"))).isEqualTo("old\n");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsRefusedAndCannotBeForced() throws IOException {
        Path file = Files.writeString(dir.resolve("hazards"), "a file");

        assertThatThrownBy(() -> new MarkdownFolderExporter(Fixtures.SCHEME, true).export(List.of(SampleHazards.nameOnly()), file))
                .isInstanceOfSatisfying(ExportRefusedException.class, e -> assertThat(e.overridable()).isFalse())
                .hasMessage(file + " is a file; a Markdown export is a folder of files");
        assertThat(Files.readString(file)).isEqualTo("a file");
    }

    @Test
    void anIndexItWroteItselfIsReplaced() throws IOException {
        exporter.export(List.of(SampleHazards.nameOnly()), dir);
        ExportResult again = exporter.export(List.of(SampleHazards.nameOnly(), SampleHazards.everyField()), dir);

        assertThat(again.notes()).isEmpty();
        assertThat(Files.readString(dir.resolve("index.md"))).contains("[27](Hazard-0027.md)");
    }
}
