package org.hazardlog.report.document;

import java.util.List;

/** A paragraph of body text, or one of the few special paragraphs of a report. */
public record Paragraph(List<Span> spans, Kind kind) implements Block {

    public enum Kind { BODY, TITLE, SUBTITLE, NOTE }

    public Paragraph {
        spans = List.copyOf(spans);
    }

    public static Paragraph of(String text) {
        return new Paragraph(List.of(Span.plain(text)), Kind.BODY);
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        spans.forEach(s -> b.append(s.text()));
        return b.toString();
    }
}
