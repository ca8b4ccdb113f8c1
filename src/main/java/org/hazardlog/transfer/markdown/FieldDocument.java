package org.hazardlog.transfer.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One hazard of a file written as fields (a field table, bold labels) turned into the sections a
 * Quill or DCSP file has, so that every form is read by the same rules. Control groups become
 * sub-headings of one controls section; controls given without a group are under "New hazard
 * controls", which makes them unassigned controls for triage rather than guessing a category.
 */
final class FieldDocument {

    /** "H-001", "HAZ 12", "UKCore-D-003", "7": the number at the end. */
    private static final Pattern ID = Pattern.compile("^(?:[A-Za-z]+[-_ ]?)*0*(\\d{1,9})$");

    private final List<Section> sections = new ArrayList<>();
    private final List<String> looseControls = new ArrayList<>();
    private final List<String> groupedControls = new ArrayList<>();
    private int controlsLine = -1;

    /** A field as written: its label, its value's lines (Markdown), and the line of the file it is on. */
    void add(String label, List<String> value, int line) {
        String clean = SectionKey.normalise(label);
        if (ControlNotation.group(label).isPresent()) {
            groupedControls.add("#### " + label.strip().replaceAll(":$", ""));
            groupedControls.addAll(value);
            groupedControls.add("");
            controlsLine = controlsLine < 0 ? line : controlsLine;
            return;
        }
        Optional<SectionKey> key = FieldLabels.of(clean);
        if (key.isPresent() && key.get() == SectionKey.CONTROLS) {
            looseControls.addAll(value);
            looseControls.add("");
            controlsLine = controlsLine < 0 ? line : controlsLine;
            return;
        }
        if (key.isPresent() && key.get() == SectionKey.NUMBER) {
            value = value.stream().map(FieldDocument::numberOf).toList();
        }
        sections.add(new Section(key.orElse(null), label.strip(), line, value));
    }

    boolean has(SectionKey key) {
        return sections.stream().anyMatch(s -> s.key() == key);
    }

    /** Whether a number field holds a hazard number (digits once the ID's letters are taken off). */
    boolean hasNumber() {
        return sections.stream().anyMatch(s -> s.key() == SectionKey.NUMBER && s.text().matches("\\d{1,9}"));
    }

    boolean isEmpty() {
        return sections.isEmpty() && controlsLine < 0;
    }

    HazardDocument document() {
        List<Section> all = new ArrayList<>(sections);
        if (controlsLine >= 0) {
            List<String> body = new ArrayList<>(looseControls);
            body.addAll(groupedControls);
            all.add(new Section(SectionKey.CONTROLS, "New hazard controls", controlsLine, body));
        }
        return new HazardDocument(2, all, List.of());
    }

    /** The number in a hazard ID; an ID without one is left as written, to be refused with its words. */
    static String numberOf(String id) {
        Matcher m = ID.matcher(Lines.plain(id).strip());
        return m.matches() ? m.group(1) : id;
    }

    /** Whether text is a hazard ID such as "H-001" (and so starts a hazard's heading). */
    static boolean isId(String text) {
        return ID.matcher(text.strip()).matches() && text.strip().chars().anyMatch(Character::isLetter);
    }
}
