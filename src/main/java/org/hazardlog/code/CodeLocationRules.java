package org.hazardlog.code;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.InvalidValueException;

/**
 * Refuses, when a location is entered or imported, what code-check would later report as unable to
 * name code: a folder with a line range, a line number too large that ended up in the path, or a
 * symbol after a folder or pattern ({@code src/#check}). A symbol after a file ({@code main.py#check})
 * is accepted: whether the file declares it is the check's to say, as the code changes. The
 * rules are the check's own ({@link CoveredFiles}); whether a path is a folder needs the repository,
 * so without one only a path written as a folder ({@code src/}) is known to be a folder.
 */
public final class CodeLocationRules {

    private CodeLocationRules() {
    }

    /**
     * Throws for the first location that cannot name code, naming it and why.
     *
     * @param repositoryRoot the log's repository root, or null when none is set or it is not there
     */
    public static void requireNameCode(Collection<CodeLocation> locations, Path repositoryRoot) {
        List<CodeLocation> withLines = locations.stream().filter(l -> l.startLine() != null).toList();
        for (CodeLocation l : withLines) {
            if (l.path().endsWith("/") || l.path().endsWith("\\")) {
                throw refused(l, "it names a folder, which has no lines: name a file in it, or remove the line range");
            }
        }
        for (CodeLocation l : locations) {
            if (SymbolAnchor.of(l.path()).filter(a -> a.file().endsWith("/") || a.file().endsWith("\\")).isPresent()) {
                throw refused(l, CoveredFiles.SYMBOL_NOT_IN_ONE_FILE);
            }
        }
        for (CodeLocation l : locations) {
            // No file is named with a line number past the largest line: it was meant as lines.
            String lines = CoveredFiles.linesInPath(l.path());
            if (lines.startsWith(TOO_LARGE)) {
                throw refused(l, lines);
            }
        }
        boolean hasRepository = repositoryRoot != null && Files.isDirectory(repositoryRoot);
        if (!hasRepository || locations.isEmpty()) {
            return;
        }
        SourceTree tree = SourceTree.open(repositoryRoot);
        for (CodeLocation l : locations) {
            CoveredFiles covered = CoveredFiles.of(tree, l);
            // Only what is wrong with the lines: other invalid paths are reported by code-check as before.
            if (covered.invalid() && (l.startLine() != null && covered.path() != null && tree.isFolder(covered.path())
                    || covered.whyNone().startsWith("bad line number")
                    || covered.whyNone().equals(CoveredFiles.SYMBOL_NOT_IN_ONE_FILE))) {
                throw refused(l, covered.whyNone());
            }
        }
    }

    private static final String TOO_LARGE = "bad line number ";

    private static InvalidValueException refused(CodeLocation l, String why) {
        return new InvalidValueException("code location " + l.reference() + " cannot name code: " + why + ".");
    }
}
