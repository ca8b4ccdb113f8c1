package org.hazardlog.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;


/**
 * What changed between two versions of a hazard, field by field, in words a person reads in an
 * import report: {@code residual likelihood: TBC -> 2}. Controls are matched by their text, so a
 * control whose status changed is reported as that, not as one removed and one added.
 */
public final class HazardChanges {

    /** One changed field with its old and new value as shown to people. */
    public record Change(String field, String before, String after) {
        @Override
        public String toString() {
            return field + ": " + shorten(before) + " -> " + shorten(after);
        }
    }

    private final List<Change> changes;

    private HazardChanges(List<Change> changes) {
        this.changes = List.copyOf(changes);
    }

    public static HazardChanges between(Hazard before, Hazard after) {
        return new HazardChanges(compare(before, after, null));
    }

    /** Also reports changes of the risk levels the scheme gives, which follow from the scores. */
    public static HazardChanges between(Hazard before, Hazard after, RiskScheme scheme) {
        return new HazardChanges(compare(before, after, scheme));
    }

    public List<Change> changes() {
        return changes;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<String> fields() {
        return changes.stream().map(Change::field).toList();
    }

    /** One change per line. */
    @Override
    public String toString() {
        return changes.stream().map(Change::toString).collect(Collectors.joining("\n"));
    }

    private static List<Change> compare(Hazard a, Hazard b, RiskScheme scheme) {
        List<Change> out = new ArrayList<>();
        field(out, "number", a.number() == null ? "(none)" : a.number().toString(),
                b.number() == null ? "(none)" : b.number().toString());
        field(out, "name", a.name(), b.name());
        field(out, "description", a.description(), b.description());
        list(out, "cause", a.causes(), b.causes());
        field(out, "effect", a.effect(), b.effect());
        field(out, "hazard", a.hazard(), b.hazard());
        listField(out, "hazard types", a.hazardTypes(), b.hazardTypes(), String.join(", ", a.hazardTypes()),
                String.join(", ", b.hazardTypes()));
        field(out, "harm", a.harm(), b.harm());
        field(out, "existing controls", a.existingControls(), b.existingControls());
        field(out, "assignment", a.assignment(), b.assignment());
        field(out, "labelling", a.labelling(), b.labelling());
        field(out, "project", a.project(), b.project());
        field(out, "utility labels", labels(a.utilityLabels()), labels(b.utilityLabels()));
        assessment(out, "initial", a.initial(), b.initial(), scheme);
        assessment(out, "residual", a.residual(), b.residual(), scheme);
        field(out, "residual risk assessment", a.residualAssessment(), b.residualAssessment());
        field(out, "action summary", a.actionSummary(), b.actionSummary());
        field(out, "status", a.status().label(), b.status().label());
        field(out, "status text", a.statusText(), b.statusText());
        controls(out, a.controls(), b.controls());
        listField(out, "code locations", a.codeLocations(), b.codeLocations(), locations(a.codeLocations()),
                locations(b.codeLocations()));
        return out;
    }

    private static void field(List<Change> out, String name, String before, String after) {
        if (!Objects.equals(before, after)) {
            out.add(new Change(name, before, after));
        }
    }

    /** A list shown as one line; if two different lists happen to read the same, shows them in full. */
    private static void listField(List<Change> out, String name, List<?> before, List<?> after,
                                  String shownBefore, String shownAfter) {
        if (before.equals(after)) {
            return;
        }
        boolean ambiguous = shownBefore.equals(shownAfter);
        out.add(new Change(name, ambiguous ? before.toString() : shownBefore, ambiguous ? after.toString() : shownAfter));
    }

    private static void list(List<Change> out, String name, List<String> before, List<String> after) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            String x = i < before.size() ? before.get(i) : "(none)";
            String y = i < after.size() ? after.get(i) : "(none)";
            field(out, name + " " + (i + 1), x, y);
        }
    }

    private static void assessment(List<Change> out, String which, Assessment a, Assessment b, RiskScheme scheme) {
        field(out, which + " likelihood", show(a.likelihood()), show(b.likelihood()));
        field(out, which + " severity", show(a.severity()), show(b.severity()));
        if (scheme != null) {
            field(out, which + " risk level",
                    scheme.riskLevel(a).map(r -> r.label()).orElse("TBC"),
                    scheme.riskLevel(b).map(r -> r.label()).orElse("TBC"));
        }
    }

    /**
     * Controls are paired by id where both sides have one (a control reworded by an import keeps
     * its id, so its new text shows as a text change, not as a removal and an addition), otherwise
     * by text.
     */
    private static void controls(List<Change> out, List<Control> before, List<Control> after) {
        List<Control> unmatched = new ArrayList<>(after);
        List<Control[]> pairs = new ArrayList<>();
        for (Control x : before) {
            Control y = x.id() == null ? null
                    : unmatched.stream().filter(c -> x.id().equals(c.id())).findFirst().orElse(null);
            if (y == null) {
                y = unmatched.stream().filter(c -> c.text().equals(x.text())).findFirst().orElse(null);
            }
            String name = "control \"" + shorten(x.text(), 40) + "\"";
            if (y == null) {
                out.add(new Change(name, describe(x), "(removed)"));
                continue;
            }
            unmatched.remove(y);
            pairs.add(new Control[] {x, y});
            field(out, name + " text", x.text(), y.text());
            field(out, name + " category", x.category().label(), y.category().label());
            field(out, name + " party", x.party().label(), y.party().label());
            field(out, name + " status", x.status().label(), y.status().label());
            field(out, name + " owner", x.owner(), y.owner());
            field(out, name + " evidence", x.evidence(), y.evidence());
            field(out, name + " tests", tests(x), tests(y));
        }
        for (Control y : unmatched) {
            out.add(new Change("control \"" + shorten(y.text(), 40) + "\"", "(none)", describe(y)));
        }
        List<Control> orderBefore = pairs.stream().map(p -> p[1]).toList();
        List<Control> orderAfter = after.stream().filter(c -> orderBefore.stream().anyMatch(m -> m == c)).toList();
        if (!sameOrder(orderBefore, orderAfter)) {
            out.add(new Change("control order", "as before", "changed"));
        }
    }

    private static boolean sameOrder(List<Control> a, List<Control> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    private static String tests(Control c) {
        return c.tests().stream().map(TestLink::toString).collect(Collectors.joining(", "));
    }

    private static String describe(Control c) {
        return c.category().label() + " (" + c.party().label() + "), " + c.status().label() + ": " + c.text();
    }

    private static String labels(Collection<UtilityLabel> labels) {
        return labels.stream().sorted().map(l -> "[" + l.number() + "] " + l.label()).collect(Collectors.joining(", "));
    }

    private static String locations(List<CodeLocation> locations) {
        return locations.stream()
                .map(l -> l.note() == null ? l.reference() : l.reference() + " - " + l.note())
                .collect(Collectors.joining(", "));
    }

    private static String show(Integer level) {
        return level == null ? "TBC" : level.toString();
    }

    private static String shorten(String s) {
        return shorten(s, 80);
    }

    private static String shorten(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ');
        if (one.isEmpty()) {
            return "(empty)";
        }
        return one.length() <= max ? one : one.substring(0, max - 3) + "...";
    }
}
