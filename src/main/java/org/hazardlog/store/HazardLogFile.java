package org.hazardlog.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Where a hazard log lives on disk. H2 keeps a database named {@code x} in the file {@code x.mv.db};
 * users may name either, so both resolve to the same log.
 */
public final class HazardLogFile {

    public static final String SUFFIX = ".mv.db";
    /** Every H2 MVStore file starts with this header. */
    private static final String H2_HEADER = "H:2,";

    private final Path base;

    private HazardLogFile(Path base) {
        this.base = base;
    }

    /** The log a user named by path, with or without the {@code .mv.db} ending. */
    public static HazardLogFile at(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (name.endsWith(SUFFIX)) {
            absolute = absolute.resolveSibling(name.substring(0, name.length() - SUFFIX.length()));
        } else if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            // A file given as it is, without the ending: it can only be a log if it is one.
            throw new HazardLogUnavailableException(absolute + " is not a hazard log: hazard log files end in "
                    + SUFFIX + ", and " + describe(absolute) + ".");
        }
        return new HazardLogFile(absolute);
    }

    /** The log used when none is named: {@code ~/.hazardlog/hazardlog}, unless HAZARDLOG_DB says otherwise. */
    public static HazardLogFile defaultLog() {
        String fromEnv = System.getenv("HAZARDLOG_DB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return at(Path.of(fromEnv));
        }
        return at(Path.of(System.getProperty("user.home"), ".hazardlog", "hazardlog"));
    }

    /** The name H2 is given (without the ending). */
    public Path base() {
        return base;
    }

    /** The file on disk. */
    public Path file() {
        return base.resolveSibling(base.getFileName() + SUFFIX);
    }

    public boolean exists() {
        return Files.exists(file());
    }

    /** The name shown to users, such as in the window title. */
    public String displayName() {
        return file().getFileName().toString();
    }

    /** Refuses a file that exists but is not an H2 database, before H2 gets the chance to touch it. */
    void checkIsDatabaseIfPresent() {
        if (Files.exists(file(), LinkOption.NOFOLLOW_LINKS) || Files.exists(file())) {
            checkIsDatabase();
        }
    }

    /**
     * Refuses a log that is missing (opening never creates one by accident: a mistyped path must not
     * become an empty log that every check then passes), that is not a regular file (a FIFO would
     * block the read below for ever, a folder or device is no log), or that is not an H2 database.
     */
    void checkIsDatabase() {
        Path f = file();
        if (!Files.exists(f)) {
            throw new HazardLogUnavailableException("No hazard log at " + f + ". Create one with `hazardlog new --cso NAME`"
                    + " (or File > New in the window), or check the path.");
        }
        if (!Files.isRegularFile(f)) {
            throw new HazardLogUnavailableException(f + " is not a hazard log: it is " + kindOf(f) + ", not a file.");
        }
        if (!Files.isReadable(f)) {
            throw new HazardLogUnavailableException("Cannot open " + f + ": you do not have permission to read it.");
        }
        if (!startsWithH2Header(f)) {
            throw new HazardLogUnavailableException(f + " is not a hazard log (" + describe(f) + ").");
        }
    }

    private static String kindOf(Path f) {
        if (Files.isDirectory(f)) {
            return "a folder";
        }
        try {
            Object kind = Files.readAttributes(f, "unix:mode").get("mode");
            if (kind instanceof Integer mode) {
                switch (mode & 0170000) {
                    case 0010000: return "a named pipe (FIFO)";
                    case 0020000: return "a character device";
                    case 0060000: return "a block device";
                    case 0140000: return "a socket";
                    default: break;
                }
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            // no unix attributes on this system: the generic description below is enough
        }
        return "a special file";
    }

    private static boolean startsWithH2Header(Path f) {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] head = in.readNBytes(H2_HEADER.length());
            return new String(head, StandardCharsets.ISO_8859_1).equals(H2_HEADER);
        } catch (IOException e) {
            throw new HazardLogUnavailableException("Cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    private static String describe(Path f) {
        try {
            long size = Files.size(f);
            return size == 0 ? "the file is empty" : "its contents are not a HazardLog database";
        } catch (IOException e) {
            return "it cannot be read";
        }
    }

    @Override
    public String toString() {
        return file().toString();
    }
}
