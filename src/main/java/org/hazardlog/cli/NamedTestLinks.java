package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.TestLink;
import org.hazardlog.domain.evidence.NamedTests;

/**
 * The import's test-link proposals: tests named in backticks in a control's text. Listed as
 * warnings; with {@code --link-named-tests}, added to the controls as implementation evidence.
 */
final class NamedTestLinks {

    private NamedTestLinks() {
    }

    /**
     * {@code stored}: the log's hazards, so that a name the stored control (same hazard number, same
     * text) already links is not proposed again on every re-import.
     */
    static List<Hazard> apply(List<Hazard> hazards, java.util.function.Supplier<List<Hazard>> stored, boolean link,
                              PrintWriter out) {
        boolean anyNamed = hazards.stream().flatMap(h -> h.controls().stream())
                .anyMatch(c -> !NamedTests.proposedFor(c).isEmpty());
        if (!anyNamed) {
            return hazards; // the usual import: nothing to propose, and no need to read the log for it
        }
        java.util.Map<Integer, Hazard> byNumber = new java.util.HashMap<>();
        stored.get().forEach(h -> byNumber.put(h.number(), h));
        List<Hazard> result = new ArrayList<>(hazards.size());
        int proposed = 0;
        for (Hazard h : hazards) {
            List<Control> controls = new ArrayList<>(h.controls().size());
            boolean changed = false;
            for (Control c : h.controls()) {
                List<TestLink> named = NamedTests.proposedFor(c.withTests(withStored(c, byNumber.get(h.number()))));
                for (TestLink t : named) {
                    proposed++;
                    out.println("Warning: " + (h.number() == null ? "a new hazard" : "hazard " + h.number())
                            + ", control \"" + EvidenceText.shorten(c.text()) + "\" names the test " + t.pattern()
                            + (link ? "; linked as implementation evidence" : "; proposed as a test link"));
                }
                if (link && !named.isEmpty()) {
                    List<TestLink> all = new ArrayList<>(c.tests());
                    all.addAll(named);
                    controls.add(c.withTests(all));
                    changed = true;
                } else {
                    controls.add(c);
                }
            }
            result.add(changed ? h.toBuilder().controls(controls).build() : h);
        }
        if (proposed > 0 && !link) {
            out.println("To link the " + (proposed == 1 ? "test" : proposed + " tests")
                    + " named in control texts, import again with --link-named-tests.");
        }
        return result;
    }

    private static List<TestLink> withStored(Control c, Hazard stored) {
        List<TestLink> all = new ArrayList<>(c.tests());
        if (stored != null) {
            stored.controls().stream().filter(s -> s.text().equals(c.text())).findFirst()
                    .ifPresent(s -> s.tests().stream().filter(t -> !all.contains(t)
                            && all.stream().noneMatch(a -> a.pattern().equals(t.pattern()))).forEach(all::add));
        }
        return all;
    }
}
