package org.hazardlog.code;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A location's path as written in the log, made into a path inside the repository: {@code ./} and
 * doubled slashes dropped, {@code a/../b} resolved. A path that leaves the repository (absolute, or
 * climbing above the root with {@code ..}) has no place in it.
 */
final class RepositoryPath {

    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("^[A-Za-z]:[/\\\\].*");

    private RepositoryPath() {
    }

    static Optional<String> of(String written) {
        if (written.startsWith("/") || WINDOWS_ABSOLUTE.matcher(written).matches()) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : written.split("/", -1)) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
    }
}
