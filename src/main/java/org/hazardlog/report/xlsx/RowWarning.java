package org.hazardlog.report.xlsx;

import java.util.Objects;

import org.hazardlog.transfer.WarningKind;

/** Something read from a workbook that a person should check; what it is about is still imported. */
public record RowWarning(WarningKind kind, String message) {

    public RowWarning {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
