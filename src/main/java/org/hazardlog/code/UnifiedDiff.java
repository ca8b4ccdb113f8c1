package org.hazardlog.code;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a unified diff between two runs of lines (as {@code diff -u} prints the hunks),
 * with the files' own line numbers in the hunk headers, for a person to read.
 */
public final class UnifiedDiff {

    static final int CONTEXT = 3;
    /**
     * The largest table the exact comparison may use (rows times columns). Beyond it the changed
     * middle is shown as all removed, then all added: still a true diff, only not the shortest.
     */
    private static final long MAX_CELLS = 4_000_000L;

    private UnifiedDiff() {
    }

    private record Op(char kind, int a, int b) {
    }

    /**
     * The hunks turning {@code before} into {@code after}; empty when they are the same.
     *
     * @param beforeFirst the line number of {@code before}'s first line in its file
     * @param afterFirst  the same for {@code after}
     */
    public static List<String> hunks(List<String> before, int beforeFirst, List<String> after, int afterFirst) {
        List<Op> ops = ops(before, after);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < ops.size()) {
            if (ops.get(i).kind() == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while the next change is close enough to share context.
            while (true) {
                int lastChange = end;
                while (end < ops.size() && ops.get(end).kind() != ' ') {
                    lastChange = end;
                    end++;
                }
                int next = end;
                while (next < ops.size() && ops.get(next).kind() == ' ') {
                    next++;
                }
                if (next < ops.size() && next - end <= 2 * CONTEXT) {
                    end = next;
                } else {
                    end = Math.min(ops.size(), lastChange + 1 + CONTEXT);
                    break;
                }
            }
            out.add(header(ops, start, end, beforeFirst, afterFirst));
            for (int k = start; k < end; k++) {
                Op op = ops.get(k);
                out.add(op.kind() + (op.kind() == '+' ? after.get(op.b()) : before.get(op.a())));
            }
            i = end;
        }
        return out;
    }

    private static String header(List<Op> ops, int start, int end, int beforeFirst, int afterFirst) {
        int aStart = -1;
        int bStart = -1;
        int aCount = 0;
        int bCount = 0;
        for (int k = start; k < end; k++) {
            Op op = ops.get(k);
            if (op.kind() != '+') {
                aStart = aStart < 0 ? op.a() : aStart;
                aCount++;
            }
            if (op.kind() != '-') {
                bStart = bStart < 0 ? op.b() : bStart;
                bCount++;
            }
        }
        // An empty side is named by the line before it, as diff -u does.
        int aLine = aCount == 0 ? positionBefore(ops, start, true) + beforeFirst - 1 : aStart + beforeFirst;
        int bLine = bCount == 0 ? positionBefore(ops, start, false) + afterFirst - 1 : bStart + afterFirst;
        return "@@ -" + aLine + "," + aCount + " +" + bLine + "," + bCount + " @@";
    }

    /** How many lines of one side come before the op at {@code k}. */
    private static int positionBefore(List<Op> ops, int k, boolean beforeSide) {
        int n = 0;
        for (int i = 0; i < k; i++) {
            char kind = ops.get(i).kind();
            if (beforeSide ? kind != '+' : kind != '-') {
                n++;
            }
        }
        return n;
    }

    private static List<Op> ops(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            ops.add(new Op(' ', i, i));
        }
        middle(a, prefix, a.size() - suffix, b, prefix, b.size() - suffix, ops);
        for (int i = 0; i < suffix; i++) {
            ops.add(new Op(' ', a.size() - suffix + i, b.size() - suffix + i));
        }
        return ops;
    }

    /** The shortest edit of the changed middle by longest common subsequence, when small enough. */
    private static void middle(List<String> a, int a0, int a1, List<String> b, int b0, int b1, List<Op> ops) {
        int n = a1 - a0;
        int m = b1 - b0;
        if ((long) (n + 1) * (m + 1) > MAX_CELLS) {
            for (int i = a0; i < a1; i++) {
                ops.add(new Op('-', i, -1));
            }
            for (int j = b0; j < b1; j++) {
                ops.add(new Op('+', -1, j));
            }
            return;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(a0 + i).equals(b.get(b0 + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(a0 + i).equals(b.get(b0 + j))) {
                ops.add(new Op(' ', a0 + i++, b0 + j++));
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                ops.add(new Op('-', a0 + i++, -1));
            } else {
                ops.add(new Op('+', -1, b0 + j++));
            }
        }
        while (i < n) {
            ops.add(new Op('-', a0 + i++, -1));
        }
        while (j < m) {
            ops.add(new Op('+', -1, b0 + j++));
        }
    }
}
