package org.hazardlog.report.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;

/**
 * How lists are written in one cell and read back: one item per line. A control is
 * {@code • text [Status]} (with the party when it is not the category's usual one); a code
 * location is {@code path:12-30 — note}.
 */
final class CellText {

    private static final String BULLET = "\u2022 ";
    private static final String NOTE = " \u2014 ";
    private static final Pattern TRAILER = Pattern.compile("^(.*?)\\s*\\[([^\\[\\]]+)]$", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("^(.+?)(?::(\\d+)(?:-(\\d+))?)?$");

    private CellText() {
    }

    static String lines(List<String> items) {
        return String.join("\n", items);
    }

    static List<String> items(String cell) {
        List<String> out = new ArrayList<>();
        for (String line : cell.split("\\R")) {
            String t = stripBullet(line);
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static String stripBullet(String line) {
        return line.strip().replaceFirst("^(\u2022|[-*\u2013])\\s*", "").strip();
    }

    static String control(Control c) {
        String trailer = c.status().label();
        if (c.party() != c.category().usualParty()) {
            trailer += ", " + c.party().label();
        }
        return BULLET + c.text() + " [" + trailer + "]";
    }

    static String controls(List<Control> controls, ControlCategory category) {
        List<String> lines = new ArrayList<>();
        for (Control c : controls) {
            if (c.category() == category) {
                lines.add(control(c));
            }
        }
        return lines(lines);
    }

    /** Controls written one per line in a category column; a line without a known status is Proposed. */
    static List<Control> controls(String cell, ControlCategory category) {
        List<Control> out = new ArrayList<>();
        for (String item : items(cell)) {
            String text = item;
            ControlStatus status = ControlStatus.PROPOSED;
            ControlParty party = category.usualParty();
            Matcher m = TRAILER.matcher(item);
            if (m.matches()) {
                String[] parts = m.group(2).split(",");
                Optional<ControlStatus> s = Labels.status(parts[0]);
                Optional<ControlParty> p = parts.length > 1 ? Labels.party(parts[1]) : Optional.of(party);
                if (s.isPresent() && p.isPresent()) {
                    text = m.group(1);
                    status = s.get();
                    party = p.get();
                }
            }
            out.add(new Control(null, category, party, text, status, "", ""));
        }
        return out;
    }

    static String code(CodeLocation c) {
        return c.note() == null ? c.reference() : c.reference() + NOTE + c.note();
    }

    static CodeLocation code(String line) {
        String ref = line;
        String note = null;
        int at = line.indexOf(NOTE);
        if (at > 0) {
            ref = line.substring(0, at);
            note = line.substring(at + NOTE.length());
        }
        Matcher m = CODE.matcher(ref.strip());
        if (!m.matches()) {
            return new CodeLocation(ref, null, null, note);
        }
        Integer start = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer end = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        return new CodeLocation(m.group(1), start, end, note);
    }
}
