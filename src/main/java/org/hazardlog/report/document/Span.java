package org.hazardlog.report.document;

/** A run of text in one style. */
public record Span(String text, boolean bold, boolean italic) {

    public static Span plain(String text) {
        return new Span(text, false, false);
    }

    public static Span bold(String text) {
        return new Span(text, true, false);
    }

    public static Span italic(String text) {
        return new Span(text, false, true);
    }
}
