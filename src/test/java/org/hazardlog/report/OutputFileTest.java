package org.hazardlog.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFileTest {

    @TempDir
    Path folder;

    @Test
    void aWriterThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = Files.writeString(folder.resolve("report.pdf"), "the issued version");

        assertThatThrownBy(() -> OutputFile.write(target, out -> {
            out.write("half a rep".getBytes());
            throw new IOException("disk full");
        })).isInstanceOf(ReportException.class).hasMessageContaining("disk full");

        assertThat(Files.readString(target)).isEqualTo("the issued version");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws IOException {
        Path target = Files.writeString(folder.resolve("report.pdf"), "old");
        OutputFile.write(target, out -> out.write("new".getBytes()));
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void aMissingFolderIsAClearMessage() {
        Path target = folder.resolve("no-such-folder").resolve("report.pdf");
        assertThatThrownBy(() -> OutputFile.write(target, out -> out.write(1)))
                .isInstanceOf(ReportException.class)
                .hasMessage("Cannot write " + target + ": the folder " + target.getParent() + " does not exist.");
    }

    @Test
    void aFolderIsNotAFileToWrite() {
        assertThatThrownBy(() -> OutputFile.write(folder, out -> out.write(1)))
                .isInstanceOf(ReportException.class).hasMessageContaining("it is a folder");
    }
}
