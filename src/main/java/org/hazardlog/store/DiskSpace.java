package org.hazardlog.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Free space checked before a large write, so that a write that cannot fit is refused before it
 * starts rather than failing half-way. The check is a first line only: if the disk still fills
 * during the write, the journal and the backup taken before it put the log back as it was.
 */
public final class DiskSpace {

    /** Room for the backup, H2's growth during a large transaction, and the copy H2 compacts into. */
    static final int SIZE_FACTOR = 3;
    static final long MARGIN = 8L * 1024 * 1024;

    private DiskSpace() {
    }

    /** Refuses the write when the log's disk has less room than it may need. */
    static void requireRoomFor(HazardLogFile log, String what) {
        Path folder = log.file().toAbsolutePath().getParent();
        try {
            long size = Files.exists(log.file()) ? Files.size(log.file()) : 0;
            long needed = SIZE_FACTOR * size + MARGIN;
            long free = Files.getFileStore(folder).getUsableSpace();
            if (free < needed) {
                throw new HazardLogUnavailableException("Not enough free disk space for " + what + " in " + log + ": "
                        + megabytes(free) + " free, " + megabytes(needed) + " needed (three times the log's "
                        + megabytes(size) + " plus " + megabytes(MARGIN) + "). Nothing was changed; free some space and try again.");
            }
        } catch (IOException e) {
            throw new HazardLogUnavailableException("Cannot tell how much disk space is free for " + log + ": " + e.getMessage(), e);
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Whether the log's disk has next to no room left (H2 reports a full disk as "store closed" once it gave up). */
    static boolean nearlyFull(HazardLogFile log) {
        try {
            return Files.getFileStore(log.file().toAbsolutePath().getParent()).getUsableSpace() < 1024 * 1024;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a failure is the disk being full, whichever layer reported it. */
    public static boolean isFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("Disk quota exceeded") || m.contains("not enough space"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
