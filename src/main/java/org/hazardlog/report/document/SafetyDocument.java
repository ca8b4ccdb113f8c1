package org.hazardlog.report.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A document ready to render: its title, the running header printed on every page, whether it
 * starts in landscape, its blocks, and a note printed in the footer of every page (such as "NOT
 * APPROVED - DRAFT"; empty for none).
 */
public record SafetyDocument(String title, String runningHeader, boolean landscape, List<Block> blocks, String footerNote) {

    public SafetyDocument {
        blocks = List.copyOf(blocks);
        footerNote = footerNote == null ? "" : footerNote;
    }

    public SafetyDocument(String title, String runningHeader, boolean landscape, List<Block> blocks) {
        this(title, runningHeader, landscape, blocks, "");
    }

    /** The same content with another running header and footer note. */
    public SafetyDocument marked(String header, String footer) {
        return new SafetyDocument(title, header, landscape, blocks, footer);
    }

    /** Collects blocks in order. */
    public static final class Builder {
        private final List<Block> blocks = new ArrayList<>();

        public Builder add(Block b) {
            blocks.add(b);
            return this;
        }

        public Builder addAll(List<? extends Block> bs) {
            blocks.addAll(bs);
            return this;
        }

        public Builder heading(int level, String text) {
            return add(new Heading(level, text));
        }

        public Builder paragraph(String text) {
            return add(Paragraph.of(text));
        }

        public Builder paragraph(Span... spans) {
            return add(new Paragraph(List.of(spans), Paragraph.Kind.BODY));
        }

        public Builder note(String text) {
            return add(new Paragraph(List.of(Span.italic(text)), Paragraph.Kind.NOTE));
        }

        public Builder bullets(List<String> lines) {
            return lines.isEmpty() ? this : add(BulletList.of(lines));
        }

        public List<Block> blocks() {
            return blocks;
        }

        public SafetyDocument build(String title, String runningHeader, boolean landscape) {
            return new SafetyDocument(title, runningHeader, landscape, blocks);
        }
    }
}
