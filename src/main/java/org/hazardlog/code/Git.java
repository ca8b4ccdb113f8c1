package org.hazardlog.code;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The few questions HazardLog asks git, through the {@code git} program. git is optional: when it
 * is not installed, or the folder is not a git repository, every answer is empty and HazardLog works
 * on the folder's files alone.
 */
public final class Git {

    private static final long TIMEOUT_SECONDS = 60;

    private final Path folder;

    private Git(Path folder) {
        this.folder = folder;
    }

    /** The git work tree the folder is in, if it is in one and git is installed. */
    public static Optional<Git> at(Path folder) {
        Git git = new Git(folder);
        return git.run("rev-parse", "--is-inside-work-tree")
                .filter(out -> out.strip().equals("true"))
                .map(out -> git);
    }

    /** The commit checked out; empty in a repository without commits. */
    public Optional<String> head() {
        return run("rev-parse", "--verify", "--quiet", "HEAD").map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * Files of the folder that git tracks or would track (untracked but not ignored), relative to
     * the folder. Ignored files (build output, dependencies) are left out, as a reviewer would.
     */
    public Optional<List<String>> files() {
        return run("ls-files", "-z", "--cached", "--others", "--exclude-standard").map(out -> {
            List<String> files = new ArrayList<>();
            for (String f : out.split("\0")) {
                if (!f.isEmpty()) {
                    files.add(f);
                }
            }
            return files;
        });
    }

    /** Only a commit id as git prints it may reach git's command line: never an option in disguise. */
    private static final java.util.regex.Pattern COMMIT = java.util.regex.Pattern.compile("[0-9a-f]{4,64}");

    /**
     * A file as it was at a commit, when git has it there and it is at most {@code limit} bytes
     * (git's own bytes: a link is its target's name, never followed).
     */
    public Optional<byte[]> fileAt(String commit, String path, long limit) {
        if (commit == null || !COMMIT.matcher(commit).matches() || path.startsWith("-")) {
            return Optional.empty();
        }
        // ":./" names the path from the folder HazardLog works in, which may be below the top of the work tree.
        return runBytes(limit, "cat-file", "blob", commit + ":./" + path);
    }

    private Optional<String> run(String... args) {
        return runBytes(Long.MAX_VALUE, args).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private Optional<byte[]> runBytes(long limit, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", folder.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        // A check only reads: never let it take git's index lock from under a user's running git.
        pb.environment().put("GIT_OPTIONAL_LOCKS", "0");
        try {
            Process p = pb.start();
            byte[] out;
            try (InputStream in = p.getInputStream()) {
                out = limit == Long.MAX_VALUE ? in.readAllBytes() : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            }
            if (out.length > limit) {
                p.destroyForcibly();
                return Optional.empty();
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // git is not installed: work without it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
