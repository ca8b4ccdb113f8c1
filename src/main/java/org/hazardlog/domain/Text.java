package org.hazardlog.domain;

/**
 * Limits on text fields. Values over a limit are refused, never cut short, so nothing a user
 * wrote is silently lost. The store's columns are sized to these limits.
 */
public final class Text {

    /** Names, owners, paths and other one-line values. */
    public static final int MAX_LINE = 1_000;
    /** Descriptions, assessments and other free text. */
    public static final int MAX_TEXT = 100_000;
    /**
     * Items of one list of a hazard (causes, hazard types, controls, code locations). Real hazards
     * have tens; the limit keeps a damaged or hostile file from filling the log with millions.
     */
    public static final int MAX_ITEMS = 1_000;

    private Text() {
    }

    /** Normalises an optional text: null stays null, blank becomes empty. */
    public static String optional(String field, String value, int limit) {
        if (value == null) {
            return "";
        }
        checkLength(field, value, limit);
        return value.strip();
    }

    /** Normalises a text whose absence matters: null or blank becomes null. */
    public static String nullable(String field, String value, int limit) {
        if (value == null || value.isBlank()) {
            return null;
        }
        checkLength(field, value, limit);
        return value.strip();
    }

    public static String require(String field, String value, int limit) {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException(field + " is empty");
        }
        checkLength(field, value, limit);
        return value.strip();
    }

    /** Refuses a list of more than {@link #MAX_ITEMS} items, naming the list: "12,000 causes; the limit is 1,000". */
    public static void checkCount(String pluralField, int count) {
        if (count > MAX_ITEMS) {
            throw new InvalidValueException(String.format(java.util.Locale.ROOT, "%,d %s; the limit is %,d",
                    count, pluralField, MAX_ITEMS));
        }
    }

    private static void checkLength(String field, String value, int limit) {
        if (value.length() > limit) {
            throw new InvalidValueException(field + " is " + value.length()
                    + " characters long; the limit is " + limit);
        }
    }
}
