package org.hazardlog.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.InvalidValueException;

/** One code location being edited; line numbers are text until saved so that any typing is kept. */
final class LocationRow {

    final StringProperty path;
    final StringProperty startLine;
    final StringProperty endLine;
    final StringProperty note;

    LocationRow(CodeLocation l) {
        path = new SimpleStringProperty(l.path());
        startLine = new SimpleStringProperty(l.startLine() == null ? "" : String.valueOf(l.startLine()));
        endLine = new SimpleStringProperty(l.endLine() == null ? "" : String.valueOf(l.endLine()));
        note = new SimpleStringProperty(l.note() == null ? "" : l.note());
    }

    static LocationRow blank() {
        LocationRow r = new LocationRow(CodeLocation.of("path"));
        r.path.set("");
        return r;
    }

    CodeLocation toLocation() {
        return new CodeLocation(path.get(), line("start", startLine.get()), line("end", endLine.get()), note.get());
    }

    private Integer line(String which, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("code location " + path.get() + ": " + which + " line \"" + t + "\" "
                    + (t.matches("\\d+") ? "is too large (lines are counted from 1 to " + Integer.MAX_VALUE + ")"
                    : "is not a number"));
        }
    }
}
