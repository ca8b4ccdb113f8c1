package org.hazardlog.domain;

import java.util.List;
import java.util.Objects;

/**
 * A risk control of a hazard. The id is the store's (null until saved); controls keep it so that
 * an engineer's status change applies to the same control however the list is reordered.
 * {@code tests} are the tests that verify it; their results are recorded separately, as evidence runs.
 */
public record Control(Long id, ControlCategory category, ControlParty party, String text,
                      ControlStatus status, String owner, String evidence, List<TestLink> tests) {

    public Control {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        party = party == null ? category.usualParty() : party;
        text = Text.require("control text", text, Text.MAX_TEXT);
        owner = Text.optional("control owner", owner, Text.MAX_LINE);
        evidence = Text.optional("control evidence", evidence, Text.MAX_TEXT);
        tests = tests == null ? List.of() : List.copyOf(tests);
        Text.checkCount("tests of a control", tests.size());
        if (tests.stream().map(TestLink::pattern).distinct().count() < tests.size()) {
            throw new InvalidValueException("the control \"" + text + "\" names the same test pattern twice");
        }
    }

    /** A control without linked tests. */
    public Control(Long id, ControlCategory category, ControlParty party, String text,
                   ControlStatus status, String owner, String evidence) {
        this(id, category, party, text, status, owner, evidence, List.of());
    }

    public static Control proposed(ControlCategory category, String text) {
        return new Control(null, category, category.usualParty(), text, ControlStatus.PROPOSED, "", "");
    }

    public Control withStatus(ControlStatus newStatus) {
        return new Control(id, category, party, text, newStatus, owner, evidence, tests);
    }

    public Control withId(Long newId) {
        return new Control(newId, category, party, text, status, owner, evidence, tests);
    }

    public Control withOwner(String newOwner) {
        return new Control(id, category, party, text, status, newOwner, evidence, tests);
    }

    public Control withTests(List<TestLink> newTests) {
        return new Control(id, category, party, text, status, owner, evidence, newTests);
    }
}
