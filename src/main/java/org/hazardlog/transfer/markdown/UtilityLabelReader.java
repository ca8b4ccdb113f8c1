package org.hazardlog.transfer.markdown;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.UtilityLabel;
import org.hazardlog.transfer.Findings;
import org.hazardlog.transfer.ProblemKind;

/**
 * Reads the general utility label: {@code [2]} (Quill), one or more option lines
 * "1 - Hazard: A hazard which is logged" (DCSP), bare numbers, or the labels' names. "TBC" means
 * no label yet.
 */
final class UtilityLabelReader {

    private static final Pattern BRACKETED = Pattern.compile("\\[\\s*(\\d{1,9}(?:\\s*,\\s*\\d{1,9})*)\\s*\\]");
    private static final Pattern BRACKETS_ONLY = Pattern.compile("(?:\\[\\s*\\d{1,9}(?:\\s*,\\s*\\d{1,9})*\\s*\\][\\s,]*)+");
    private static final Pattern OPTION = Pattern.compile("(\\d{1,9})\\s*[-–—.)]\\s*.*");
    private static final Pattern NUMBERS = Pattern.compile("\\d{1,9}(?:\\s*,\\s*\\d{1,9})*");

    private UtilityLabelReader() {
    }

    static Set<UtilityLabel> read(Section section, Findings findings) {
        Set<UtilityLabel> labels = EnumSet.noneOf(UtilityLabel.class);
        for (String raw : section.valueLines()) {
            String line = Lines.plain(raw).trim();
            if (ScoreReader.PLACEHOLDER.matcher(line).matches() || ScoreReader.isUnscored(line)) {
                continue;
            }
            if (BRACKETS_ONLY.matcher(line).matches()) {
                Matcher m = BRACKETED.matcher(line);
                while (m.find()) {
                    addNumbers(m.group(1), line, labels, findings);
                }
            } else if (NUMBERS.matcher(line).matches()) {
                addNumbers(line, line, labels, findings);
            } else if (OPTION.matcher(line).matches()) {
                Matcher m = OPTION.matcher(line);
                m.matches();
                addNumbers(m.group(1), line, labels, findings);
            } else {
                Optional<UtilityLabel> named = byName(line);
                if (named.isPresent()) {
                    labels.add(named.get());
                } else {
                    findings.problem(ProblemKind.UNKNOWN_UTILITY_LABEL, "general utility label \"" + line
                            + "\" is not one of [1] hazard logged, [2] new hazard for triage, [3] deprecated hazard");
                }
            }
        }
        return labels;
    }

    private static void addNumbers(String numbers, String line, Set<UtilityLabel> labels, Findings findings) {
        for (String n : numbers.split(",")) {
            int number;
            try {
                number = Integer.parseInt(n.trim());
            } catch (NumberFormatException e) {
                number = -1;
            }
            Optional<UtilityLabel> label = UtilityLabel.ofNumber(number);
            if (label.isPresent()) {
                labels.add(label.get());
            } else {
                findings.problem(ProblemKind.UNKNOWN_UTILITY_LABEL, "general utility label \"" + line
                        + "\" is not one of 1 (hazard logged), 2 (new hazard for triage), 3 (deprecated hazard)");
            }
        }
    }

    private static Optional<UtilityLabel> byName(String name) {
        for (UtilityLabel l : UtilityLabel.values()) {
            if (ScoreReader.sameName(name, l.label())) {
                return Optional.of(l);
            }
        }
        // The DCSP template calls label 1 just "Hazard".
        if (ScoreReader.sameName(name, "Hazard")) {
            return Optional.of(UtilityLabel.LOGGED);
        }
        return Optional.empty();
    }
}
