package org.hazardlog.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Jdbi;
import org.h2.jdbc.JdbcConnection;

import org.hazardlog.domain.RiskScheme;
import org.hazardlog.scheme.RiskSchemeFile;

/**
 * An open hazard log file. Opening refuses a missing file (only {@link #openOrCreate} makes a new
 * log), files that are not hazard logs or were written by a newer HazardLog (before anything is
 * written to them), and brings older logs up to date with the migrations in {@code db/migration}.
 *
 * <p>A log opened for writing uses H2's automatic mixed mode: the first process opens it in place
 * and serves it to others, so the window and the command line can work on the same log at once.
 * Optimistic locking in {@link HazardRepository} keeps their edits from overwriting each other. A
 * log opened for reading is opened read-only, so that reading never changes the file (a log kept in
 * git stays unmodified, a write-protected log can still be read); when another process holds the
 * log, the reader goes through that process instead.
 */
public final class HazardLogDatabase implements AutoCloseable {

    /** Whether the caller will change the log or only read it. */
    public enum Access { READ_ONLY, READ_WRITE }

    private static final String USER = "hazardlog";
    private static final String HISTORY_TABLE = "flyway_schema_history";
    /** H2's own trace file ({@code .trace.db}) would appear beside the log; messages go to the user instead. */
    private static final String NO_TRACE = ";TRACE_LEVEL_FILE=0";

    private final HazardLogFile file;
    private final Jdbi jdbi;
    /** Held open so that the embedded database stays open between operations. */
    private final Connection keepAlive;
    private final Access access;
    private boolean created;
    /**
     * Whether a failure is the process that held the log (and through which this one reached it)
     * closing it: H2 reports the session closed, the connection broken, or the database shut down.
     */
    public boolean lostHolder(Throwable e) {
        if (ownsFile(keepAlive) && !keepAliveBroken()) {
            return false;
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && HOLDER_GONE.contains(sql.getErrorCode())) {
                return true;
            }
        }
        return false;
    }

    private boolean keepAliveBroken() {
        try {
            return keepAlive.isClosed() || !keepAlive.isValid(1);
        } catch (SQLException e) {
            return true;
        }
    }

    /** CONNECTION_BROKEN_1, DATABASE_CALLED_AT_SHUTDOWN, DATABASE_IS_CLOSED. */
    private static final java.util.Set<Integer> HOLDER_GONE = java.util.Set.of(90067, 90121, 90098);

    /**
     * The sequence number of the newest audit event as the file now holds it, read afresh once the
     * process that held it has let go (waiting up to about ten seconds for it to finish closing);
     * empty when the file cannot be read.
     */
    public static java.util.OptionalLong auditHeadOnDisk(HazardLogFile file) {
        for (int attempt = 0; attempt < 40; attempt++) {
            try (HazardLogDatabase db = open(file, Access.READ_ONLY, false)) {
                return java.util.OptionalLong.of(db.jdbi.withHandle(h -> h.createQuery(
                        "SELECT last_seq FROM audit_head WHERE id = 1").mapTo(Long.class).findOne().orElse(0L)));
            } catch (RuntimeException e) {
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return java.util.OptionalLong.empty();
    }

    /** What opening had to do first, such as putting back a backup after an unfinished write; null if nothing. */
    private String recoveryNotice;

    private HazardLogDatabase(HazardLogFile file, Jdbi jdbi, Connection keepAlive, Access access) {
        this.file = file;
        this.jdbi = jdbi;
        this.keepAlive = keepAlive;
        this.access = access;
    }

    /** Opens an existing log for writing; a missing file is refused, never created. */
    public static HazardLogDatabase open(HazardLogFile file) {
        return open(file, Access.READ_WRITE);
    }

    /** Opens an existing log; a missing file is refused, never created. */
    public static HazardLogDatabase open(HazardLogFile file, Access access) {
        return open(file, access, true);
    }

    /**
     * Opens an existing log without refusing one whose audit head and events disagree, so that
     * {@code audit verify} can report how its trail is broken.
     */
    public static HazardLogDatabase openToInspect(HazardLogFile file) {
        return open(file, Access.READ_ONLY, false);
    }

    private static HazardLogDatabase open(HazardLogFile file, Access access, boolean refuseDamaged) {
        String notice = recoverUnfinishedWrite(file);
        file.checkIsDatabase();
        HazardLogDatabase db = access == Access.READ_ONLY ? openReadOnly(file)
                : openForWriting(file, sharedUrl(file) + ";IFEXISTS=TRUE", false, RiskSchemeFile.defaultScheme());
        db.recoveryNotice = notice;
        if (refuseDamaged) {
            try {
                db.refuseDamagedAuditHead();
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        }
        return db;
    }

    /** Puts back the backup of a large write that did not finish, or refuses while it is still running. */
    private static String recoverUnfinishedWrite(HazardLogFile file) {
        return WriteJournal.find(file).map(journal -> {
            if (journal.writerAlive()) {
                throw new HazardLogUnavailableException(file + " is being changed by another process (" + journal.what()
                        + ", started " + journal.started() + "). Try again when it has finished.");
            }
            return journal.recover();
        }).orElse(null);
    }

    /** Opens the log, creating it with the given risk scheme when the file does not exist yet. */
    public static HazardLogDatabase openOrCreate(HazardLogFile file, RiskScheme schemeForNewLog) {
        String notice = recoverUnfinishedWrite(file);
        file.checkIsDatabaseIfPresent();
        boolean isNew = !file.exists();
        if (!isNew) {
            HazardLogDatabase db = open(file, Access.READ_WRITE);
            db.recoveryNotice = notice;
            return db;
        }
        createParentFolder(file);
        // Creating runs every migration: journalled, so that a crash leaves no half-made log behind.
        WriteJournal journal = WriteJournal.begin(file, "creating the log", null);
        HazardLogDatabase db = openForWriting(file, sharedUrl(file), true, schemeForNewLog);
        db.checkpoint();
        journal.finish();
        db.recoveryNotice = notice;
        return db;
    }

    public static HazardLogDatabase openOrCreate(HazardLogFile file) {
        return openOrCreate(file, RiskSchemeFile.defaultScheme());
    }

    private static String sharedUrl(HazardLogFile file) {
        return "jdbc:h2:file:" + file.base() + ";AUTO_SERVER=TRUE" + NO_TRACE;
    }

    private static HazardLogDatabase openForWriting(HazardLogFile file, String url, boolean isNew, RiskScheme scheme) {
        Connection keepAlive = connect(file, url);
        try {
            if (!isNew) {
                refuseForeignOrNewer(file, keepAlive);
            }
            // A log already in this HazardLog's format needs nothing, and so no Flyway scan.
            if (isNew || !LogFormat.isCurrent(keepAlive)) {
                if (!isNew && needsMigration(file, url) && ownsFile(keepAlive)) {
                    migrateGuarded(file, url, keepAlive);
                } else {
                    migrate(file, url);
                }
            }
            Jdbi jdbi = Jdbi.create(url, USER, "");
            HazardLogDatabase db = new HazardLogDatabase(file, jdbi, keepAlive, Access.READ_WRITE);
            db.created = db.initialiseIfEmpty(scheme);
            return db;
        } catch (RuntimeException e) {
            closeQuietly(keepAlive);
            throw e;
        }
    }

    /**
     * Reads the file in place without writing a byte. If another process holds the log (its lock
     * file is there), the reader connects through that process, which owns the file anyway. A log
     * from an older HazardLog is brought up to date first: the one case where reading writes.
     */
    private static HazardLogDatabase openReadOnly(HazardLogFile file) {
        String url = "jdbc:h2:file:" + file.base() + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE" + NO_TRACE;
        Connection keepAlive;
        try {
            keepAlive = DriverManager.getConnection(url, USER, "");
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) { // held by another HazardLog: read through it
                url = sharedUrl(file) + ";IFEXISTS=TRUE";
                keepAlive = connect(file, url);
            } else {
                throw new HazardLogUnavailableException(StoreFailures.explain(file, e), e);
            }
        }
        try {
            refuseForeignOrNewer(file, keepAlive);
            if (!LogFormat.isCurrent(keepAlive) && needsMigration(file, url)) {
                closeQuietly(keepAlive);
                open(file, Access.READ_WRITE).close();
                return openReadOnly(file);
            }
            return new HazardLogDatabase(file, Jdbi.create(url, USER, ""), keepAlive, Access.READ_ONLY);
        } catch (RuntimeException e) {
            closeQuietly(keepAlive);
            throw e;
        }
    }

    /** Brings an older log up to date after a backup, under a journal, forced to disk before the journal goes. */
    private static void migrateGuarded(HazardLogFile file, String url, Connection keepAlive) {
        DiskSpace.requireRoomFor(file, "bringing the log up to date");
        Path backup = LogBackups.of(file).take(keepAlive, "upgrade");
        WriteJournal journal = WriteJournal.begin(file, "bringing the log up to date", backup);
        migrate(file, url);
        checkpoint(file, keepAlive);
        journal.finish();
    }

    /** Whether this process holds the file itself (rather than reaching it through the process that does). */
    private static boolean ownsFile(Connection connection) {
        try {
            return !connection.unwrap(JdbcConnection.class).getSession().isRemote();
        } catch (SQLException e) {
            return false;
        }
    }

    public boolean ownsFile() {
        return ownsFile(keepAlive);
    }

    /** Forces every committed change onto the disk; a success reported after this survives a crash or power loss. */
    public void checkpoint() {
        checkpoint(file, keepAlive);
    }

    private static void checkpoint(HazardLogFile file, Connection connection) {
        try (Statement s = connection.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw new HazardLogUnavailableException(StoreFailures.explainFailure(file, e), e);
        }
    }

    /** Takes a backup of the log as it is now; returns where. */
    Path backUp(String why) {
        return LogBackups.of(file).take(keepAlive, why);
    }

    /** Whether the store is still sound after a failed write: it can be forced to disk and its audit head holds. */
    boolean stillSound() {
        try {
            checkpoint();
            refuseDamagedAuditHead();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Refuses a log whose audit head and newest audit event disagree: a write that stored one
     * without the other, or a file damaged or edited outside HazardLog.
     */
    void refuseDamagedAuditHead() {
        jdbi.useHandle(h -> {
            var head = h.createQuery("SELECT last_seq, last_hash FROM audit_head WHERE id = 1")
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getString(2)}).findOne();
            Long newest = h.createQuery("SELECT MAX(seq) FROM audit_event").mapTo(Long.class).findOne().orElse(null);
            long headSeq = head.map(r -> (Long) r[0]).orElse(-1L);
            boolean agree;
            if (head.isEmpty()) {
                agree = false;
            } else if (newest == null) {
                agree = headSeq == 0;
            } else {
                String hash = h.createQuery("SELECT hash FROM audit_event WHERE seq = :seq").bind("seq", newest)
                        .mapTo(String.class).findOne().orElse("");
                agree = headSeq == newest && hash.equals(head.get()[1]);
            }
            if (!agree) {
                throw new HazardLogUnavailableException(file + " is damaged: its audit trail ends at event "
                        + (newest == null ? "0 (no events)" : newest) + " but its head " + (head.isEmpty() ? "is missing"
                        : "records event " + headSeq) + ". Restore from backup with `hazardlog restore` (backups are in "
                        + LogBackups.of(file).folder() + "); `hazardlog audit verify` shows more.");
            }
        });
    }

    /** What opening had to do first (such as restoring a backup after an unfinished write), for the user; null if nothing. */
    public String recoveryNotice() {
        return recoveryNotice;
    }

    /** Whether this log was opened only for reading. */
    public Access access() {
        return access;
    }

    private static void createParentFolder(HazardLogFile file) {
        try {
            Files.createDirectories(file.base().getParent());
        } catch (AccessDeniedException e) {
            throw new HazardLogUnavailableException("Cannot create " + file + ": no permission to write in "
                    + file.base().getParent() + ".", e);
        } catch (IOException e) {
            throw new HazardLogUnavailableException("Cannot create the folder for " + file + ": " + e.getMessage(), e);
        }
    }

    private static Connection connect(HazardLogFile file, String url) {
        try {
            return DriverManager.getConnection(url, USER, "");
        } catch (SQLException e) {
            throw new HazardLogUnavailableException(StoreFailures.explain(file, e), e);
        }
    }

    /** Checks an existing file before any migration touches it. */
    private static void refuseForeignOrNewer(HazardLogFile file, Connection connection) {
        try {
            DatabaseMetaData meta = connection.getMetaData();
            boolean hasHistory = tableExists(meta, HISTORY_TABLE);
            if (!hasHistory) {
                if (tableExists(meta, null)) {
                    throw new HazardLogUnavailableException(file + " is an H2 database, but not a hazard log.");
                }
                return; // an empty database: treated as a new log
            }
        } catch (SQLException e) {
            throw new HazardLogUnavailableException(StoreFailures.explain(file, e), e);
        }
    }

    private static boolean tableExists(DatabaseMetaData meta, String name) throws SQLException {
        try (ResultSet rs = meta.getTables(null, "PUBLIC", null, new String[] {"TABLE"})) {
            while (rs.next()) {
                if (name == null || rs.getString("TABLE_NAME").equalsIgnoreCase(name)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Flyway flyway(String url) {
        return Flyway.configure()
                .dataSource(url, USER, "")
                .locations("classpath:db/migration")
                .load();
    }

    private static void migrate(HazardLogFile file, String url) {
        Flyway flyway = flyway(url);
        try {
            refuseNewer(file, flyway);
            flyway.migrate();
        } catch (FlywayException e) {
            throw new HazardLogUnavailableException(StoreFailures.explainOpening(file, "bring", "up to date", e), e);
        }
    }

    private static boolean needsMigration(HazardLogFile file, String url) {
        Flyway flyway = flyway(url);
        try {
            refuseNewer(file, flyway);
            return flyway.info().pending().length > 0;
        } catch (FlywayException e) {
            throw new HazardLogUnavailableException(StoreFailures.explainOpening(file, "read", "", e), e);
        }
    }

    private static void refuseNewer(HazardLogFile file, Flyway flyway) {
        MigrationInfo[] applied = flyway.info().applied();
        boolean newer = Arrays.stream(applied).anyMatch(m ->
                m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
        if (newer) {
            String version = applied[applied.length - 1].getVersion().getVersion();
            throw new HazardLogUnavailableException(file + " was written by a newer version of HazardLog (log format "
                    + version + "). Update HazardLog to open it; the file has not been changed.");
        }
    }

    /** Returns whether the log was new: its creator becomes its first CSO. */
    private boolean initialiseIfEmpty(RiskScheme scheme) {
        return jdbi.inTransaction(h -> {
            Integer schemes = h.createQuery("SELECT COUNT(*) FROM risk_scheme").mapTo(Integer.class).one();
            if (schemes == 0) {
                new RiskSchemeRepository().save(h, scheme);
                h.createUpdate("INSERT INTO log_info (info_key, info_value) VALUES ('created', :at)")
                        .bind("at", Instant.now().toString())
                        .execute();
                return true;
            }
            return false;
        });
    }

    /** Whether opening created this log (rather than finding one). */
    public boolean created() {
        return created;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public HazardLogFile file() {
        return file;
    }

    @Override
    public void close() {
        closeQuietly(keepAlive);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a log that is already gone: nothing left to release
        }
    }
}
