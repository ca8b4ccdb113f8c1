package org.hazardlog.code;

import java.util.List;
import java.util.Optional;

import org.hazardlog.domain.CodeLocation;

/**
 * The files of the repository a code location covers: one file; or, for a glob or a folder, every
 * file it matches now. A location that covers nothing says why.
 *
 * @param isSet   a glob or folder, which may cover any number of files
 * @param path    the location's path made into a repository path; null when it leaves the repository
 * @param files   the files covered now, sorted
 * @param whyNone when {@code files} is empty, why, in words for the user
 */
record CoveredFiles(boolean isSet, String path, List<String> files, String whyNone) {

    static CoveredFiles of(SourceTree tree, CodeLocation location) {
        Optional<String> inRepository = RepositoryPath.of(location.path());
        if (inRepository.isEmpty()) {
            return new CoveredFiles(false, null, List.of(), "the path is outside the repository root");
        }
        String path = inRepository.get();
        // A file whose name merely looks like a pattern (pages/[id].tsx) is that file.
        if (tree.isFile(path)) {
            return new CoveredFiles(false, path, List.of(path), "");
        }
        if (tree.isFolder(path)) {
            List<String> files = tree.matching(Glob.of(escape(path) + "/**"));
            return new CoveredFiles(true, path, files, "the folder has no files");
        }
        if (Glob.looksLikeGlob(path)) {
            List<String> files = tree.matching(Glob.of(path));
            return new CoveredFiles(true, path, files, "no file matches the pattern");
        }
        return new CoveredFiles(false, path, List.of(), "the file is not in the repository");
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
