package org.hazardlog.domain;

import java.util.Objects;

/**
 * A risk control of a hazard. The id is the store's (null until saved); controls keep it so that
 * an engineer's status change applies to the same control however the list is reordered.
 */
public record Control(Long id, ControlCategory category, ControlParty party, String text,
                      ControlStatus status, String owner, String evidence) {

    public Control {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(status, "status");
        party = party == null ? category.usualParty() : party;
        text = Text.require("control text", text, Text.MAX_TEXT);
        owner = Text.optional("control owner", owner, Text.MAX_LINE);
        evidence = Text.optional("control evidence", evidence, Text.MAX_TEXT);
    }

    public static Control proposed(ControlCategory category, String text) {
        return new Control(null, category, category.usualParty(), text, ControlStatus.PROPOSED, "", "");
    }

    public Control withStatus(ControlStatus newStatus) {
        return new Control(id, category, party, text, newStatus, owner, evidence);
    }

    public Control withId(Long newId) {
        return new Control(newId, category, party, text, status, owner, evidence);
    }
}
