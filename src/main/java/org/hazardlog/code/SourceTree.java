package org.hazardlog.code;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
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

    /**
     * The largest file a check reads (8 MB). Code a person reviews line by line is far smaller; a
     * larger file is reported as too large rather than read, so no file can exhaust the memory.
     */
    public static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    private final Path root;
    /** The root with every symbolic link resolved: what "inside the repository" is measured against. */
    private final Path realRoot;
    private final Optional<Git> git;
    private final IndentationRules indentation;
    private final Map<String, Optional<SourceFile>> read = new ConcurrentHashMap<>();
    private final Map<String, PathEntry> entries = new ConcurrentHashMap<>();
    private final Map<Path, Optional<Path>> realFolders = new ConcurrentHashMap<>();
    private final Map<String, List<String>> expanded = new ConcurrentHashMap<>();
    private volatile Optional<String> commit;
    private volatile List<String> files;

    private SourceTree(Path root, Path realRoot, Optional<Git> git, IndentationRules indentation) {
        this.root = root;
        this.realRoot = realRoot;
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
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            throw new CodeUnavailableException("Cannot read the repository folder " + absolute + ": " + e.getMessage(), e);
        }
        return new SourceTree(absolute, real, Git.at(absolute), indentation);
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

    /** The lines of a file as git has it at a commit (at most {@link #MAX_FILE_BYTES}); empty outside git or if it has not. */
    public Optional<List<String>> linesAt(String commit, String path) {
        return git.flatMap(g -> g.fileAt(commit, path, MAX_FILE_BYTES))
                .map(bytes -> SourceFile.split(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The file at a repository path; empty when there is none, or it cannot be read ({@link #obstacle}). */
    public Optional<SourceFile> file(String path) {
        return read.computeIfAbsent(path, this::readFile);
    }

    /**
     * Whether something other than a folder is at a repository path (a file, or a link or pipe a
     * check must report), without reading it.
     */
    public boolean isFile(String path) {
        PathEntry.Kind kind = entry(path).kind();
        return kind != PathEntry.Kind.NONE && kind != PathEntry.Kind.FOLDER && kind != PathEntry.Kind.NOT_A_PATH;
    }

    public boolean isFolder(String path) {
        return entry(path).kind() == PathEntry.Kind.FOLDER;
    }

    /**
     * Why the file at a repository path cannot be compared with a review, as a state and a sentence
     * for the user; empty when it can be read.
     */
    public Optional<Unreadable> obstacle(String path) {
        PathEntry e = entry(path);
        return switch (e.kind()) {
            case FILE -> e.size() > MAX_FILE_BYTES
                    ? Optional.of(new Unreadable(LocationState.TOO_LARGE, "The file is " + megabytes(e.size())
                    + ", larger than the " + megabytes(MAX_FILE_BYTES) + " HazardLog reads: not read."))
                    : Optional.empty();
            case NONE -> Optional.of(new Unreadable(LocationState.MISSING, "The file is not in the repository."));
            case BROKEN_LINK -> Optional.of(new Unreadable(LocationState.MISSING,
                    "A symbolic link to a file that does not exist."));
            case FOLDER -> Optional.of(new Unreadable(LocationState.MISSING, "A folder, not a file."));
            case OUTSIDE -> Optional.of(new Unreadable(LocationState.OUTSIDE_REPOSITORY,
                    "Not read: " + e.why() + "."));
            case NOT_A_FILE -> Optional.of(new Unreadable(LocationState.INVALID_LOCATION, "Not read: " + e.why() + "."));
            case NOT_A_PATH -> Optional.of(new Unreadable(LocationState.INVALID_LOCATION, "Not a file path."));
        };
    }

    /** Why a file cannot be compared with a review. */
    public record Unreadable(LocationState state, String detail) {
    }

    private static String megabytes(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes + " bytes";
    }

    private PathEntry entry(String path) {
        return entries.computeIfAbsent(path, p -> PathEntry.inspect(realRoot, resolve(p), this::realFolder));
    }

    /** A folder's real path, once per folder: files in it are then placed without resolving each. */
    private Optional<Path> realFolder(Path folder) {
        return realFolders.computeIfAbsent(folder, f -> {
            try {
                return Optional.of(f.toRealPath());
            } catch (IOException e) {
                return Optional.empty();
            }
        });
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
        if (obstacle(path).isPresent()) {
            return Optional.empty();
        }
        PathEntry e = entry(path);
        // The real path was checked to be inside the repository; opening it without following a
        // link means a link swapped in since cannot lead the read elsewhere.
        try (InputStream in = Files.newInputStream(e.real(), LinkOption.NOFOLLOW_LINKS)) {
            byte[] content = in.readNBytes((int) MAX_FILE_BYTES + 1);
            if (content.length > MAX_FILE_BYTES) {
                throw new CodeUnavailableException("Cannot read " + path + " in " + root + ": it grew past "
                        + megabytes(MAX_FILE_BYTES) + " while being read.");
            }
            return Optional.of(new SourceFile(path, content, indentation.schemeFor(path)));
        } catch (AccessDeniedException ex) {
            throw new CodeUnavailableException("Cannot read " + path + " in " + root + ": no permission.", ex);
        } catch (IOException ex) {
            throw new CodeUnavailableException("Cannot read " + path + " in " + root + ": " + ex.getMessage(), ex);
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

    /**
     * git still lists files deleted but not yet committed: a check must not. A committed symbolic
     * link is listed as what it leads to, so that a link out of the repository is reported, not read.
     */
    private List<String> existing(List<String> listed) {
        List<String> out = new ArrayList<>(listed.size());
        for (String f : listed) {
            // Most listed paths are plain files: a listing need not resolve them (every read does).
            if (isPlainFile(f) || entry(f).listed()) {
                out.add(f);
            }
        }
        return out;
    }

    private boolean isPlainFile(String path) {
        Optional<Path> p = resolve(path);
        try {
            return p.isPresent() && Files.readAttributes(p.get(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .isRegularFile();
        } catch (IOException e) {
            return false;
        }
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
                    // Links are not followed by the walk: one is listed as what it leads to, so that
                    // a link out of the repository is reported rather than silently left out.
                    if (attrs.isRegularFile()) {
                        out.add(relative(file));
                    } else if (entry(relative(file)).listed()) {
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
