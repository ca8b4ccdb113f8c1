package org.hazardlog.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import org.hazardlog.code.CodeUnavailableException;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.report.ReportException;
import org.hazardlog.store.DiskSpace;
import org.hazardlog.store.HazardLogUnavailableException;
import org.hazardlog.store.StaleEditException;

/**
 * Prints the failures a user can cause as one plain message on stderr, not a stack trace, and
 * gives them exit code 1. Anything else is a defect of HazardLog and says so.
 */
final class UserErrors implements IExecutionExceptionHandler {

    static boolean isUserError(Throwable e) {
        return e instanceof HazardLogUnavailableException
                || e instanceof InvalidValueException
                || e instanceof StaleEditException
                || e instanceof RefusedException
                || e instanceof CodeUnavailableException
                || e instanceof AccessRefusedException
                || e instanceof ReportException;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (isUserError(e)) {
            cli.getErr().println("hazardlog: " + e.getMessage());
        } else if (DiskSpace.isFull(e)) {
            // A full disk is the machine's state, not a defect, wherever it surfaced.
            cli.getErr().println("hazardlog: the disk is full: " + e.getMessage()
                    + ". Free some space and try again.");
        } else {
            cli.getErr().println("hazardlog: internal error (please report it): " + e);
            e.printStackTrace(cli.getErr());
        }
        cli.getErr().flush();
        return HazardLogCommand.REFUSED;
    }
}
