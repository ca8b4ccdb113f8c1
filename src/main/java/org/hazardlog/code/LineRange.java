package org.hazardlog.code;

import java.util.Optional;

import org.hazardlog.domain.CodeLocation;

/** Lines {@code first} to {@code last} of a file, counted from 1, both included. */
public record LineRange(int first, int last) {

    public LineRange {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("no such line range: " + first + "-" + last);
        }
    }

    /** The lines a location names; empty when it names a whole file. {@code path:12} is line 12 alone. */
    public static Optional<LineRange> of(CodeLocation location) {
        if (location.startLine() == null) {
            return Optional.empty();
        }
        int last = location.endLine() == null ? location.startLine() : location.endLine();
        return Optional.of(new LineRange(location.startLine(), last));
    }

    public int lineCount() {
        return last - first + 1;
    }

    /** The same number of lines, starting elsewhere. */
    public LineRange startingAt(int newFirst) {
        return new LineRange(newFirst, newFirst + last - first);
    }

    /** As people write it: {@code 12} or {@code 12-30}. */
    @Override
    public String toString() {
        return first == last ? String.valueOf(first) : first + "-" + last;
    }
}
