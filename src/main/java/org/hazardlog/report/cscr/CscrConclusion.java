package org.hazardlog.report.cscr;

import java.util.Arrays;
import java.util.List;

/**
 * The Clinical Safety Officer's own words in a safety case: the summary safety statement (section
 * 9) and the sign-off wording. Plain text; a blank line starts a new paragraph. HazardLog never
 * supplies these: it only proposes a starting text ({@link ProposedText}) that the CSO rewrites.
 */
public record CscrConclusion(String statement, String signOff) {

    public List<String> statementParagraphs() {
        return paragraphs(statement);
    }

    public List<String> signOffParagraphs() {
        return paragraphs(signOff);
    }

    private static List<String> paragraphs(String text) {
        return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                .filter(p -> !p.isEmpty()).toList();
    }
}
