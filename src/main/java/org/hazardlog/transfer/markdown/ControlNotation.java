package org.hazardlog.transfer.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlParty;
import org.hazardlog.domain.ControlStatus;

/**
 * How a control's category, party, status, owner and evidence are written around its text, shared
 * by the reader and the writer so that a written control reads back identically.
 *
 * <p>Category and party come from the group heading ("Design controls (manufacturer)"). Status
 * comes, in this order, from a trailing {@code - Status: Implemented} sub-bullet, from marks in the
 * text's first line (a {@code ✓}, a trailing "Status: Planned."), from a sub-heading such as
 * "Implemented Controls ✓", and otherwise is Proposed. Owner and evidence are trailing
 * {@code - Owner:} and {@code - Evidence:} sub-bullets. The text keeps every word as written.
 */
final class ControlNotation {

    static final String STATUS = "Status";
    static final String OWNER = "Owner";
    static final String EVIDENCE = "Evidence";

    private static final Pattern GROUP = Pattern.compile(
            "(?i)(design|testing|tests?|training|business process(?: change)?|unassigned)\\s+controls?"
                    + "\\s*(?:\\(\\s*(manufacturer|deployment|deploying organi[sz]ation|deployer)\\s*\\))?\\s*:?");
    private static final Pattern STATUS_GROUP = Pattern.compile(
            "(?i)(implemented|planned|proposed)\\s+(?:controls?|testing|tests?)\\b.*");
    private static final Pattern PLANNED_MARK = Pattern.compile(
            "(?i)\\bstatus:\\s*(?:planned|proposed|not yet implemented)\\b");
    private static final Pattern DONE_MARK = Pattern.compile(
            "(?i)\\bstatus:\\s*(?:implemented|in place|done|completed?)\\b");
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][a-z0-9]+[A-Z][A-Za-z0-9]*");
    private static final Pattern META = Pattern.compile("- (Status|Owner|Evidence):(?: (.*))?");

    private ControlNotation() {
    }

    /** A control group heading: a category and the party that carries the controls out. */
    record Group(ControlCategory category, ControlParty party) {
        String heading() {
            String what = switch (category) {
                case DESIGN -> "Design";
                case TEST -> "Testing";
                case TRAINING -> "Training";
                case BUSINESS_PROCESS -> "Business process";
                case UNASSIGNED -> "Unassigned";
            };
            String who = party == ControlParty.MANUFACTURER ? "manufacturer" : "deployment";
            return what + " controls (" + who + ")";
        }
    }

    static Optional<Group> group(String heading) {
        Matcher m = GROUP.matcher(clean(heading));
        if (!m.matches()) {
            return Optional.empty();
        }
        String what = m.group(1).toLowerCase(Locale.ROOT);
        ControlCategory category = what.startsWith("design") ? ControlCategory.DESIGN
                : what.startsWith("test") ? ControlCategory.TEST
                : what.startsWith("training") ? ControlCategory.TRAINING
                : what.startsWith("unassigned") ? ControlCategory.UNASSIGNED
                : ControlCategory.BUSINESS_PROCESS;
        ControlParty party = m.group(2) == null ? category.usualParty()
                : m.group(2).toLowerCase(Locale.ROOT).startsWith("manufacturer") ? ControlParty.MANUFACTURER
                : ControlParty.DEPLOYMENT;
        return Optional.of(new Group(category, party));
    }

    /** The status a sub-heading such as "Planned Controls (Not Yet Implemented)" gives its controls. */
    static Optional<ControlStatus> statusGroup(String heading) {
        String h = clean(heading);
        if (!STATUS_GROUP.matcher(h).matches()) {
            return Optional.empty();
        }
        String lower = h.toLowerCase(Locale.ROOT);
        if (lower.contains("not yet implemented") || lower.startsWith("planned") || lower.startsWith("proposed")) {
            return Optional.of(ControlStatus.PROPOSED);
        }
        return Optional.of(ControlStatus.IMPLEMENTED);
    }

    /** The status the marks in a control's first line give, if any. */
    static Optional<ControlStatus> marks(String text) {
        String first = text.split("\n", 2)[0];
        if (PLANNED_MARK.matcher(first).find()) {
            return Optional.of(ControlStatus.PROPOSED);
        }
        if (DONE_MARK.matcher(first).find() || first.indexOf('✓') >= 0 || first.indexOf('✔') >= 0
                || first.indexOf('☑') >= 0) {
            return Optional.of(ControlStatus.IMPLEMENTED);
        }
        return Optional.empty();
    }

    /** True for a text that is a single CamelCase word, such as a hazard type. */
    static boolean isTypeName(String text) {
        return TYPE_NAME.matcher(text).matches();
    }

    /** A control's text with its trailing status, owner and evidence sub-bullets taken off. */
    record Parts(String text, Optional<ControlStatus> status, String owner, String evidence) {
        boolean hasMetadata() {
            return status.isPresent() || !owner.isEmpty() || !evidence.isEmpty();
        }
    }

    /** Takes the trailing Evidence, Owner and Status sub-bullets (each at most once, in that order from the end). */
    static Parts split(String itemText) {
        List<String> lines = new ArrayList<>(Arrays.asList(itemText.split("\n", -1)));
        String evidence = pop(lines, EVIDENCE);
        String owner = pop(lines, OWNER);
        String statusText = popStatus(lines);
        Optional<ControlStatus> status = Optional.ofNullable(statusText).map(ControlNotation::statusOf);
        return new Parts(ListItems.unescapeLines(Lines.joinTrimmed(lines)), status,
                owner == null ? "" : owner, evidence == null ? "" : evidence);
    }

    /** True when the text itself ends with what the reader would take for a metadata sub-bullet. */
    static boolean endsLikeMetadata(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        return lastSubItem(lines) >= 0 && META.matcher(lines.get(lastSubItem(lines))).matches();
    }

    private static String popStatus(List<String> lines) {
        int i = lastSubItem(lines);
        if (i < 0) {
            return null;
        }
        Matcher m = META.matcher(lines.get(i));
        if (!m.matches() || !m.group(1).equals(STATUS) || i != lines.size() - 1 || statusOf(nullToEmpty(m.group(2))) == null) {
            return null;
        }
        lines.subList(i, lines.size()).clear();
        return m.group(2);
    }

    private static String pop(List<String> lines, String key) {
        int i = lastSubItem(lines);
        if (i < 0) {
            return null;
        }
        Matcher m = META.matcher(lines.get(i));
        if (!m.matches() || !m.group(1).equals(key)) {
            return null;
        }
        List<String> value = new ArrayList<>();
        value.add(nullToEmpty(m.group(2)));
        for (String more : lines.subList(i + 1, lines.size())) {
            if (!more.isEmpty() && Lines.indent(more) < 2) {
                return null;
            }
            value.add(Lines.dedent(more, 2));
        }
        lines.subList(i, lines.size()).clear();
        return Lines.joinTrimmed(value.stream().map(LineEscapes::unescape).toList());
    }

    /** The index of the last line (after the first) that starts a sub-bullet at the item's own level. */
    private static int lastSubItem(List<String> lines) {
        for (int i = lines.size() - 1; i >= 1; i--) {
            if (lines.get(i).startsWith("- ")) {
                return i;
            }
        }
        return -1;
    }

    static ControlStatus statusOf(String label) {
        for (ControlStatus s : ControlStatus.values()) {
            if (s.label().equalsIgnoreCase(label.trim())) {
                return s;
            }
        }
        return null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String clean(String heading) {
        return Lines.plain(heading).replace("*", "").trim();
    }
}
