package org.hazardlog.transfer.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.HazardStatus;

/**
 * The "Hazard status" section. Usually free text ("Draft from LLM", "Partially mitigated (...)"),
 * kept word for word as the status text and mapped by {@link StatusWords}. When the words would not
 * give the hazard's status, HazardLog writes it explicitly on a first line {@code Status: Closed},
 * followed by the words, if any.
 */
final class StatusSection {

    private static final Pattern EXPLICIT = Pattern.compile("Status: (Draft|Open|Transferred|Closed)");

    record Status(HazardStatus status, String text, Optional<String> doubt) {
    }

    private StatusSection() {
    }

    static Status read(Section section) {
        String text = section == null ? "" : section.text();
        String first = text.split("\n", 2)[0];
        Matcher m = EXPLICIT.matcher(first);
        if (m.matches()) {
            String rest = text.contains("\n") ? Lines.strip(text.substring(text.indexOf('\n') + 1)) : "";
            return new Status(HazardStatus.valueOf(m.group(1).toUpperCase(Locale.ROOT)), rest, Optional.empty());
        }
        StatusWords.Reading reading = StatusWords.read(text);
        return new Status(reading.status(), text, reading.doubt());
    }

    /** What to write so that {@link #read} gives back this status and these words. */
    static String write(HazardStatus status, String text) {
        if (!text.isEmpty() && !EXPLICIT.matcher(text.split("\n", 2)[0]).matches()) {
            StatusWords.Reading reading = StatusWords.read(text);
            if (reading.isCertain() && reading.status() == status) {
                return text;
            }
        }
        String explicit = "Status: " + status.label();
        return text.isEmpty() ? explicit : explicit + "\n\n" + text;
    }
}
