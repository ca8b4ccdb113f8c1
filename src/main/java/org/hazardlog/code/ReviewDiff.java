package org.hazardlog.code;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What changed since review in the code of a finding: the reviewed lines against the lines there
 * now, as a unified diff, so that the CSO re-reviewing judges the change rather than the whole
 * code again. The reviewed lines are the text kept with the review, else the file at the reviewed
 * commit through git; when neither is there, the diff says so.
 */
public final class ReviewDiff {

    private ReviewDiff() {
    }

    /** Whether a finding has a change since review to show. */
    public static boolean applies(LocationFinding f) {
        return f.review() != null && f.file() != null && switch (f.state()) {
            case CHANGED, BEYOND_END, MISSING, REMOVED_CHANGED -> true;
            default -> false;
        };
    }

    /** The diff's lines, headers first; or one line saying why there is none. */
    public static List<String> of(LocationFinding f, SourceTree tree) {
        Optional<LineRange> range = f.codeLines();
        if (f.symbolLines() != null && f.review().reviewedText() == null) {
            // Only the declaration's text would tell where it was at the reviewed commit; its lines then are not known.
            return List.of("No reviewed text of " + f.file() + "#" + symbol(f) + " is kept, and where the declaration "
                    + "was at the reviewed commit is not recorded, so the lines it had then cannot be shown.");
        }
        Optional<List<String>> reviewed = reviewedLines(f, tree, range);
        if (reviewed.isEmpty()) {
            return List.of("No reviewed text of " + f.file() + " is kept (reviewed before HazardLog kept it, over "
                    + ReviewFingerprint.MAX_REVIEWED_TEXT / 1024 + " KB, or binary), and git does not have it at the "
                    + "reviewed commit.");
        }
        Optional<SourceTree.Unreadable> obstacle = tree.obstacle(f.file());
        List<String> now;
        if (obstacle.isPresent() && obstacle.get().state() != LocationState.MISSING) {
            return List.of("Today's " + f.file() + " is not read: " + obstacle.get().detail());
        } else if (obstacle.isPresent()) {
            now = List.of();
        } else {
            SourceFile file = tree.file(f.file()).orElseThrow();
            if (file.isBinary()) {
                return List.of("A binary file: no lines to compare.");
            }
            List<String> lines = file.lines();
            int from = Math.min(range.map(r -> r.first() - 1).orElse(0), lines.size());
            int to = Math.min(range.map(LineRange::last).orElse(lines.size()), lines.size());
            now = lines.subList(from, to);
        }
        int first = range.map(LineRange::first).orElse(1);
        int reviewedFirst = first;
        String where = f.file() + range.map(r -> ":" + r).orElse("");
        String reviewedWhere = where;
        String when = f.review().describe().replaceFirst("^Reviewed ", "");
        if (f.symbolLines() != null) {
            // Where a declaration was when reviewed is not kept, only its text: the reviewed side is
            // numbered from 1 within the declaration rather than given a position it may not have had.
            reviewedFirst = 1;
            reviewedWhere = f.file() + "#" + symbol(f);
            where = reviewedWhere + " (lines " + f.symbolLines() + ")";
            when += "; numbered from 1 within the declaration, its position then is not recorded";
        }
        List<String> out = new ArrayList<>();
        out.add("--- " + reviewedWhere + " as reviewed (" + when + ")");
        out.add("+++ " + where + " now");
        List<String> hunks = UnifiedDiff.hunks(reviewed.get(), reviewedFirst, now, first);
        if (hunks.isEmpty()) {
            out.add("(no difference in the lines' text)");
        }
        out.addAll(hunks);
        return out;
    }

    private static String symbol(LocationFinding f) {
        return SymbolAnchor.of(f.location().path()).map(SymbolAnchor::symbol).orElse("");
    }

    private static Optional<List<String>> reviewedLines(LocationFinding f, SourceTree tree, Optional<LineRange> range) {
        if (f.review().reviewedText() != null) {
            String text = f.review().reviewedText();
            // A range always holds a line, even an empty one; a whole file of no lines is empty text.
            return Optional.of(text.isEmpty() && range.isEmpty() ? List.of() : Arrays.asList(text.split("\n", -1)));
        }
        return tree.linesAt(f.review().gitCommit(), f.file()).flatMap(lines -> {
            if (range.isEmpty()) {
                return Optional.of(lines);
            }
            LineRange r = range.get();
            return r.last() <= lines.size() ? Optional.of(lines.subList(r.first() - 1, r.last())) : Optional.empty();
        });
    }
}
