package org.hazardlog.code;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.SymbolName;

/**
 * The files of the repository a code location covers: one file; or, for a glob or a folder, every
 * file it matches now. A location that covers nothing says why; one that cannot name code at all
 * (a folder with lines, a line number written into the path, a web address) is invalid.
 *
 * @param isSet   a glob or folder, which may cover any number of files
 * @param path    the location's path made into a repository path; null when it leaves the repository
 * @param files   the files covered now, sorted
 * @param whyNone when {@code files} is empty, why, in words for the user
 * @param invalid whether the location cannot name code as written ({@code whyNone} says why)
 * @param symbol  the declaration the location names in its one file ({@code path#symbol}), or null
 */
record CoveredFiles(boolean isSet, String path, List<String> files, String whyNone, boolean invalid, String symbol) {

    CoveredFiles(boolean isSet, String path, List<String> files, String whyNone, boolean invalid) {
        this(isSet, path, files, whyNone, invalid, null);
    }

    /** A path ending as {@code :12} or {@code :12-30}: lines that a reader could not take as lines. */
    private static final Pattern LINES_IN_PATH = Pattern.compile("^.*:(\\d+)(?:-(\\d+))?$");
    /** {@code https://...}, {@code file://...}: an address, not a path in the repository. */
    private static final Pattern ADDRESS = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*");

    static CoveredFiles of(SourceTree tree, CodeLocation location) {
        String notAPath = notAPath(location.path());
        if (!notAPath.isEmpty()) {
            return invalid(null, notAPath);
        }
        Optional<String> inRepository = RepositoryPath.of(location.path());
        if (inRepository.isEmpty()) {
            return new CoveredFiles(false, null, List.of(), "the path is outside the repository root", false);
        }
        String path = inRepository.get();
        // A file whose name merely looks like a pattern (pages/[id].tsx) is that file.
        if (tree.isFile(path)) {
            return new CoveredFiles(false, path, List.of(path), "", false);
        }
        Optional<SymbolAnchor> anchor = SymbolAnchor.of(path);
        if (anchor.isPresent()) {
            return ofSymbol(tree, anchor.get());
        }
        if (tree.isFolder(path)) {
            if (location.startLine() != null) {
                return invalid(path, "it names a folder, which has no lines: name a file in it, or remove the line range");
            }
            List<String> files = tree.matching(Glob.of(escape(path) + "/**"));
            return new CoveredFiles(true, path, files, "the folder has no files", false);
        }
        String lines = linesInPath(path);
        if (!lines.isEmpty()) {
            return invalid(path, lines);
        }
        if (Glob.looksLikeGlob(path)) {
            List<String> files = tree.matching(Glob.of(path));
            return new CoveredFiles(true, path, files, "no file matches the pattern", false);
        }
        if (SymbolName.isSymbolName(path)) {
            return invalid(path, "it is a module, class or function name, not a file path: name the file that holds it");
        }
        return new CoveredFiles(false, path, List.of(), "the file is not in the repository", false);
    }

    static final String SYMBOL_NOT_IN_ONE_FILE = "a symbol names code in one file, not in a folder or a pattern";

    /** {@code path#symbol}: one file, in which the symbol is looked for. */
    private static CoveredFiles ofSymbol(SourceTree tree, SymbolAnchor anchor) {
        String file = anchor.file();
        if (tree.isFolder(file) || file.endsWith("/") || !tree.isFile(file) && Glob.looksLikeGlob(file)) {
            return invalid(file, SYMBOL_NOT_IN_ONE_FILE);
        }
        if (tree.isFile(file)) {
            return new CoveredFiles(false, file, List.of(file), "", false, anchor.symbol());
        }
        return new CoveredFiles(false, file, List.of(), "the file is not in the repository", false, anchor.symbol());
    }

    private static CoveredFiles invalid(String path, String why) {
        return new CoveredFiles(false, path, List.of(), why, true);
    }

    /** Why text cannot be a path in a repository, or empty. */
    private static String notAPath(String written) {
        if (ADDRESS.matcher(written).matches()) {
            return "it is a web address, not a path in the repository";
        }
        for (int i = 0; i < written.length(); i++) {
            if (Character.isISOControl(written.charAt(i))) {
                return "it holds a control character, so it is not a file path";
            }
        }
        return "";
    }

    /**
     * A path that is no file but ends in what looks like lines was written {@code path:lines} and
     * not read as such, most often because a line number is too large: a bad line number, not a file.
     */
    static String linesInPath(String path) {
        Matcher m = LINES_IN_PATH.matcher(path);
        if (!m.matches()) {
            return "";
        }
        for (int g = 1; g <= 2; g++) {
            String n = m.group(g);
            if (n != null && !fitsLineNumber(n)) {
                return "bad line number " + n + ": too large (lines are counted from 1 to " + Integer.MAX_VALUE + ")";
            }
        }
        return "bad line numbers: the path ends in \"" + path.substring(path.lastIndexOf(':')) + "\", which was not "
                + "read as lines; give the lines as the location's start and end lines";
    }

    private static boolean fitsLineNumber(String digits) {
        String n = digits.replaceFirst("^0+(?=.)", "");
        return n.length() < 10 || (n.length() == 10 && n.compareTo(String.valueOf(Integer.MAX_VALUE)) <= 0);
    }

    /** A folder's own name is taken literally, even if it contains pattern characters. */
    private static String escape(String literal) {
        StringBuilder out = new StringBuilder(literal.length());
        for (char c : literal.toCharArray()) {
            if ("*?[]{},\\".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
