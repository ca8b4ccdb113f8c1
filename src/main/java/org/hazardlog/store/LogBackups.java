package org.hazardlog.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The automatic copies of a log, in the folder {@code NAME.backups} beside {@code NAME.mv.db}: one
 * is taken before every large write (an import or generation of many hazards) and before the log
 * format is brought up to date, and the newest {@value #KEPT} are kept. Each copy is a complete
 * log that HazardLog opens like any other.
 */
public final class LogBackups {

    /** How many automatic copies are kept; older ones are deleted when a new one is taken. */
    public static final int KEPT = 5;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final HazardLogFile log;

    private LogBackups(HazardLogFile log) {
        this.log = log;
    }

    public static LogBackups of(HazardLogFile log) {
        return new LogBackups(log);
    }

    public Path folder() {
        return log.base().resolveSibling(log.base().getFileName() + ".backups");
    }

    /** The automatic copies, newest first. */
    public List<Path> list() {
        Path folder = folder();
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        String prefix = log.base().getFileName() + "-";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*" + HazardLogFile.SUFFIX)) {
            files.forEach(found::add);
        } catch (IOException e) {
            throw new HazardLogUnavailableException("Cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        found.removeIf(p -> p.getFileName().toString().contains("-replaced-") || p.getFileName().toString().contains("-unfinished-"));
        found.sort(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed());
        return found;
    }

    public Optional<Path> newest() {
        return list().stream().findFirst();
    }

    /**
     * Takes a transactionally consistent copy through H2's own BACKUP (safe while other processes
     * use the log through this one), made durable before it is named, then drops the oldest copies.
     */
    Path take(Connection connection, String why) {
        Path folder = folder();
        Path copy = folder.resolve(log.base().getFileName() + "-" + STAMP.format(Instant.now()) + "-" + why + HazardLogFile.SUFFIX);
        Path zip = folder.resolve(".taking-" + ProcessHandle.current().pid() + ".zip");
        try {
            Files.createDirectories(folder);
            try (Statement s = connection.createStatement()) {
                s.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
            }
            Path unpacked = folder.resolve(".taking-" + ProcessHandle.current().pid() + HazardLogFile.SUFFIX);
            unzipOnly(zip, unpacked);
            Durable.move(unpacked, copy);
            prune();
            return copy;
        } catch (SQLException | IOException e) {
            throw new HazardLogUnavailableException(DiskSpace.isFull(e)
                    ? "Cannot back up " + log + " before changing it: the disk is full. Nothing was changed."
                    : "Cannot back up " + log + " before changing it (" + e.getMessage() + "). Nothing was changed.", e);
        } finally {
            deleteQuietly(zip);
            deleteQuietly(folder.resolve(".taking-" + ProcessHandle.current().pid() + HazardLogFile.SUFFIX));
        }
    }

    /**
     * Copies the log now, consistently even while others use it: into {@code to}, or into the
     * backups folder when {@code to} is null. Returns the copy.
     */
    public Path backUpNow(Path to) {
        Path target = to == null ? null : checkedTarget(to);
        try (HazardLogDatabase db = HazardLogDatabase.open(log, HazardLogDatabase.Access.READ_WRITE)) {
            Path copy = db.backUp("backup");
            if (target == null) {
                return copy;
            }
            try {
                copyClosed(copy, target);
            } catch (IOException e) {
                throw new HazardLogUnavailableException("Cannot write " + target + ": "
                        + (DiskSpace.isFull(e) ? "the disk is full" : e.getMessage()) + ". The copy in " + copy + " is complete.", e);
            }
            return target;
        }
    }

    /** Refuses a target that exists or whose folder does not, before any copy is taken. */
    private static Path checkedTarget(Path to) {
        Path target = to.toAbsolutePath().normalize();
        if (!target.getFileName().toString().endsWith(HazardLogFile.SUFFIX)) {
            target = target.resolveSibling(target.getFileName() + HazardLogFile.SUFFIX);
        }
        if (Files.exists(target)) {
            throw new HazardLogUnavailableException(target + " already exists; a backup never overwrites a file.");
        }
        if (!Files.isDirectory(target.getParent())) {
            throw new HazardLogUnavailableException("Cannot write " + target + ": the folder " + target.getParent()
                    + " does not exist.");
        }
        return target;
    }

    /** Copies a log that no process has open (the backup command does this on a closed log too). */
    static void copyClosed(Path from, Path to) throws IOException {
        Path temp = to.resolveSibling(".copying-" + ProcessHandle.current().pid() + "-" + to.getFileName());
        try {
            Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
            Durable.move(temp, to);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void unzipOnly(Path zip, Path to) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.getName().endsWith(HazardLogFile.SUFFIX)) {
                    try (OutputStream out = Files.newOutputStream(to)) {
                        in.transferTo(out);
                    }
                    try (FileChannel c = FileChannel.open(to, StandardOpenOption.WRITE)) {
                        c.force(true);
                    }
                    return;
                }
            }
        }
        throw new IOException("H2's backup held no log file");
    }

    private void prune() throws IOException {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(KEPT, all.size()), all.size())) {
            Files.deleteIfExists(old);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file; the next backup overwrites it
        }
    }

    /** Whether the stream starts like a log (for a file named to restore from). */
    static boolean looksLikeLog(InputStream in) throws IOException {
        byte[] head = in.readNBytes(4);
        return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("H:2,");
    }
}
