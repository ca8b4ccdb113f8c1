package org.hazardlog.domain;

/**
 * A place in the code base that a hazard is about: a path (or glob), an optional line range and
 * an optional note such as the name of the function.
 */
public record CodeLocation(String path, Integer startLine, Integer endLine, String note) {

    public CodeLocation {
        path = Text.require("code location path", path, Text.MAX_LINE);
        note = Text.nullable("code location note", note, Text.MAX_TEXT);
        if (startLine != null && startLine < 1) {
            throw new InvalidValueException("code location start line must be 1 or more, not " + startLine);
        }
        if (endLine != null && startLine == null) {
            throw new InvalidValueException("code location " + path + " has an end line but no start line");
        }
        if (endLine != null && endLine < startLine) {
            throw new InvalidValueException("code location " + path + " ends (line " + endLine
                    + ") before it starts (line " + startLine + ")");
        }
    }

    public static CodeLocation of(String path) {
        return new CodeLocation(path, null, null, null);
    }

    /** The usual written form: {@code path}, {@code path:12} or {@code path:12-30}. */
    public String reference() {
        if (startLine == null) {
            return path;
        }
        if (endLine == null || endLine.equals(startLine)) {
            return path + ":" + startLine;
        }
        return path + ":" + startLine + "-" + endLine;
    }
}
