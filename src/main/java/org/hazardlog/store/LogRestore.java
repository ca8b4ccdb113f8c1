package org.hazardlog.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;

import org.h2.jdbc.JdbcConnection;

/**
 * Puts a backup in the place of a log. The backup is checked first (a hazard log whose audit head
 * holds), the log must not be open anywhere, and the log it replaces is kept in the backups folder,
 * so a restore can itself be undone.
 */
public final class LogRestore {

    /** What a restore did, for the user. */
    public record Restored(Path from, Path replacedKeptAs, int hazards) {
    }

    private final HazardLogFile log;

    public LogRestore(HazardLogFile log) {
        this.log = log;
    }

    /** Restores from {@code from}, or from the newest backup when it is null. */
    public Restored restore(Path from) {
        LogBackups backups = LogBackups.of(log);
        Path source = from != null ? from.toAbsolutePath().normalize() : backups.newest().orElseThrow(() ->
                new HazardLogUnavailableException("No backups of " + log + " in " + backups.folder()
                        + ": name one with --from FILE."));
        if (source.equals(log.file())) {
            throw new HazardLogUnavailableException(source + " is the log itself: name a backup to restore from.");
        }
        int hazards = checkBackup(source);
        refuseIfInUse();
        try {
            Files.createDirectories(backups.folder());
            Path keptAs = null;
            if (Files.exists(log.file())) {
                keptAs = backups.folder().resolve(log.base().getFileName() + "-replaced-"
                        + Instant.now().toString().replace(":", "") + HazardLogFile.SUFFIX);
                LogBackups.copyClosed(log.file(), keptAs);
            }
            LogBackups.copyClosed(source, log.file());
            LogBackups.deleteQuietly(WriteJournal.pathOf(log));
            return new Restored(source, keptAs, hazards);
        } catch (IOException e) {
            throw new HazardLogUnavailableException("Cannot restore " + log + " from " + source + ": "
                    + (DiskSpace.isFull(e) ? "the disk is full" : e.getMessage()) + ". The log was not replaced.", e);
        }
    }

    /** Opens the backup read-only, as any log is checked on opening; returns its hazard count. */
    private static int checkBackup(Path source) {
        if (!Files.isRegularFile(source)) {
            throw new HazardLogUnavailableException("Cannot restore from " + source + ": there is no such file.");
        }
        try (HazardLogDatabase backup = HazardLogDatabase.open(HazardLogFile.at(source), HazardLogDatabase.Access.READ_ONLY)) {
            return backup.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM hazard").mapTo(Integer.class).one());
        } catch (HazardLogUnavailableException e) {
            throw new HazardLogUnavailableException("Cannot restore from " + source + ": " + e.getMessage(), e);
        }
    }

    /** A restore under a process that has the log open would be overwritten by it, or break it. */
    private void refuseIfInUse() {
        String inUse = log + " is open in another process (the window, or a command still running). Close it and "
                + "restore again; nothing was changed.";
        if (WriteJournal.find(log).map(WriteJournal::writerAlive).orElse(false)) {
            throw new HazardLogUnavailableException(inUse);
        }
        if (!Files.exists(log.file())) {
            return;
        }
        String base = "jdbc:h2:file:" + log.base() + ";IFEXISTS=TRUE;TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(base + ";ACCESS_MODE_DATA=r", "hazardlog", "")) {
            return;
        } catch (SQLException e) {
            if (e.getErrorCode() != 90020) {
                return; // a damaged or foreign file: it is being replaced, and is kept aside
            }
        }
        // A lock file is there: either a live process serves the log, or one that died left it.
        try (Connection c = DriverManager.getConnection(base + ";AUTO_SERVER=TRUE", "hazardlog", "")) {
            if (c.unwrap(JdbcConnection.class).getSession().isRemote()) {
                throw new HazardLogUnavailableException(inUse);
            }
        } catch (SQLException e) {
            throw new HazardLogUnavailableException(inUse, e);
        }
    }
}
