package org.hazardlog.code;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The repository a hazard log's code locations point into: any folder, a git repository or not.
 * Files are read once per check and kept, so ten locations in one file cost one read.
 */
public final class SourceTree {

    /** Version-control folders: never part of the code a hazard is about. */
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", ".hg", ".svn");

    private final Path root;
    private final Optional<Git> git;
    private final IndentationRules indentation;
    private final Map<String, Optional<SourceFile>> read = new ConcurrentHashMap<>();
    private final Map<String, List<String>> expanded = new ConcurrentHashMap<>();
    private volatile Optional<String> commit;
    private volatile List<String> files;

    private SourceTree(Path root, Optional<Git> git, IndentationRules indentation) {
        this.root = root;
        this.git = git;
        this.indentation = indentation;
    }

    /** Opens a folder as a repository; refuses one that does not exist or is not a folder. */
    public static SourceTree open(Path folder) {
        return open(folder, IndentationRules.defaults());
    }

    /** The same, with a project's own rule of which files' indentation counts. */
    public static SourceTree open(Path folder, IndentationRules indentation) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.exists(absolute)) {
            throw new CodeUnavailableException("The repository folder " + absolute + " does not exist.");
        }
        if (!Files.isDirectory(absolute)) {
            throw new CodeUnavailableException(absolute + " is not a folder: the repository root must be the "
                    + "folder the code locations' paths start from.");
        }
        if (!Files.isReadable(absolute)) {
            throw new CodeUnavailableException("Cannot read the repository folder " + absolute + ": no permission.");
        }
        return new SourceTree(absolute, Git.at(absolute), indentation);
    }

    public IndentationRules indentation() {
        return indentation;
    }

    public Path root() {
        return root;
    }

    public boolean isGitRepository() {
        return git.isPresent();
    }

    /** The git commit checked out, when the folder is a git repository with commits. */
    public Optional<String> commit() {
        if (commit == null) {
            commit = git.flatMap(Git::head);
        }
        return commit;
    }

    /** The file at a repository path; empty when there is no file there. */
    public Optional<SourceFile> file(String path) {
        return read.computeIfAbsent(path, this::readFile);
    }

    /** Whether there is a file at a repository path, without reading it. */
    public boolean isFile(String path) {
        Optional<SourceFile> known = read.get(path);
        return known != null ? known.isPresent() : resolve(path).filter(Files::isRegularFile).isPresent();
    }

    public boolean isFolder(String path) {
        return resolve(path).filter(Files::isDirectory).isPresent();
    }

    /** The file system's path for a repository path; none for a pattern Windows cannot name (a/*.py). */
    private Optional<Path> resolve(String path) {
        try {
            return Optional.of(root.resolve(path));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private Optional<SourceFile> readFile(String path) {
        Optional<Path> resolved = resolve(path).filter(Files::isRegularFile);
        if (resolved.isEmpty()) {
            return Optional.empty();
        }
        Path p = resolved.get();
        try {
            return Optional.of(new SourceFile(path, Files.readAllBytes(p), indentation.schemeFor(path)));
        } catch (AccessDeniedException e) {
            throw new CodeUnavailableException("Cannot read " + path + " in " + root + ": no permission.", e);
        } catch (IOException e) {
            throw new CodeUnavailableException("Cannot read " + path + " in " + root + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every file of the repository, sorted. In a git repository these are the files git tracks or
     * would track, so ignored build output and dependencies are left out; elsewhere every file
     * outside version-control folders.
     */
    public List<String> files() {
        if (files == null) {
            List<String> found = git.flatMap(Git::files).map(this::existing).orElseGet(this::walk);
            Collections.sort(found);
            files = Collections.unmodifiableList(found);
        }
        return files;
    }

    /** The files a pattern matches, sorted. */
    public List<String> matching(Glob glob) {
        return expanded.computeIfAbsent(glob.pattern(), p -> files().stream().filter(glob::matches).toList());
    }

    /** git still lists files deleted but not yet committed: a check must not. */
    private List<String> existing(List<String> listed) {
        List<String> out = new ArrayList<>(listed.size());
        for (String f : listed) {
            if (resolve(f).filter(Files::isRegularFile).isPresent()) {
                out.add(f);
            }
        }
        return out;
    }

    private List<String> walk() {
        List<String> out = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return SKIPPED_FOLDERS.contains(String.valueOf(dir.getFileName())) && !dir.equals(root)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        out.add(relative(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // An unreadable corner of the tree should not hide the rest of it.
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new CodeUnavailableException("Cannot list the files of " + root + ": " + e.getMessage(), e);
        }
        return out;
    }

    private String relative(Path file) {
        String rel = root.relativize(file).toString();
        return file.getFileSystem().getSeparator().equals("/") ? rel : rel.replace(file.getFileSystem().getSeparator(), "/");
    }
}
