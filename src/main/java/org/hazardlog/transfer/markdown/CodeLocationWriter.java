package org.hazardlog.transfer.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import org.hazardlog.domain.CodeLocation;

/**
 * Writes a code location's path and lines the way {@link CodeLocationReader} reads them back:
 * {@code path:start-end}, with Markdown-significant characters escaped ({@code \*}), and as a link
 * {@code [path](percent-encoded path)} when the path has spaces.
 */
final class CodeLocationWriter {

    private static final Pattern ENDS_LIKE_RANGE = Pattern.compile(".*:\\d+(?:[-–]\\d+)?");

    private CodeLocationWriter() {
    }

    static String reference(CodeLocation c) {
        StringBuilder sb = new StringBuilder(path(c.path()));
        if (c.startLine() != null) {
            sb.append(':').append(c.startLine());
            if (c.endLine() != null) {
                sb.append('-').append(c.endLine());
            }
        }
        return sb.toString();
    }

    /** A link target that cannot end early: spaces, brackets and the like as {@code %20} etc. */
    static String percentEncoded(String path) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c == Lines.NBSP || "<>()%\\\"[]`".indexOf(c) >= 0) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String path(String path) {
        boolean spaced = path.chars().anyMatch(ch -> Lines.isSpace((char) ch));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if ("\\*[]`<>".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        String escaped = sb.toString();
        if (spaced) {
            return "[" + escaped + "](" + percentEncoded(path) + ")";
        }
        if (ENDS_LIKE_RANGE.matcher(path).matches()) {
            // A path that itself ends in ":12" must not be read as line 12.
            int colon = escaped.lastIndexOf(':');
            return escaped.substring(0, colon) + "\\" + escaped.substring(colon);
        }
        return escaped;
    }
}
