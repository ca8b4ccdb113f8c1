package org.hazardlog.code;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.function.Function;

/**
 * What is at a repository path, found without reading it. Symbolic links are resolved to where
 * they really lead, so a link (or a linked folder on the way) to anything outside the repository
 * is recognised as such and never read as the repository's code.
 *
 * @param kind what is there
 * @param real where it really is, for a file inside the repository; else null
 * @param size the file's size in bytes, for a file; else 0
 * @param why  for a path that cannot be followed or leads out, what the user should hear; else empty
 */
record PathEntry(Kind kind, Path real, long size, String why) {

    enum Kind {
        /** A regular file inside the repository (perhaps reached through a link inside it). */
        FILE,
        FOLDER,
        /** Nothing there. */
        NONE,
        /** A symbolic link to a file that does not exist. */
        BROKEN_LINK,
        /** The path leads out of the repository through a symbolic link. */
        OUTSIDE,
        /** A pipe, device or socket; or a path that cannot be followed (a loop of links, no permission). */
        NOT_A_FILE,
        /** Text the file system cannot take as a path (a NUL character). */
        NOT_A_PATH
    }

    /**
     * @param realFolder the real path of a folder (links resolved), or empty when it has none; asked
     *                   once per folder, so a plain file costs one look at its own attributes
     */
    static PathEntry inspect(Path realRoot, Optional<Path> lexical, Function<Path, Optional<Path>> realFolder) {
        if (lexical.isEmpty()) {
            return new PathEntry(Kind.NOT_A_PATH, null, 0, "");
        }
        Path p = lexical.get();
        try {
            BasicFileAttributes own = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            Optional<Path> realParent = own.isRegularFile() && p.getParent() != null ? realFolder.apply(p.getParent())
                    : Optional.empty();
            if (realParent.isPresent()) {
                Path real = realParent.get().resolve(p.getFileName());
                return real.startsWith(realRoot) ? new PathEntry(Kind.FILE, real, own.size(), "") : outside(real);
            }
        } catch (IOException e) {
            // Not there, or not to be looked at this way: the full resolution below says which.
        }
        return resolved(realRoot, p);
    }

    private static PathEntry outside(Path real) {
        return new PathEntry(Kind.OUTSIDE, null, 0, "it leads through a symbolic link to " + real + ", outside the repository");
    }

    private static PathEntry resolved(Path realRoot, Path p) {
        Path real;
        try {
            real = p.toRealPath();
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(p) ? new PathEntry(Kind.BROKEN_LINK, null, 0, "") : new PathEntry(Kind.NONE, null, 0, "");
        } catch (IOException e) {
            return new PathEntry(Kind.NOT_A_FILE, null, 0, "it cannot be followed (" + reason(e) + ")");
        }
        if (!real.startsWith(realRoot)) {
            return outside(real);
        }
        try {
            BasicFileAttributes attrs = Files.readAttributes(real, BasicFileAttributes.class);
            if (attrs.isDirectory()) {
                return new PathEntry(Kind.FOLDER, real, 0, "");
            }
            if (attrs.isRegularFile()) {
                return new PathEntry(Kind.FILE, real, attrs.size(), "");
            }
            return new PathEntry(Kind.NOT_A_FILE, null, 0, "it is a pipe, device or socket, not a file");
        } catch (IOException e) {
            return new PathEntry(Kind.NOT_A_FILE, null, 0, "it cannot be read (" + reason(e) + ")");
        }
    }

    /** Whether a listing of the repository's files shows it: what a location may find, good or bad. */
    boolean listed() {
        return kind == Kind.FILE || kind == Kind.OUTSIDE || kind == Kind.NOT_A_FILE;
    }

    private static String reason(IOException e) {
        String r = e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage();
        return r == null ? e.getClass().getSimpleName() : r;
    }
}
