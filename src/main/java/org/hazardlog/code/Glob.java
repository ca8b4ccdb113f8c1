package org.hazardlog.code;

import java.util.regex.Pattern;

import org.hazardlog.domain.InvalidValueException;

/**
 * A file pattern as people write them in hazard logs and {@code .gitignore}: {@code *} and
 * {@code ?} within one folder, {@code **} across folders ({@code src/**}{@code /*.py} also matches
 * {@code src/a.py}), {@code [abc]}, {@code {py,pyi}}, and {@code \} before a character to take it
 * literally. Paths are relative to the repository root with {@code /} between folders.
 */
public final class Glob {

    private final String pattern;
    private final Pattern regex;
    private final String fixedFolder;

    private Glob(String pattern, Pattern regex, String fixedFolder) {
        this.pattern = pattern;
        this.regex = regex;
        this.fixedFolder = fixedFolder;
    }

    /** Whether a path would be read as a pattern rather than a file name. */
    public static boolean looksLikeGlob(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '*' || c == '?' || c == '[' || c == '{') {
                return true;
            }
        }
        return false;
    }

    public static Glob of(String pattern) {
        StringBuilder re = new StringBuilder(pattern.length() * 2);
        int braces = 0;
        int firstWildcard = -1;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if ((c == '*' || c == '?' || c == '[' || c == '{') && firstWildcard < 0) {
                firstWildcard = i;
            }
            switch (c) {
                case '*' -> {
                    if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '*') {
                        boolean wholeSegment = (i == 0 || pattern.charAt(i - 1) == '/')
                                && i + 2 < pattern.length() && pattern.charAt(i + 2) == '/';
                        re.append(wholeSegment ? "(?:[^/]*/)*" : ".*");
                        i += wholeSegment ? 2 : 1;
                    } else {
                        re.append("[^/]*");
                    }
                }
                case '?' -> re.append("[^/]");
                case '[' -> i = characterClass(pattern, i, re);
                case '{' -> {
                    braces++;
                    re.append("(?:");
                }
                case '}' -> {
                    if (braces == 0) {
                        re.append("\\}");
                    } else {
                        braces--;
                        re.append(')');
                    }
                }
                case ',' -> re.append(braces > 0 ? "|" : ",");
                case '\\' -> {
                    if (i + 1 == pattern.length()) {
                        throw invalid(pattern, "it ends with \\");
                    }
                    re.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
                }
                default -> re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) {
            throw invalid(pattern, "a { is not closed");
        }
        String fixed = firstWildcard < 0 ? pattern : pattern.substring(0, firstWildcard);
        int slash = fixed.lastIndexOf('/');
        String folder = slash < 0 || fixed.contains("\\") ? "" : fixed.substring(0, slash + 1);
        return new Glob(pattern, Pattern.compile(re.toString()), folder);
    }

    private static int characterClass(String pattern, int open, StringBuilder re) {
        int close = pattern.indexOf(']', open + 2);
        if (close < 0) {
            throw invalid(pattern, "a [ is not closed");
        }
        re.append('[');
        int i = open + 1;
        if (pattern.charAt(i) == '!' || pattern.charAt(i) == '^') {
            re.append('^');
            i++;
        }
        for (; i < close; i++) {
            char c = pattern.charAt(i);
            if (c == '/') {
                throw invalid(pattern, "a [...] cannot match /");
            }
            if (c == '\\' || c == '[' || c == '&' || c == '^') {
                re.append('\\');
            }
            re.append(c);
        }
        re.append(']');
        return close;
    }

    private static InvalidValueException invalid(String pattern, String why) {
        return new InvalidValueException("\"" + pattern + "\" is not a valid file pattern: " + why);
    }

    public boolean matches(String path) {
        return path.startsWith(fixedFolder) && regex.matcher(path).matches();
    }

    public String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
