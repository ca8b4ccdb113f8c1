package org.hazardlog.transfer.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a hazard file into sections. Files with heading marks (Quill {@code ##}, DCSP {@code ###})
 * are cut at headings of the level that "Hazard name" and its neighbours use; deeper headings stay
 * in the section (control groups, or text). A copied web page has no marks: see
 * {@link RenderedPageSplitter}.
 */
final class DocumentSplitter {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})(?:[ \\t\\u00A0](.*))?$");
    private static final Pattern SEPARATOR = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})[ \\t\\u00A0]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:`{3,}|~{3,}).*");
    static final String ICON_START = "<!-- [icon] -->";
    static final String ICON_END = "<!-- [iconend] -->";

    private DocumentSplitter() {
    }

    /** The sections, or empty when the text has none of the known hazard headings. */
    static Optional<HazardDocument> split(String text, List<String> preambleNotes) {
        List<String> lines = List.of(text.split("\n", -1));
        int level = sectionLevel(lines);
        if (level > 0) {
            return Optional.of(splitAtHeadings(lines, level, preambleNotes));
        }
        return RenderedPageSplitter.split(lines, preambleNotes);
    }

    /** A heading's level and text, or null for a line that is not a heading. */
    record Heading(int level, String text) {
    }

    static Heading heading(String line) {
        Matcher m = HEADING.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String t = m.group(2) == null ? "" : Lines.strip(m.group(2));
        // An optional closing sequence of hashes after a space: "## Hazard name ##".
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '#') {
            end--;
        }
        if (end < t.length() && (end == 0 || Lines.isSpace(t.charAt(end - 1)))) {
            t = Lines.strip(t.substring(0, end));
        }
        return new Heading(m.group(1).length(), t);
    }

    static boolean isFence(String line) {
        return FENCE.matcher(line).matches();
    }

    /**
     * The level most known headings use, "Hazard" aside since Quill also uses it as its title.
     * Counting, rather than taking the first, copes with a stray level such as the template's
     * "# Hazard name" above its "##" sections.
     */
    private static int sectionLevel(List<String> lines) {
        int[] counts = new int[7];
        boolean fenced = false;
        for (String line : lines) {
            if (isFence(line)) {
                fenced = !fenced;
                continue;
            }
            Heading h = fenced ? null : heading(line);
            if (h != null) {
                Optional<SectionKey> key = SectionKey.of(h.text());
                if (key.isPresent() && key.get() != SectionKey.HAZARD) {
                    counts[h.level()]++;
                }
            }
        }
        int level = 0;
        for (int l = 1; l <= 6; l++) {
            if (counts[l] > counts[level]) {
                level = l;
            }
        }
        return level;
    }

    private static HazardDocument splitAtHeadings(List<String> lines, int level, List<String> preambleNotes) {
        List<Section> sections = new ArrayList<>();
        List<String> icons = new ArrayList<>();
        SectionKey key = null;
        String title = null;
        int start = 0;
        List<String> body = null;
        boolean fenced = false;
        boolean inIcons = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Heading h = fenced ? null : heading(line);
            if (h != null && h.level() <= level) {
                inIcons = false;
                Optional<SectionKey> k = SectionKey.of(h.text());
                boolean isTitle = body == null && (k.isEmpty() || k.get() == SectionKey.HAZARD) && h.level() < level;
                if (isTitle) {
                    continue;
                }
                if (body != null) {
                    sections.add(new Section(key, title, start, body));
                }
                key = k.orElse(null);
                title = h.text();
                start = i + 1;
                body = new ArrayList<>();
                continue;
            }
            if (isFence(line)) {
                fenced = !fenced;
            }
            if (!fenced && SEPARATOR.matcher(line).matches()) {
                continue;
            }
            if (body != null) {
                body.add(line);
                continue;
            }
            // Before the first section: the title, Quill's banner and the DCSP icon block.
            String t = Lines.strip(line);
            if (t.equals(ICON_START)) {
                inIcons = true;
            } else if (t.equals(ICON_END)) {
                inIcons = false;
            } else if (inIcons) {
                icons.add(t);
            } else if (!t.isEmpty() && !t.startsWith(">") && !t.startsWith("<") && h == null) {
                preambleNotes.add(t);
            }
        }
        if (body != null) {
            sections.add(new Section(key, title, start, body));
        }
        return new HazardDocument(level, sections, icons);
    }
}
