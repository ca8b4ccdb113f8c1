package org.hazardlog.report.cscr;

import java.util.regex.Pattern;

/**
 * A control's text as a reader sees it: Markdown code spans ({@code `dose_limit()`}) lose their
 * backticks, since a table cell prints text as it is and the marks would show literally. Only
 * paired backticks on one line are code spans; any other character is kept.
 */
final class InlineCode {

    private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");

    private InlineCode() {
    }

    static String plain(String text) {
        return CODE_SPAN.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
    }
}
