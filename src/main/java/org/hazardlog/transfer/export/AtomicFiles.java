package org.hazardlog.transfer.export;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes files so that a reader never sees half of one: each is written to a hidden temporary file
 * beside it and then moved into place. All temporary files are written before the first move, so a
 * failure while writing (a full disk) leaves every target as it was.
 */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /** Writes each file's bytes; returns the files in the order given. */
    static List<Path> write(Map<Path, byte[]> contents) throws IOException {
        Map<Path, Path> temporaries = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> e : contents.entrySet()) {
                Path target = e.getKey();
                Path temporary = Files.createTempFile(target.toAbsolutePath().getParent(),
                        "." + target.getFileName() + ".", ".tmp");
                temporaries.put(target, temporary);
                Files.write(temporary, e.getValue());
            }
            for (Map.Entry<Path, Path> e : temporaries.entrySet()) {
                move(e.getValue(), e.getKey());
            }
        } finally {
            for (Path temporary : temporaries.values()) {
                Files.deleteIfExists(temporary);
            }
        }
        return new ArrayList<>(contents.keySet());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Some network and FUSE file systems cannot rename atomically; a plain replace is the best they offer.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
