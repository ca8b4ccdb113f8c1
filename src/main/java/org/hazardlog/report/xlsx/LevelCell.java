package org.hazardlog.report.xlsx;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.ScaleLevel;

/**
 * Reads a likelihood or severity cell: a number ("3"), the option line the workbook writes
 * ("3 - Medium"), a level name ("Medium"), or blank / "TBC" for not scored.
 */
final class LevelCell {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)(?:\\.0+)?(?:\\s*[-:\u2013\u2014].*)?$", Pattern.DOTALL);

    private LevelCell() {
    }

    static Integer read(String what, String cell, List<ScaleLevel> scale) {
        String t = cell.strip();
        if (t.isEmpty() || t.toUpperCase(Locale.ROOT).startsWith("TBC")) {
            return null;
        }
        Matcher m = LEADING_NUMBER.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group(1));
            if (n < 1 || n > scale.size()) {
                throw new InvalidValueException(what + " " + n + " is not in the risk scheme (1-" + scale.size() + ")");
            }
            return n;
        }
        for (ScaleLevel l : scale) {
            if (l.name().equalsIgnoreCase(t)) {
                return l.number();
            }
        }
        throw new InvalidValueException(what + " \"" + t + "\" is not a level of the risk scheme (1-" + scale.size()
                + ", " + scale.get(0).name() + " to " + scale.get(scale.size() - 1).name() + ")");
    }
}
