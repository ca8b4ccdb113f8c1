package org.hazardlog.transfer;

import java.nio.file.Path;
import java.util.Objects;

/** Something a person should check in an imported file; the file is still usable. */
public record ImportWarning(Path source, WarningKind kind, String message) {

    public ImportWarning {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return source + ": " + message;
    }
}
