package org.hazardlog.transfer.markdown;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.hazardlog.domain.HazardStatus;

/**
 * Maps the free-text status of hazard files to a {@link HazardStatus}. Only the IG's Open,
 * Transferred and Closed (plus Draft) exist; anything else is mapped only where the meaning is
 * clear, and otherwise kept Open with a reason to check it. Words that say the work is finished
 * ("Fixed", "Resolved") are not taken as Closed: Closed means every action is done, the deploying
 * organisation's included, and closing a hazard is the Clinical Safety Officer's decision.
 */
final class StatusWords {

    /** A status and, when the words did not make it certain, why a person should check it. */
    record Reading(HazardStatus status, Optional<String> doubt) {
        boolean isCertain() {
            return doubt.isEmpty();
        }
    }

    private static final Pattern STILL_OPEN = Pattern.compile(
            "\\b(?:partial(?:ly)?|pending|in progress|under review|in review|ongoing|not yet|outstanding|awaiting|open)\\b");
    private static final Pattern SOUNDS_DONE = Pattern.compile(
            "\\b(?:fixed|resolved|mitigated|done|complete|completed|implemented|accepted|deprecated|retired)\\b");

    private StatusWords() {
    }

    static Reading read(String text) {
        String t = Lines.plain(text).trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return new Reading(HazardStatus.DRAFT, Optional.of("the hazard status is empty; imported as Draft"));
        }
        for (HazardStatus s : HazardStatus.values()) {
            if (t.equals(s.label().toLowerCase(Locale.ROOT)) || startsWithWord(t, s.label().toLowerCase(Locale.ROOT))) {
                return new Reading(s, Optional.empty());
            }
        }
        if (t.contains("triage")) {
            return new Reading(HazardStatus.DRAFT, Optional.empty());
        }
        if (STILL_OPEN.matcher(t).find()) {
            return new Reading(HazardStatus.OPEN, Optional.empty());
        }
        if (SOUNDS_DONE.matcher(t).find()) {
            return new Reading(HazardStatus.OPEN, Optional.of("the hazard status \"" + text.trim()
                    + "\" reads as finished, but Closed means every action is done (the deploying organisation's too)"
                    + " and is the Clinical Safety Officer's decision; imported as Open: close it if that is right"));
        }
        return new Reading(HazardStatus.OPEN, Optional.of("the hazard status \"" + text.trim()
                + "\" is not Draft, Open, Transferred or Closed; imported as Open: check it"));
    }

    private static boolean startsWithWord(String text, String word) {
        return text.startsWith(word) && (text.length() == word.length() || !Character.isLetterOrDigit(text.charAt(word.length())));
    }
}
