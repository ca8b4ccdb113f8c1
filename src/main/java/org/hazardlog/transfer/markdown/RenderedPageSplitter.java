package org.hazardlog.transfer.markdown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Cuts a copied web page into sections. With no heading marks, a line is a heading only when it is
 * a known section name, stands after a blank line, and comes later in the template order than the
 * section before it (or repeats one already seen, as DCSP files repeat a section). Everything
 * before "Hazard name" is page furniture: "Skip to content", the title, the banner.
 */
final class RenderedPageSplitter {

    private RenderedPageSplitter() {
    }

    static Optional<HazardDocument> split(List<String> lines, List<String> preambleNotes) {
        List<Section> sections = new ArrayList<>();
        Set<SectionKey> seen = EnumSet.noneOf(SectionKey.class);
        SectionKey current = null;
        String title = null;
        int start = 0;
        List<String> body = null;
        List<String> preamble = new ArrayList<>();
        boolean previousBlank = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<SectionKey> k = previousBlank ? SectionKey.of(line) : Optional.empty();
            previousBlank = Lines.isBlank(line);
            if (k.isPresent() && startsSection(k.get(), current, seen)) {
                if (body != null) {
                    sections.add(new Section(current, title, start, body));
                }
                current = k.get();
                seen.add(current);
                title = Lines.strip(line);
                start = i + 1;
                body = new ArrayList<>();
            } else if (body != null) {
                body.add(line);
            } else if (!Lines.isBlank(line)) {
                preamble.add(Lines.strip(line));
            }
        }
        if (body == null) {
            return Optional.empty();
        }
        sections.add(new Section(current, title, start, body));
        for (String p : preamble) {
            if (!p.equalsIgnoreCase("Skip to content") && !p.equalsIgnoreCase("Hazard")
                    && !p.startsWith("DO NOT EDIT")) {
                preambleNotes.add(p);
            }
        }
        return Optional.of(new HazardDocument(0, sections, List.of()));
    }

    private static boolean startsSection(SectionKey key, SectionKey current, Set<SectionKey> seen) {
        if (current == null) {
            return key == SectionKey.NAME || key == SectionKey.NUMBER;
        }
        return key.ordinal() > current.ordinal() || (seen.contains(key) && key != current);
    }
}
