package org.hazardlog.transfer.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.ThematicBreak;

/**
 * Hazard drafts written with bold labels instead of headings: {@code **Hazard name:** Wrong
 * patient shown}, a value on the same line or in the lists and paragraphs below it, up to the next
 * label. Several labels may share one paragraph, a line each. A file may hold several drafts: a
 * heading, a rule, or a label the current draft already has starts the next one.
 */
final class BoldLabelDrafts {

    /** {@code **Label:** value}, {@code **Label**: value}, and the same with {@code __}. */
    private static final Pattern LABEL = Pattern.compile("^\\s{0,3}(\\*\\*|__)([^*_]+?)(\\1)\\s*:?\\s*(.*)$");

    private BoldLabelDrafts() {
    }

    /** The drafts, or an empty list when no paragraph starts with the bold label of a hazard field. */
    static List<FieldEntry> read(Node document, List<String> lines, List<String> outside) {
        List<FieldEntry> entries = new ArrayList<>();
        String heading = null;
        int headingLine = 0;
        Draft draft = null;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h) {
                draft = finish(draft, entries);
                heading = CommonMarkText.inline(h);
                headingLine = CommonMarkText.lineOf(h);
                continue;
            }
            if (n instanceof ThematicBreak) {
                draft = finish(draft, entries);
                heading = null;
                continue;
            }
            List<String> source = CommonMarkText.sourceLines(n, lines);
            int first = CommonMarkText.lineOf(n);
            boolean outsideNoted = false;
            // Line by line: a label line may sit in a list's lazy continuation when no blank line precedes it.
            for (int i = 0; i < source.size(); i++) {
                Optional<String[]> label = label(source.get(i));
                if (label.isPresent()) {
                    String name = label.get()[0];
                    if (draft != null && draft.has(name)) {
                        draft = finish(draft, entries);
                        heading = null;
                    }
                    if (draft == null) {
                        draft = new Draft(new FieldEntry(heading, heading == null ? first + i : headingLine));
                        heading = null;
                    }
                    draft.start(name, first + i);
                    if (!label.get()[1].isBlank()) {
                        draft.value.add(label.get()[1]);
                    }
                } else if (draft != null && draft.label != null) {
                    if (i == 0 && !draft.value.isEmpty()) {
                        draft.value.add("");
                    }
                    draft.value.add(source.get(i));
                } else if (!outsideNoted) {
                    outside.add("text at line " + (first + i));
                    outsideNoted = true;
                }
            }
        }
        finish(draft, entries);
        return entries;
    }

    /** The label and the rest of the line, for a line that starts with the bold label of a known field. */
    private static Optional<String[]> label(String line) {
        Matcher m = LABEL.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(2).strip().replaceAll(":$", "").strip();
        return FieldLabels.isKnown(name) ? Optional.of(new String[] {name, m.group(4)}) : Optional.empty();
    }

    private static Draft finish(Draft draft, List<FieldEntry> entries) {
        if (draft != null) {
            draft.close();
            if (!draft.entry.fields.isEmpty()) {
                entries.add(draft.entry);
            }
        }
        return null;
    }

    /** The draft being read and its field being read. */
    private static final class Draft {
        final FieldEntry entry;
        final Set<String> seen = new HashSet<>();
        String label;
        int line;
        List<String> value = new ArrayList<>();

        Draft(FieldEntry entry) {
            this.entry = entry;
        }

        boolean has(String name) {
            return seen.contains(SectionKey.normalise(name));
        }

        void start(String name, int at) {
            close();
            label = name;
            line = at;
            seen.add(SectionKey.normalise(name));
        }

        void close() {
            if (label != null) {
                entry.fields.add(label, List.copyOf(value), line);
            }
            label = null;
            value = new ArrayList<>();
        }
    }
}
