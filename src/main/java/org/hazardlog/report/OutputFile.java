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
            try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
                c.force(true); // on disk before it takes the target's name
            }
            move(temp, absolute);
            return absolute;
        } catch (IOException e) {
            throw new ReportException("Cannot write " + absolute + ": " + (diskFull(e) ? DISK_FULL : e.getMessage()), e);
        } catch (RuntimeException e) {
            // POI and OpenPDF wrap the disk's IOException in their own unchecked exceptions, and POI
            // drops its message: a disk with next to no room left while the file was written says it.
            if (diskFull(e) || nearlyFull(folder)) {
                throw new ReportException("Cannot write " + absolute + ": " + DISK_FULL, e);
            }
            throw e;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary file is hidden and named after the target; nothing else to do
            }
        }
    }

    private static final String DISK_FULL = "the disk is full. Nothing was written; free some space and export again.";

    /** Whether a failure, however wrapped, is the disk being full. */
    public static boolean diskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean nearlyFull(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace() < 256 * 1024;
        } catch (IOException e) {
            return false;
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
