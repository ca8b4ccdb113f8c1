package org.hazardlog.code;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether reviewed lines say enough to be recognised elsewhere. A closing brace and a blank line
 * occur all over a file: finding them somewhere else says nothing about where the reviewed code
 * went, and a review of them says nothing about the code at all.
 */
final class Distinctiveness {

    /**
     * A range of more than one line needs this many lines of real code to be followed when it
     * moves; a single line needs to be real code itself.
     */
    static final int MIN_CODE_LINES = 2;

    /** Words that close or continue a block: real code, but no more telling than a brace. */
    private static final Set<String> BLOCK_WORDS = Set.of("end", "else", "else:", "try", "try:", "finally", "finally:",
            "pass", "break", "continue", "return", "fi", "done", "esac", "then", "do", "begin", "default:");

    private Distinctiveness() {
    }

    /** Lines with a letter or digit that are not just a word that closes or continues a block. */
    static int codeLines(List<String> lines, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (isCode(lines.get(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isCode(String line) {
        String s = line.strip();
        if (s.chars().noneMatch(Character::isLetterOrDigit)) {
            return false;
        }
        String word = s.replaceAll("[;{}()\\[\\]]", "").strip().toLowerCase(Locale.ROOT);
        return !BLOCK_WORDS.contains(word);
    }

    /** Whether lines {@code from} to {@code to} (exclusive) may be followed when they move. */
    static boolean isDistinctive(List<String> lines, int from, int to) {
        return codeLines(lines, from, to) >= Math.min(MIN_CODE_LINES, to - from);
    }

    /** A warning for a range that holds little or no code, or empty when it is fine. */
    static String warning(List<String> lines, int from, int to, LineRange range) {
        int code = codeLines(lines, from, to);
        if (code == 0) {
            return "Lines " + range + " hold no code (only blank lines, brackets or words like else): a review of them "
                    + "says nothing about the code, and they cannot be followed if the code moves. Point the location "
                    + "at the code itself.";
        }
        if (code < Math.min(MIN_CODE_LINES, to - from)) {
            return "Lines " + range + " hold only " + code + " line of code: too little to follow if the code moves, "
                    + "so any change above them will show as a change. Point the location at more of the code.";
        }
        return "";
    }
}
