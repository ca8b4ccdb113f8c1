package org.hazardlog.transfer.markdown;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.transfer.ControlPlaceholders;
import org.hazardlog.transfer.Findings;
import org.hazardlog.transfer.WarningKind;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/**
 * Reads the "Hazard controls" section: control groups by category and party, the hand-edited
 * "Implemented" / "Planned" sub-headings, and each bullet with its nested sub-bullets as one
 * control. Text outside any group cannot be given a category without inventing one, so it is kept
 * as the action summary; under DCSP's "New hazard controls" it is controls, imported unassigned. Hazard-type names that a generator bug appends to the last list are
 * moved back to the hazard types.
 */
final class ControlsReader {

    /** What the section gave. */
    record Result(List<Control> controls, List<String> movedTypes, String uncategorised) {
    }

    private final HazardTypeTaxonomy taxonomy;

    ControlsReader(HazardTypeTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    private record Read(Control control, boolean explicit) {
    }

    Result read(Section section, boolean rendered, Collection<String> declaredTypes, Findings findings) {
        List<Read> controls = new ArrayList<>();
        List<String> uncategorised = new ArrayList<>();
        List<String> placeholders = new ArrayList<>();
        ControlNotation.Group group = null;
        ControlStatus groupStatus = null;
        int lastGroupStart = 0;
        List<String> chunk = new ArrayList<>();
        boolean fenced = false;
        boolean previousBlank = true;
        for (String line : section.body()) {
            String heading = null;
            if (!fenced) {
                if (!rendered) {
                    DocumentSplitter.Heading h = DocumentSplitter.heading(line);
                    heading = h == null ? null : h.text();
                } else if (previousBlank && (ControlNotation.group(line).isPresent()
                        || ControlNotation.statusGroup(line).isPresent())) {
                    heading = Lines.strip(line);
                }
            }
            if (DocumentSplitter.isFence(line)) {
                fenced = !fenced;
            }
            previousBlank = Lines.isBlank(line);
            if (heading == null) {
                chunk.add(line);
                continue;
            }
            addChunk(chunk, group, groupStatus, controls, uncategorised, placeholders);
            chunk.clear();
            Optional<ControlNotation.Group> g = ControlNotation.group(heading);
            Optional<ControlStatus> s = ControlNotation.statusGroup(heading);
            if (g.isPresent()) {
                group = g.get();
                groupStatus = null;
                lastGroupStart = controls.size();
            } else if (s.isPresent() && group != null) {
                groupStatus = s.get();
            } else if (group == null) {
                uncategorised.add(line);
            } else {
                findings.warn(WarningKind.UNKNOWN_SECTION, "sub-heading \"" + heading + "\" under \"" + group.heading()
                        + "\" says nothing HazardLog records; the controls under it are kept, the heading is not");
            }
        }
        addChunk(chunk, group, groupStatus, controls, uncategorised, placeholders);
        if (holdsNewControls(section)) {
            List<Read> unassigned = unassigned(uncategorised, placeholders);
            uncategorised.clear();
            controls.addAll(0, unassigned);
            lastGroupStart += unassigned.size();
            if (!unassigned.isEmpty()) {
                findings.warn(WarningKind.UNASSIGNED_CONTROLS, unassigned.size() + (unassigned.size() == 1 ? " control" : " controls")
                        + " under \"" + section.heading() + "\" " + (unassigned.size() == 1 ? "has" : "have")
                        + " no design, testing, training or business process heading: imported as unassigned controls,"
                        + " to be given a category at triage");
            }
        }

        if (!placeholders.isEmpty()) {
            findings.warn(WarningKind.PLACEHOLDER_CONTROL, String.join(", ", placeholders)
                    + (placeholders.size() == 1 ? " says" : " say") + " there is no control of that kind: not imported as "
                    + (placeholders.size() == 1 ? "a control" : "controls"));
        }
        List<String> moved = takeTrailingTypes(controls, lastGroupStart, declaredTypes, group, findings);
        String loose = Lines.joinTrimmed(uncategorised.stream().map(LineEscapes::unescape).toList());
        if (!loose.isEmpty()) {
            findings.warn(WarningKind.UNCATEGORISED_CONTROLS, "control text under \"" + section.heading()
                    + "\" is not under a design, testing, training or business process heading;"
                    + " it is kept as the action summary, not as controls");
        }
        return new Result(controls.stream().map(Read::control).toList(), moved, loose);
    }

    /**
     * The DCSP form's "New hazard controls" is plain text: each paragraph or list item is a control
     * someone proposed, with no category yet. They are controls, so they are imported as such,
     * unassigned, rather than hidden in the action summary where no report counts them.
     */
    private static boolean holdsNewControls(Section section) {
        return section.heading().toLowerCase(java.util.Locale.ROOT).contains("new hazard controls");
    }

    private static List<Read> unassigned(List<String> lines, List<String> placeholders) {
        List<Read> out = new ArrayList<>();
        for (ListItems.Item item : ListItems.split(lines)) {
            if (item.raw().startsWith("<!--")) {
                continue;
            }
            ControlNotation.Parts parts = ControlNotation.split(item.raw());
            if (ControlPlaceholders.isPlaceholder(parts.text()) && !parts.hasMetadata()) {
                placeholders.add("\"" + parts.text() + "\" under \"New hazard controls\"");
                continue;
            }
            ControlStatus status = parts.status().or(() -> ControlNotation.marks(parts.text())).orElse(ControlStatus.PROPOSED);
            out.add(new Read(new Control(null, ControlCategory.UNASSIGNED, ControlCategory.UNASSIGNED.usualParty(),
                    parts.text(), status, parts.owner(), parts.evidence()), parts.hasMetadata()));
        }
        return out;
    }

    private static void addChunk(List<String> chunk, ControlNotation.Group group, ControlStatus groupStatus,
                                 List<Read> controls, List<String> uncategorised, List<String> placeholders) {
        if (group == null) {
            uncategorised.addAll(chunk);
            return;
        }
        for (ListItems.Item item : ListItems.split(chunk)) {
            ControlNotation.Parts parts = ControlNotation.split(item.raw());
            if (ControlPlaceholders.isPlaceholder(parts.text()) && !parts.hasMetadata()) {
                placeholders.add("\"" + parts.text() + "\" under \"" + group.heading() + "\"");
                continue;
            }
            ControlStatus status = parts.status()
                    .or(() -> ControlNotation.marks(parts.text()))
                    .orElse(groupStatus == null ? ControlStatus.PROPOSED : groupStatus);
            controls.add(new Read(new Control(null, group.category(), group.party(), parts.text(), status,
                    parts.owner(), parts.evidence()), parts.hasMetadata()));
        }
    }

    private List<String> takeTrailingTypes(List<Read> controls, int lastGroupStart, Collection<String> declaredTypes,
                                           ControlNotation.Group group, Findings findings) {
        List<String> moved = new ArrayList<>();
        while (controls.size() > lastGroupStart) {
            Read last = controls.get(controls.size() - 1);
            String text = last.control().text();
            if (last.explicit() || !ControlNotation.isTypeName(text)
                    || !(taxonomy.contains(text) || declaredTypes.contains(text))) {
                break;
            }
            controls.remove(controls.size() - 1);
            moved.add(0, text);
        }
        for (String t : moved) {
            findings.warn(WarningKind.HAZARD_TYPE_AMONG_CONTROLS, "bullet \"" + t + "\" at the end of \""
                    + group.heading() + "\" is a hazard type, not a control (a known generator bug); moved to the hazard types");
        }
        return moved;
    }
}
