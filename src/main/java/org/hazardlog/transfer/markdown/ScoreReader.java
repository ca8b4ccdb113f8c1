package org.hazardlog.transfer.markdown;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.RiskLevel;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.ScaleLevel;
import org.hazardlog.transfer.Findings;
import org.hazardlog.transfer.ProblemKind;
import org.hazardlog.transfer.WarningKind;

/**
 * Reads a likelihood or severity as written in hazard files: "TBC" in its variants, an option line
 * "3 - Medium: Possible", a bare name ("High") or a bare number, always checked against the risk
 * scheme. An option line's definition may be the template's abbreviation, but its number and name
 * must agree with the scheme: a disagreement means the file was scored on another scale.
 */
final class ScoreReader {

    /** "TBC", "TBC (awaiting scoring)", "TBC — awaiting ...", "TBC – ...", "TBC - ...", "TBD", ... */
    private static final Pattern UNSCORED = Pattern.compile(
            "(?i)(?:tbc|tbd|to be confirmed|not yet scored|not scored|unscored)(?:\\b.*)?", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("(\\d{1,9})\\s*(?:[-–—.)]\\s*(.*))?");
    /** Template lines such as "[select] [L]" that only say what kind of field follows. */
    static final Pattern PLACEHOLDER = Pattern.compile("(?:\\[(?:select|multiselect|calculate|hazard-types|code|[LS])\\]\\s*)+");

    private final RiskScheme scheme;

    ScoreReader(RiskScheme scheme) {
        this.scheme = scheme;
    }

    static boolean isUnscored(String value) {
        return UNSCORED.matcher(Lines.plain(value).trim()).matches();
    }

    /** The level number, or null when unscored or after recording a problem. */
    Integer read(String field, Section section, List<ScaleLevel> scale, Findings findings) {
        String value = single(field, section, findings);
        if (value == null || isUnscored(value)) {
            return null;
        }
        Matcher m = OPTION.matcher(value);
        if (m.matches()) {
            int number = parse(m.group(1));
            if (number < 1 || number > scale.size()) {
                findings.problem(ProblemKind.SCORE_OUTSIDE_SCHEME, field + " \"" + value + "\" is not a level of the risk scheme \""
                        + scheme.name() + "\", which has " + field.replace("residual ", "") + " levels 1 to " + scale.size());
                return null;
            }
            String name = m.group(2) == null ? "" : m.group(2).split(":", 2)[0];
            ScaleLevel level = scale.get(number - 1);
            if (!name.isBlank() && !sameName(name, level.name())) {
                findings.problem(ProblemKind.SCORE_OUTSIDE_SCHEME, field + " \"" + value + "\" does not match the risk scheme \""
                        + scheme.name() + "\": level " + number + " there is \"" + level.name() + "\", not \"" + name.trim() + "\"");
                return null;
            }
            return number;
        }
        for (ScaleLevel level : scale) {
            if (sameName(value.split(":", 2)[0], level.name())) {
                return level.number();
            }
        }
        findings.problem(ProblemKind.SCORE_OUTSIDE_SCHEME, field + " \"" + value + "\" is neither TBC nor a level of the risk scheme \""
                + scheme.name() + "\" (" + names(scale) + ")");
        return null;
    }

    /**
     * Checks a stated risk level (the DCSP "Risk scoring" line) against the scheme's table. Only the
     * number is compared: the templates name the levels differently from the IG tables.
     */
    void checkStatedRisk(String field, Section section, Integer likelihood, Integer severity, Findings findings) {
        String value = single(field, section, findings);
        if (value == null || isUnscored(value)) {
            return;
        }
        Integer stated = null;
        Matcher m = OPTION.matcher(value);
        if (m.matches()) {
            stated = parse(m.group(1));
            if (stated < 1 || stated > scheme.riskLevels().size()) {
                findings.problem(ProblemKind.SCORE_OUTSIDE_SCHEME, field + " \"" + value + "\" is not a risk level of the risk scheme \""
                        + scheme.name() + "\" (1 to " + scheme.riskLevels().size() + ")");
                return;
            }
        } else {
            for (RiskLevel r : scheme.riskLevels()) {
                if (sameName(value, r.name())) {
                    stated = r.number();
                }
            }
        }
        if (stated == null || likelihood == null || severity == null) {
            findings.warn(WarningKind.RISK_LEVEL_NOT_CHECKED, field + " \"" + value
                    + "\" was not checked" + (stated == null ? ": it is not a risk level of the scheme \"" + scheme.name() + "\""
                    : ": the likelihood and severity are not both scored")
                    + "; HazardLog works the risk level out from the scores");
            return;
        }
        RiskLevel derived = scheme.riskLevel(likelihood, severity);
        if (derived.number() != stated) {
            findings.problem(ProblemKind.RISK_LEVEL_MISMATCH, field + " says " + stated + " (\"" + value + "\"), but likelihood "
                    + likelihood + " and severity " + severity + " give risk level " + derived.label()
                    + " in the risk scheme \"" + scheme.name() + "\"");
        }
    }

    /** The one value of a score section, or null if empty; several values are a problem. */
    private static String single(String field, Section section, Findings findings) {
        List<String> values = section.valueLines().stream()
                .filter(l -> !PLACEHOLDER.matcher(l).matches()).toList();
        if (values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            findings.problem(ProblemKind.CONFLICTING_VALUES, field + " has " + values.size() + " values ("
                    + String.join(" | ", values.stream().map(ScoreReader::shortened).toList()) + "); give exactly one, or TBC");
            return null;
        }
        return Lines.plain(values.get(0)).trim();
    }

    private static String shortened(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    static boolean sameName(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String name) {
        return Lines.plain(name).replaceAll("[-_\\s]+", " ").trim().toLowerCase(Locale.ROOT);
    }

    private static String names(List<ScaleLevel> scale) {
        StringBuilder sb = new StringBuilder();
        for (ScaleLevel l : scale) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(l.number()).append(" ").append(l.name());
        }
        return sb.toString();
    }
}
