package org.hazardlog.code;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.hazardlog.domain.CodeLocation;

/**
 * When hazards are imported, the locations whose note names a function found in their file
 * ({@code check_fhir_health()}): a symbol anchor would follow that function as the code moves,
 * where a line range goes stale. Only a suggestion, since the note may mean something else; without
 * a repository root there is nothing to look in, and nothing is suggested.
 */
public final class SymbolSuggestions {

    private final SourceTree tree;

    private SymbolSuggestions(SourceTree tree) {
        this.tree = tree;
    }

    /** Suggestions from the files under a repository root; none when there is no root or it is not a folder. */
    public static SymbolSuggestions in(Optional<Path> repositoryRoot) {
        try {
            return new SymbolSuggestions(repositoryRoot.filter(Files::isDirectory).map(SourceTree::open).orElse(null));
        } catch (CodeUnavailableException unreadable) {
            return new SymbolSuggestions(null); // no suggestions is no reason to refuse an import
        }
    }

    /** A sentence suggesting a symbol anchor for the location, or empty. */
    public Optional<String> forLocation(CodeLocation location) {
        if (tree == null || location.note() == null || SymbolAnchor.of(location.path()).isPresent()
                || NotedFunctions.named(location.note()).isEmpty()) {
            return Optional.empty();
        }
        Optional<String> path = RepositoryPath.of(location.path());
        if (path.isEmpty() || !tree.isFile(path.get()) || tree.obstacle(path.get()).isPresent()) {
            return Optional.empty();
        }
        SourceFile file;
        try {
            file = tree.file(path.get()).orElse(null);
        } catch (CodeUnavailableException unreadable) {
            return Optional.empty(); // a suggestion is no reason to fail an import: code-check reports it
        }
        if (file == null) {
            return Optional.empty();
        }
        String anchor = NotedFunctions.suggestion(file, location);
        if (anchor.isEmpty()) {
            return Optional.empty();
        }
        String stale = LineRange.of(location).map(r -> NotedFunctions.staleRange(file, location, r)).orElse("");
        return Optional.of("code location " + location.reference() + ": " + (stale.isEmpty()
                ? "its note names a function found in the file; to follow it as the code moves, anchor the location on "
                + "it: " + anchor : stale));
    }
}
