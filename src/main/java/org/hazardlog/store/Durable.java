package org.hazardlog.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * File operations that survive a crash or power loss: a file is forced to disk before it is given
 * its name, the rename is atomic, and the folder entry is forced too, so after a crash the name
 * holds either the old content or the complete new one.
 */
public final class Durable {

    private Durable() {
    }

    /** Forces {@code temp} to disk and renames it to {@code target} in one step. */
    public static void move(Path temp, Path target) throws IOException {
        force(temp);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(target.toAbsolutePath().getParent());
    }

    static void force(Path file) throws IOException {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
            c.force(true);
        }
    }

    /** Makes a new or removed name in the folder durable (a no-op where folders cannot be opened). */
    static void forceFolder(Path folder) {
        try (FileChannel c = FileChannel.open(folder, StandardOpenOption.READ)) {
            c.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // some systems do not let a folder be opened; the rename is still atomic there
        }
    }
}
