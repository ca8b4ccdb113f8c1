package org.hazardlog.store;

import java.sql.SQLException;
import java.util.Set;

import org.jdbi.v3.core.JdbiException;

/**
 * Turns what H2 and the migration library throw into sentences a user can act on: which file, what
 * happened to it (in use, busy, damaged, write-protected, disk full) and what to do next. Kept apart
 * from opening and writing so that every path through the store words a failure the same way.
 */
public final class StoreFailures {

    private StoreFailures() {
    }

    /** What went wrong with the log during an operation, in words for the user; nothing was changed. */
    public static String explainFailure(HazardLogFile file, SQLException e) {
        String why = explain(file, e);
        return why.startsWith("Cannot open ") ? "The hazard log " + file + " could not complete the operation: "
                + why.substring(("Cannot open " + file + ": ").length()) : why;
    }

    /**
     * What went wrong when checking or upgrading the log's format on opening, without the wording of
     * the migration library: a full disk says so; otherwise the database's own failure, or failing
     * that the innermost cause, names what happened to the file.
     */
    static String explainOpening(HazardLogFile file, String verb, String rest, RuntimeException e) {
        if (diskFull(file, e)) {
            return diskFullMessage(file);
        }
        SQLException sql = sqlCause(e);
        if (sql != null) {
            return explain(file, sql);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String what = "Cannot " + verb + " " + file + (rest.isEmpty() ? "" : " " + rest);
        return root == e
                ? what + ": its record of log format upgrades is unreadable or inconsistent (" + firstLine(e.getMessage()) + ")."
                : what + ": " + firstLine(root.getMessage());
    }

    /**
     * Whether a failure is the disk filling: an "out of space" anywhere in the chain, or an H2
     * write or I/O failure (which H2 reports as a general I/O error or a closed store once it gave
     * up) while the log's disk has next to no room left.
     */
    static boolean diskFull(HazardLogFile file, Throwable e) {
        if (DiskSpace.isFull(e)) {
            return true;
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && WRITE_FAILURES.contains(sql.getErrorCode())) {
                return DiskSpace.nearlyFull(file);
            }
        }
        return false;
    }

    /** H2's codes for failing to write or sync its file: IO_EXCEPTION_1/2, FILE_CREATION_FAILED, DATABASE_IS_CLOSED. */
    private static final Set<Integer> WRITE_FAILURES = Set.of(90028, 90031, 90062, 90098);

    static String diskFullMessage(HazardLogFile file) {
        return "Cannot write " + file + ": the disk is full. Nothing was changed; free some space and try again.";
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** Turns H2's error codes into what the user needs to know. */
    static String explain(HazardLogFile file, SQLException e) {
        String message = firstLine(e.getMessage());
        if (DiskSpace.isFull(e)) {
            return diskFullMessage(file);
        }
        switch (e.getErrorCode()) {
            case 90020: // DATABASE_ALREADY_OPEN
                return file + " is in use by another process. Try again when it has finished"
                        + " (a program that does not share the log must be closed first).";
            case 50200: // LOCK_TIMEOUT
                return file + " is busy: another process is writing to it. Try again in a moment.";
            case 90067: // CONNECTION_BROKEN
                return file + " is in use by another process that is just closing it. Try again in a moment.";
            case 28000: // WRONG_USER_OR_PASSWORD
                return file + " is an H2 database, but not a hazard log (it belongs to another application).";
            case 90030: // FILE_CORRUPTED
            case 90048: // FILE_VERSION_ERROR
                return file + " is not a hazard log, or it is damaged: " + message;
            case 90096: // NOT_ENOUGH_RIGHTS
                return "Cannot open " + file + ": no permission.";
            case 50100: // FEATURE_NOT_SUPPORTED: H2 found the file read-only and cannot share it
                if (message.contains("AUTO_SERVER") && message.contains("readOnly")) {
                    return "Cannot change " + file + ": the file or its disk is write-protected"
                            + " (commands that only read, such as list and export, still work).";
                }
                return "Cannot open " + file + ": " + message;
            case 90097: // DATABASE_IS_READ_ONLY
                return "Cannot change " + file + ": it was opened only for reading, or the file is write-protected.";
            case 90146: // DATABASE_NOT_FOUND_WITH_IF_EXISTS
            case 90013: // DATABASE_NOT_FOUND
                return "No hazard log at " + file + ". Create one with `hazardlog new --cso NAME`.";
            default:
                if (message.contains("EOFException") || message.contains("Connection is broken")) {
                    return file + " is in use by another process that is just closing it. Try again in a moment.";
                }
                if (diskFull(file, e)) {
                    return diskFullMessage(file);
                }
                if (message.contains("ermission denied") || message.contains("AccessDenied") || message.contains("read only")
                        || message.contains("Read-only file system")) {
                    return "Cannot write " + file + ": no permission to write to it or its folder"
                            + " (commands that only read, such as list and export, still work).";
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

    /** Wraps a failure of the store during an operation in a user-facing message. */
    static RuntimeException failure(HazardLogFile file, JdbiException e) {
        if (e.getCause() instanceof SQLException sql) {
            return new HazardLogUnavailableException(explain(file, sql), e);
        }
        return new HazardLogUnavailableException("The hazard log " + file + " failed: " + e.getMessage(), e);
    }
}
