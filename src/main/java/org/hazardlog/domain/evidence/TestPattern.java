package org.hazardlog.domain.evidence;

import java.util.regex.Pattern;

/**
 * A link's pattern made ready for matching: {@code *} stands for any run of characters (including
 * none, and including {@code / . # :}), {@code ?} for exactly one; everything else is literal. A
 * pattern without either is an exact id.
 */
public final class TestPattern {

    private final String text;
    private final Pattern regex;
    private final String literalPrefix;

    private TestPattern(String text) {
        this.text = text;
        int firstWild = firstWildcard(text);
        this.literalPrefix = firstWild < 0 ? text : text.substring(0, firstWild);
        this.regex = firstWild < 0 ? null : Pattern.compile(toRegex(text), Pattern.DOTALL);
    }

    public static TestPattern of(String text) {
        return new TestPattern(text);
    }

    public String text() {
        return text;
    }

    public boolean isExact() {
        return regex == null;
    }

    /** The characters every matching id starts with, so candidates can be found in a sorted index. */
    public String literalPrefix() {
        return literalPrefix;
    }

    public boolean matches(String id) {
        return regex == null ? text.equals(id) : id.startsWith(literalPrefix) && regex.matcher(id).matches();
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '*' || s.charAt(i) == '?') {
                return i;
            }
        }
        return -1;
    }

    private static String toRegex(String glob) {
        StringBuilder re = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char ch = glob.charAt(i);
            if (ch == '*' || ch == '?') {
                if (literal.length() > 0) {
                    re.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                re.append(ch == '*' ? ".*" : ".");
            } else {
                literal.append(ch);
            }
        }
        if (literal.length() > 0) {
            re.append(Pattern.quote(literal.toString()));
        }
        return re.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
