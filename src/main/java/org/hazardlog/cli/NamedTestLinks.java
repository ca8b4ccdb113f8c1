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

    static List<Hazard> apply(List<Hazard> hazards, boolean link, PrintWriter out) {
        List<Hazard> result = new ArrayList<>(hazards.size());
        int proposed = 0;
        for (Hazard h : hazards) {
            List<Control> controls = new ArrayList<>(h.controls().size());
            boolean changed = false;
            for (Control c : h.controls()) {
                List<TestLink> named = NamedTests.proposedFor(c);
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
}
