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

    @Test
    void aFullDiskReportedThroughALibrarysOwnExceptionSaysSoAndLeavesNoFile() {
        Path target = folder.resolve("cscr.docx");
        assertThatThrownBy(() -> OutputFile.write(target, out -> {
            out.write(new byte[100]);
            // as POI and OpenPDF do: the disk's IOException inside an unchecked exception of their own
            throw new IllegalStateException("Fail to save", new IOException("No space left on device"));
        })).isInstanceOf(ReportException.class)
                .hasMessage("Cannot write " + target + ": the disk is full. Nothing was written; free some space and export again.");
        assertThat(folder).isEmptyDirectory();
    }
}
