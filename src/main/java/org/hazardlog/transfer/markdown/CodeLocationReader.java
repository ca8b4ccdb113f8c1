package org.hazardlog.transfer.markdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.InvalidValueException;

/**
 * Reads one entry of "Code associated with hazard" in the forms real files use:
 * {@code path:start-end}, {@code path:line}, a bare path or glob (Markdown-escaped:
 * {@code versions/\*.py}), a path with a note after " - " or in brackets, and a Markdown link
 * {@code [path](../../path):110-139 - note}. A link whose target is not the path (DCSP links to
 * generated documentation pages) keeps the target in the note, so nothing is lost. A path may
 * name a symbol ({@code main.py#check_fhir_health}, {@code Foo.java#Foo.bar:10-20}), which code-check
 * finds in the file.
 */
final class CodeLocationReader {

    private static final Pattern RANGE_SUFFIX = Pattern.compile("^:(\\d+)(?:[-–](\\d+))?(.*)$", Pattern.DOTALL);
    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:[-–](\\d+))?");
    private static final Pattern NOTE_DASH = Pattern.compile("^(?:-|–|—|:)\\s+(.*)$", Pattern.DOTALL);
    /** DCSP's generator writes this where no code was found. */
    private static final String NO_CODE = "hazard not mentioned in source code";

    private CodeLocationReader() {
    }

    /**
     * The location an entry names, or empty for placeholders. The entry is as written, Markdown
     * escapes included. May throw for impossible line ranges.
     */
    static Optional<CodeLocation> read(String entry) {
        // Only the start is trimmed: trailing spaces may belong to a note that goes on below.
        String first = entry.split("\n", 2)[0].stripLeading();
        String more = entry.contains("\n") ? ListItems.unescapeLines(entry.substring(entry.indexOf('\n') + 1)) : "";
        if (first.isBlank() || first.toLowerCase(Locale.ROOT).startsWith(NO_CODE)
                || ScoreReader.PLACEHOLDER.matcher(first.strip()).matches()
                || first.startsWith("<!--")) {
            return Optional.empty();
        }
        String path;
        Integer start = null;
        Integer end = null;
        String rest;
        String target = null;
        Link link = Link.at(first);
        if (link != null) {
            path = stripTicks(unescape(link.text().trim()));
            target = link.target();
            rest = link.rest();
            Matcher r = RANGE_SUFFIX.matcher(rest);
            if (r.matches()) {
                start = lineNumber(r.group(1));
                end = r.group(2) == null ? null : lineNumber(r.group(2));
                rest = r.group(3);
            }
            if (sameFile(target, path)) {
                target = null;
            }
        } else {
            int space = firstSpace(first);
            String token = stripTicks(space < 0 ? first : first.substring(0, space));
            rest = space < 0 ? "" : first.substring(space);
            int colon = lastUnescapedColon(token);
            Matcher r = colon > 0 ? RANGE.matcher(token.substring(colon + 1)) : null;
            if (r != null && r.matches()) {
                start = lineNumber(r.group(1));
                end = r.group(2) == null ? null : lineNumber(r.group(2));
                token = token.substring(0, colon);
            }
            path = unescape(token);
        }
        String note = note(rest.stripLeading());
        if (!more.isEmpty()) {
            note = note == null ? more : note + "\n" + more;
        }
        if (target != null) {
            note = note == null ? target : note + " (" + target + ")";
        }
        return Optional.of(new CodeLocation(path, start, end, note));
    }

    /** A line number as written; one too large to be a line is a bad line number, not part of the path. */
    private static Integer lineNumber(String digits) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("bad line number " + digits + ": too large");
        }
    }

    /** A Markdown link {@code [text](target)} at the start of a line, and what follows it. */
    private record Link(String text, String target, String rest) {

        /** Scanned by hand: a regular expression would recurse once per character of a long line. */
        static Link at(String line) {
            if (!line.startsWith("[")) {
                return null;
            }
            int i = 1;
            while (i < line.length() && line.charAt(i) != ']') {
                i += line.charAt(i) == '\\' ? 2 : 1;
            }
            if (i + 1 >= line.length() || line.charAt(i + 1) != '(') {
                return null;
            }
            String text = line.substring(1, i);
            int open = i + 2;
            int close = line.startsWith("<", open) ? line.indexOf('>', open) : line.indexOf(')', open);
            if (close < 0) {
                return null;
            }
            String target = line.startsWith("<", open) ? line.substring(open + 1, close) : line.substring(open, close);
            int after = line.startsWith("<", open) ? line.indexOf(')', close) : close;
            if (after < 0) {
                return null;
            }
            return new Link(text, target.trim(), line.substring(after + 1));
        }
    }

    private static String note(String rest) {
        if (rest.isBlank()) {
            return null;
        }
        Matcher dash = NOTE_DASH.matcher(rest);
        if (dash.matches()) {
            return dash.group(1);
        }
        String r = rest.strip();
        if (r.startsWith("(") && r.endsWith(")") && r.indexOf(')') == r.length() - 1) {
            return r.substring(1, r.length() - 1);
        }
        return rest;
    }

    /** The last colon not escaped with a backslash (escapes can themselves be escaped: {@code \\\\:}). */
    private static int lastUnescapedColon(String s) {
        int found = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isPunctuation(s.charAt(i + 1))) {
                i++;
            } else if (c == ':') {
                found = i;
            }
        }
        return found;
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Lines.isSpace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String stripTicks(String s) {
        if (s.length() >= 2 && s.startsWith("`") && s.endsWith("`")) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** A link like {@code (../../backend/app/main.py)} to the path {@code backend/app/main.py} adds nothing. */
    private static boolean sameFile(String target, String linkText) {
        // A symbol anchor's link goes to its file: main.py#check links to main.py.
        String path = linkText.indexOf('#') > 0 && !percentDecoded(target).contains("#")
                ? linkText.substring(0, linkText.indexOf('#')) : linkText;
        String t = percentDecoded(target);
        if (t.equals(path)) {
            return true;
        }
        while (t.startsWith("../") || t.startsWith("./")) {
            t = t.substring(t.indexOf('/') + 1);
        }
        return t.equals(path) || target.equals(path);
    }

    /** {@code %20} and the like as the characters they stand for; malformed escapes stay as written. */
    static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '%' && i + 2 < s.length()
                    && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                pending.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
                continue;
            }
            out.append(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
            out.append(s.charAt(i));
        }
        return out.append(pending.toString(StandardCharsets.UTF_8)).toString();
    }

    /** Markdown backslash escapes: {@code \*} is {@code *}. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isPunctuation(s.charAt(i + 1))) {
                sb.append(s.charAt(++i));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isISOControl(c);
    }
}
