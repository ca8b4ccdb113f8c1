package org.hazardlog.report;

import org.hazardlog.domain.RiskScheme;

/**
 * The colours of risk levels in documents: the window's green-to-red convention (hazardlog.css),
 * as light fills with dark text so that they print well and stay readable in greyscale. A scheme
 * with other than five levels is spread over the same five colours.
 */
public final class RiskPalette {

    private static final String[] FILL = {"C8E6C9", "E6EE9C", "FFE082", "FFB74D", "EF9A9A"};
    private static final String[] TEXT = {"1B5E20", "33691E", "6D4C00", "7A3300", "8E0000"};
    public static final String UNSCORED_FILL = "EEEEEE";
    public static final String UNSCORED_TEXT = "555555";
    public static final String HEADER_FILL = "1F3864";
    public static final String HEADER_TEXT = "FFFFFF";
    public static final String BAND_FILL = "F2F4F7";

    private RiskPalette() {
    }

    /** Fill colour of a risk level, as RRGGBB. */
    public static String fill(RiskScheme scheme, int level) {
        return FILL[index(scheme, level)];
    }

    public static String text(RiskScheme scheme, int level) {
        return TEXT[index(scheme, level)];
    }

    private static int index(RiskScheme scheme, int level) {
        int levels = scheme.riskLevels().size();
        if (levels <= 1) {
            return 0;
        }
        return Math.round((level - 1) * (FILL.length - 1) / (float) (levels - 1));
    }
}
