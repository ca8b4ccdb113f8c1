package org.hazardlog.transfer.export;

/**
 * An export that would write where it should not: into a folder of other files, over a file that
 * is not a HazardLog export, or onto a folder where a file is wanted. Nothing has been written.
 * {@link #overridable()} says whether the user may insist (the command line's {@code --force},
 * the window's "write anyway"): true when the worry is only that the place looks wrong.
 */
public final class ExportRefusedException extends RuntimeException {

    private final boolean overridable;

    public ExportRefusedException(String message, boolean overridable) {
        super(message);
        this.overridable = overridable;
    }

    public boolean overridable() {
        return overridable;
    }
}
