package org.hazardlog.domain.testissue;

import java.util.List;
import java.util.TreeSet;

import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.Text;

/**
 * What a test issue says: its title, what was found, the hazards it bears on and its safety impact
 * in the words of whoever recorded it. The hazards are kept by number, sorted, each once; whether
 * they exist is the log's question, asked when the issue is saved.
 */
public record TestIssueDetails(String title, String description, List<Integer> hazards, String safetyImpact) {

    public TestIssueDetails {
        title = Text.require("the title of a test issue", title, Text.MAX_LINE);
        if (title.contains("\n") || title.contains("\r")) {
            throw new InvalidValueException("the title of a test issue is one line");
        }
        description = Text.optional("the description of a test issue", description, Text.MAX_TEXT);
        safetyImpact = Text.optional("the safety impact of a test issue", safetyImpact, Text.MAX_TEXT);
        hazards = hazards == null ? List.of() : hazards;
        Text.checkCount("linked hazards", hazards.size());
        for (Integer n : hazards) {
            if (n == null || n < 1) {
                throw new InvalidValueException("a linked hazard is a hazard number (1, 2, 3 ...), not " + n);
            }
        }
        hazards = List.copyOf(new TreeSet<>(hazards));
    }

    /** The hazards as one line: "3, 7", or "" for none. */
    public String hazardList() {
        return String.join(", ", hazards.stream().map(String::valueOf).toList());
    }
}
