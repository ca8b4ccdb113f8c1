package org.hazardlog.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The mark a large write leaves beside the log ({@code NAME.journal}) while it runs. H2 writes a
 * large transaction to the file in pieces before and during its commit, so a process killed then,
 * or a disk that fills, can leave a log holding part of the write. The journal names the backup
 * taken just before; it is removed only once the commit is forced to disk. A journal found when
 * opening therefore means the write did not finish, and {@link #recover} puts the backup back.
 */
final class WriteJournal {

    private static final String NEW_LOG = "none: the write created the log";

    private final HazardLogFile log;
    private final Properties entry;

    private WriteJournal(HazardLogFile log, Properties entry) {
        this.log = log;
        this.entry = entry;
    }

    static Path pathOf(HazardLogFile log) {
        return log.base().resolveSibling(log.base().getFileName() + ".journal");
    }

    /** Durably records that {@code what} starts now, with the backup that undoes it (null: the log is new). */
    static WriteJournal begin(HazardLogFile log, String what, Path backup) {
        Properties p = new Properties();
        ProcessHandle self = ProcessHandle.current();
        p.setProperty("what", what);
        p.setProperty("started", Instant.now().toString());
        p.setProperty("pid", Long.toString(self.pid()));
        p.setProperty("processStarted", self.info().startInstant().map(Instant::toString).orElse(""));
        p.setProperty("backup", backup == null ? NEW_LOG : backup.toString());
        Path journal = pathOf(log);
        Path temp = journal.resolveSibling(journal.getFileName() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(w, "HazardLog: a large write to " + log.displayName() + " is in progress");
            }
            Durable.move(temp, journal);
        } catch (IOException e) {
            LogBackups.deleteQuietly(temp);
            throw new HazardLogUnavailableException(DiskSpace.isFull(e)
                    ? "Cannot start " + what + " in " + log + ": the disk is full. Nothing was changed."
                    : "Cannot start " + what + " in " + log + ": " + e.getMessage() + ". Nothing was changed.", e);
        }
        return new WriteJournal(log, p);
    }

    static Optional<WriteJournal> find(HazardLogFile log) {
        Path journal = pathOf(log);
        if (!Files.exists(journal)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(journal, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new HazardLogUnavailableException(log + " may be damaged: an unfinished write left " + journal
                    + ", which cannot be read (" + e.getMessage() + "). Restore from backup with `hazardlog restore`.", e);
        }
        return Optional.of(new WriteJournal(log, p));
    }

    /** The write finished and is on disk: the mark goes. */
    void finish() {
        try {
            Files.deleteIfExists(pathOf(log));
            Durable.forceFolder(pathOf(log).toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new HazardLogUnavailableException("The change to " + log + " is saved, but its journal " + pathOf(log)
                    + " could not be removed (" + e.getMessage() + "); delete it by hand before opening the log again.", e);
        }
    }

    String what() {
        return entry.getProperty("what", "a large write");
    }

    String started() {
        return entry.getProperty("started", "an unknown time");
    }

    /** Whether the process that wrote the journal is still running (the same process id started at the same time). */
    boolean writerAlive() {
        long pid;
        try {
            pid = Long.parseLong(entry.getProperty("pid", ""));
        } catch (NumberFormatException e) {
            return false;
        }
        if (pid == ProcessHandle.current().pid()) {
            return false; // this process: its own write failed and its database is closed before recovery
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().startInstant().map(Instant::toString).orElse("").equals(entry.getProperty("processStarted", "")))
                .isPresent();
    }

    /**
     * Puts the log back as it was before the unfinished write: the half-written file is moved into
     * the backups folder (kept for inspection) and the backup copied in its place. Returns what was
     * done, for the user.
     */
    String recover() {
        String backup = entry.getProperty("backup", "");
        LogBackups backups = LogBackups.of(log);
        Path aside = backups.folder().resolve(log.base().getFileName() + "-unfinished-"
                + Instant.now().toString().replace(":", "") + HazardLogFile.SUFFIX);
        String stopped = "The last change to " + log + " (" + what() + ", started " + started() + ") did not finish";
        try {
            if (!backup.equals(NEW_LOG) && !Files.isRegularFile(Path.of(backup))) {
                throw new HazardLogUnavailableException(stopped + ", and the backup taken before it (" + backup
                        + ") is missing: the log may be damaged. Restore from backup with `hazardlog restore`.");
            }
            Files.createDirectories(backups.folder());
            if (Files.exists(log.file())) {
                Files.move(log.file(), aside);
                Durable.forceFolder(log.file().getParent());
            }
            LogBackups.deleteQuietly(log.base().resolveSibling(log.base().getFileName() + ".lock.db"));
            String result;
            if (backup.equals(NEW_LOG)) {
                result = stopped + "; it was creating the log, so there is no log now. The half-made file was moved to "
                        + aside + ".";
            } else {
                String kept = "; the unfinished file was kept as " + aside + ".";
                try {
                    LogBackups.copyClosed(Path.of(backup), log.file());
                } catch (IOException e) {
                    if (!DiskSpace.isFull(e) || !Files.exists(aside)) {
                        throw e;
                    }
                    // The half-written file is what fills the disk: it holds nothing the backup lacks.
                    Files.delete(aside);
                    LogBackups.copyClosed(Path.of(backup), log.file());
                    kept = "; the unfinished file was deleted to make room on the full disk.";
                }
                result = stopped + ". The log was put back as it was before it, from " + backup + kept;
            }
            finish();
            return result;
        } catch (IOException e) {
            throw new HazardLogUnavailableException(stopped + ", and putting back the backup " + backup + " failed ("
                    + (DiskSpace.isFull(e) ? "the disk is full" : e.getMessage()) + "). Free some space or fix the cause and"
                    + " open the log again, or restore from backup with `hazardlog restore`.", e);
        }
    }
}
