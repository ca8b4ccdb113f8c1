package org.hazardlog.report.document;

import java.util.List;

/** A bulleted or numbered list; each item is a line of spans. */
public record BulletList(List<List<Span>> items, boolean numbered) implements Block {

    public BulletList {
        items = items.stream().map(List::copyOf).toList();
    }

    public static BulletList of(List<String> lines) {
        return new BulletList(lines.stream().map(l -> List.of(Span.plain(l))).toList(), false);
    }
}
