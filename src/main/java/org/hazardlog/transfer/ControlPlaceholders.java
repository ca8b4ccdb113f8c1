package org.hazardlog.transfer;

import java.util.Locale;
import java.util.Set;

/**
 * Words people put under a control heading to say there is no control of that kind: "None.",
 * "N/A", "TBC", "-", "Not applicable", "None identified". Imported as a control they would let a
 * report claim a control that does not exist, so every reader drops them (and warns once).
 */
public final class ControlPlaceholders {

    private static final Set<String> WORDS = Set.of(
            "none", "na", "n a", "tbc", "tbd", "not applicable", "none identified", "nil", "no controls",
            "none yet", "no control", "not known", "to be confirmed");

    private ControlPlaceholders() {
    }

    /** True for a placeholder in any case, with or without punctuation; also for a bare dash or dot. */
    public static boolean isPlaceholder(String text) {
        if (text == null) {
            return true;
        }
        String t = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return t.isEmpty() || WORDS.contains(t);
    }
}
