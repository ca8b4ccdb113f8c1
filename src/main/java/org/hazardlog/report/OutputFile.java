package org.hazardlog.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Writes a document so that the target is either the complete new file or untouched: the bytes
 * go to a temporary file in the same folder, which replaces the target only once it is complete.
 * A half-written report that looks whole is worse than none.
 */
public final class OutputFile {

    private OutputFile() {
    }

    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static Path write(Path target, Content content) {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute)) {
            throw new ReportException("Cannot write " + absolute + ": it is a folder. Name a file to write.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ReportException("Cannot write " + absolute + ": the folder " + folder + " does not exist.");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new ReportException("Cannot write " + absolute + ": the file is read-only.");
        }
        Path temp;
        try {
            // createFile, not createTempFile: the finished file gets the permissions of any new file, not owner-only.
            temp = Files.createFile(folder.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part"));
        } catch (AccessDeniedException e) {
            throw new ReportException("Cannot write " + absolute + ": no permission to write in " + folder + ".", e);
        } catch (IOException e) {
            throw new ReportException("Cannot write in " + folder + ": " + e.getMessage(), e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            move(temp, absolute);
            return absolute;
        } catch (IOException e) {
            throw new ReportException("Cannot write " + absolute + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named after the target; nothing else to do
            }
        }
    }

    public static Path write(Path target, Exporter exporter, ReportInput input) {
        return write(target, out -> exporter.write(input, out));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
