package org.hazardlog.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

import org.hazardlog.domain.RiskScheme;
import org.hazardlog.scheme.RiskSchemeFile;

/**
 * An open hazard log file. Opening creates the file on first use, refuses files that are not
 * hazard logs or were written by a newer HazardLog (before anything is written to them), and
 * brings older logs up to date with the migrations in {@code db/migration}.
 *
 * <p>The file is opened with H2's automatic mixed mode: the first process opens it in place and
 * serves it to others, so the window and the command line can work on the same log at once.
 * Optimistic locking in {@link HazardRepository} keeps their edits from overwriting each other.
 */
public final class HazardLogDatabase implements AutoCloseable {

    private static final String USER = "hazardlog";
    private static final String HISTORY_TABLE = "flyway_schema_history";

    private final HazardLogFile file;
    private final Jdbi jdbi;
    /** Held open so that the embedded database stays open between operations. */
    private final Connection keepAlive;
    private boolean created;

    private HazardLogDatabase(HazardLogFile file, Jdbi jdbi, Connection keepAlive) {
        this.file = file;
        this.jdbi = jdbi;
        this.keepAlive = keepAlive;
    }

    /** Opens the log, creating it with the given risk scheme when the file does not exist yet. */
    public static HazardLogDatabase open(HazardLogFile file, RiskScheme schemeForNewLog) {
        file.checkIsDatabaseIfPresent();
        boolean isNew = !file.exists();
        if (isNew) {
            createParentFolder(file);
        }
        String url = "jdbc:h2:file:" + file.base() + ";AUTO_SERVER=TRUE";
        Connection keepAlive = connect(file, url);
        try {
            if (!isNew) {
                refuseForeignOrNewer(file, keepAlive);
            }
            migrate(file, url);
            Jdbi jdbi = Jdbi.create(url, USER, "");
            HazardLogDatabase db = new HazardLogDatabase(file, jdbi, keepAlive);
            db.created = db.initialiseIfEmpty(schemeForNewLog);
            return db;
        } catch (RuntimeException e) {
            closeQuietly(keepAlive);
            throw e;
        }
    }

    public static HazardLogDatabase open(HazardLogFile file) {
        return open(file, RiskSchemeFile.defaultScheme());
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
            throw new HazardLogUnavailableException(explain(file, e), e);
        }
    }

    /** Turns H2's error codes into what the user needs to know. */
    static String explain(HazardLogFile file, SQLException e) {
        switch (e.getErrorCode()) {
            case 90020: // DATABASE_ALREADY_OPEN
                return file + " is in use by another program that does not share it. Close that program and try again.";
            case 28000: // WRONG_USER_OR_PASSWORD
                return file + " is an H2 database, but not a hazard log (it belongs to another application).";
            case 90030: // FILE_CORRUPTED
            case 90048: // FILE_VERSION_ERROR
                return file + " is not a hazard log, or it is damaged: " + firstLine(e.getMessage());
            case 90096: // NOT_ENOUGH_RIGHTS
                return "Cannot open " + file + ": no permission.";
            default:
                String message = firstLine(e.getMessage());
                if (message.contains("ermission denied") || message.contains("AccessDenied") || message.contains("read only")) {
                    return "Cannot open " + file + ": no permission to write to it or its folder.";
                }
                return "Cannot open " + file + ": " + message;
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        int sqlState = line.lastIndexOf(" [");
        return sqlState > 0 ? line.substring(0, sqlState) : line;
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
            throw new HazardLogUnavailableException(explain(file, e), e);
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

    private static void migrate(HazardLogFile file, String url) {
        Flyway flyway = Flyway.configure()
                .dataSource(url, USER, "")
                .locations("classpath:db/migration")
                .load();
        try {
            MigrationInfo[] applied = flyway.info().applied();
            boolean newer = Arrays.stream(applied).anyMatch(m ->
                    m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED);
            if (newer) {
                String version = applied[applied.length - 1].getVersion().getVersion();
                throw new HazardLogUnavailableException(file + " was written by a newer version of HazardLog (log format "
                        + version + "). Update HazardLog to open it; the file has not been changed.");
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new HazardLogUnavailableException("Cannot bring " + file + " up to date: " + firstLine(e.getMessage()), e);
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

    /** Wraps a failure of the store during an operation in a user-facing message. */
    static RuntimeException failure(HazardLogFile file, JdbiException e) {
        if (e.getCause() instanceof SQLException sql) {
            return new HazardLogUnavailableException(explain(file, sql), e);
        }
        return new HazardLogUnavailableException("The hazard log " + file + " failed: " + e.getMessage(), e);
    }
}
