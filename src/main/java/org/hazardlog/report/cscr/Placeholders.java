package org.hazardlog.report.cscr;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.report.ReportInput;
import org.hazardlog.report.UnverifiedTestControls;

/**
 * The {@code {{name}}} placeholders of the report templates and their values for one report. A
 * value not yet set shows as "[product not set]", so that the gap is seen before signing.
 */
public final class Placeholders {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

    /** Every name a template may use. */
    public static final Set<String> NAMES = names();

    private static Set<String> names() {
        Set<String> names = new java.util.HashSet<>(Set.of("date", "document_version", "log_file", "risk_scheme",
                "risk_scheme_source", "hazard_count", "open_count", "transferred_count", "closed_count", "draft_count",
                "test_issue_count", "unverified_test_control_count"));
        for (ProjectSettings.Field f : ProjectSettings.Field.values()) {
            names.add(name(f));
        }
        return Set.copyOf(names);
    }

    /** A setting's placeholder: its key with underscores, as {@code {{intended_use}}}. */
    static String name(ProjectSettings.Field f) {
        return f.key().replace('-', '_');
    }

    private final Map<String, String> values = new LinkedHashMap<>();

    public Placeholders(ReportInput input) {
        ProjectSettings p = input.project();
        for (ProjectSettings.Field f : ProjectSettings.Field.values()) {
            put(name(f), f.of(p));
        }
        values.put("date", input.generatedAt().format(DateTimeFormatter.ofPattern("d MMMM yyyy")));
        values.put("document_version", input.version().label());
        values.put("log_file", input.logName());
        values.put("risk_scheme", input.scheme().name());
        put("risk_scheme_source", input.scheme().source());
        values.put("hazard_count", String.valueOf(input.hazards().size()));
        values.put("open_count", count(input, HazardStatus.OPEN));
        values.put("transferred_count", count(input, HazardStatus.TRANSFERRED));
        values.put("closed_count", count(input, HazardStatus.CLOSED));
        values.put("draft_count", count(input, HazardStatus.DRAFT));
        values.put("test_issue_count", input.testIssues().isPresent()
                ? String.valueOf(input.openTestIssues().size()) : SafetyCaseReport.NOT_PROVIDED);
        values.put("unverified_test_control_count", String.valueOf(UnverifiedTestControls.count(input.hazards())));
    }

    private void put(String name, String value) {
        values.put(name, value.isEmpty() ? SafetyCaseReport.NOT_PROVIDED : value);
    }

    private static String count(ReportInput input, HazardStatus status) {
        long n = 0;
        for (Hazard h : input.hazards()) {
            if (h.status() == status) {
                n++;
            }
        }
        return String.valueOf(n);
    }

    public String fill(String text) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group(1));
            // Templates were checked when loaded; an unknown name here is a defect, so fail loudly.
            if (v == null) {
                throw new IllegalStateException("unchecked placeholder " + m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String value(String name) {
        return values.get(name);
    }
}
