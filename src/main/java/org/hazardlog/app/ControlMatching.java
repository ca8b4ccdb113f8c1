package org.hazardlog.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.TestLink;

/**
 * Pairs the controls of an incoming hazard with the stored controls they are, so that an
 * engineer's progress (status, owner, evidence, and the history kept under the control's id)
 * survives a re-import. A control with the same text is the same control. A control whose text was
 * edited upstream is the stored control of the same category whose text is most alike, when the
 * two are alike enough that a person would call it the same control reworded; it keeps its
 * progress and the import says so, with the old and the new text. An incoming control without a
 * category (unassigned) may be any stored control, and keeps the category that triage gave it.
 */
final class ControlMatching {

    /**
     * Dice similarity of the two texts' letter pairs, from 0 (nothing shared) to 1 (the same).
     * "Validate the NHS number on entry" and "Validate the NHS number on entry (Modulus 11 check)"
     * score about 0.8; two different controls of one hazard rarely reach 0.5.
     */
    static final double SAME_CONTROL = 0.7;

    /** One stored control the incoming hazard no longer has, and whether work was recorded on it. */
    record Removal(Control control) {
        boolean hasProgress() {
            return hasProgress(control);
        }

        static boolean hasProgress(Control c) {
            return c.status() != ControlStatus.PROPOSED || !c.evidence().isEmpty();
        }
    }

    /** The incoming controls under their stored identity, what was reworded, and what goes. */
    record Result(List<Control> controls, List<String> notes, List<Removal> removals) {
        Result {
            controls = List.copyOf(controls);
            notes = List.copyOf(notes);
            removals = List.copyOf(removals);
        }
    }

    private ControlMatching() {
    }

    static Result match(List<Control> incoming, List<Control> stored) {
        List<Control> unmatched = new ArrayList<>(stored);
        Control[] result = new Control[incoming.size()];
        // Same text first, in order, so that duplicates pair in order.
        for (int i = 0; i < incoming.size(); i++) {
            Control c = incoming.get(i);
            for (Control s : unmatched) {
                if (s.text().equals(c.text())) {
                    // A file that gives no category cannot undo a category chosen at triage.
                    result[i] = c.category().isAssigned() ? keepTests(c.withId(s.id()), s) : reworded(c, s);
                    unmatched.remove(s);
                    break;
                }
            }
        }
        // Then reworded controls: the most alike pair first, so one loose match cannot take the
        // stored control that another incoming control rewords more closely.
        List<String> notes = new ArrayList<>();
        while (true) {
            double best = SAME_CONTROL;
            int bestIncoming = -1;
            Control bestStored = null;
            for (int i = 0; i < incoming.size(); i++) {
                if (result[i] != null) {
                    continue;
                }
                for (Control s : unmatched) {
                    if (s.category() != incoming.get(i).category() && incoming.get(i).category().isAssigned()) {
                        continue;
                    }
                    double sim = similarity(incoming.get(i).text(), s.text());
                    if (sim >= best && (bestIncoming < 0 || sim > best)) {
                        best = sim;
                        bestIncoming = i;
                        bestStored = s;
                    }
                }
            }
            if (bestIncoming < 0) {
                break;
            }
            Control now = incoming.get(bestIncoming);
            result[bestIncoming] = reworded(now, bestStored);
            unmatched.remove(bestStored);
            notes.add(now.category().label() + " control reworded in the file: \"" + bestStored.text() + "\" is now \""
                    + now.text() + "\"; it is the same control and keeps its status (" + result[bestIncoming].status().label()
                    + "), owner, evidence and history");
        }
        List<Control> controls = new ArrayList<>(incoming.size());
        for (int i = 0; i < incoming.size(); i++) {
            controls.add(result[i] != null ? result[i] : incoming.get(i).withId(null));
        }
        return new Result(controls, notes, unmatched.stream().map(Removal::new).toList());
    }

    /**
     * The stored control with the file's new text. The file's status, owner and evidence win when
     * it gives them; a file that says nothing (Proposed, no owner, no evidence: what a control
     * without notes reads as) does not undo recorded work.
     */
    private static Control reworded(Control now, Control stored) {
        ControlStatus status = now.status() != ControlStatus.PROPOSED ? now.status() : stored.status();
        String owner = now.owner().isEmpty() ? stored.owner() : now.owner();
        String evidence = now.evidence().isEmpty() ? stored.evidence() : now.evidence();
        boolean triaged = !now.category().isAssigned();
        return keepTests(new Control(stored.id(), triaged ? stored.category() : now.category(),
                triaged ? stored.party() : now.party(), now.text(), status, owner, evidence, now.tests()), stored);
    }

    /**
     * An import removes nothing, test links included (most files do not carry them): the stored
     * links stay, a file's link to the same pattern sets its kind, and the file's new links are added.
     */
    private static Control keepTests(Control now, Control stored) {
        if (now.tests().isEmpty() || now.tests().equals(stored.tests())) {
            return now.withTests(stored.tests());
        }
        java.util.Map<String, TestLink> links = new java.util.LinkedHashMap<>();
        stored.tests().forEach(t -> links.put(t.pattern(), t));
        now.tests().forEach(t -> links.put(t.pattern(), t));
        return now.withTests(List.copyOf(links.values()));
    }

    static double similarity(String a, String b) {
        List<String> x = letterPairs(a);
        List<String> y = letterPairs(b);
        if (x.isEmpty() || y.isEmpty()) {
            return normalise(a).equals(normalise(b)) ? 1 : 0;
        }
        Map<String, Integer> counts = new HashMap<>();
        x.forEach(p -> counts.merge(p, 1, Integer::sum));
        int shared = 0;
        for (String p : y) {
            Integer n = counts.get(p);
            if (n != null && n > 0) {
                shared++;
                counts.put(p, n - 1);
            }
        }
        return 2.0 * shared / (x.size() + y.size());
    }

    private static List<String> letterPairs(String s) {
        String t = normalise(s);
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < t.length(); i++) {
            pairs.add(t.substring(i, i + 2));
        }
        return pairs;
    }

    private static String normalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
