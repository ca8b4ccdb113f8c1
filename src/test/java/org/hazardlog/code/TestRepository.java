package org.hazardlog.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A repository folder for tests: a real git repository made with the git program, or a plain
 * folder. Edits are made on disk; {@link #commit()} commits them in git and does nothing in a plain folder.
 */
public final class TestRepository {

    /** The two kinds of folder a repository root can be. */
    public enum Kind { GIT, PLAIN }

    private final Path root;
    private final Kind kind;

    private TestRepository(Path root, Kind kind) {
        this.root = root;
        this.kind = kind;
    }

    public static TestRepository create(Path folder, Kind kind) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestRepository repo = new TestRepository(folder, kind);
        if (kind == Kind.GIT) {
            repo.git("init", "-q");
        }
        return repo;
    }

    public Path root() {
        return root;
    }

    public Kind kind() {
        return kind;
    }

    /** Lines numbered from 1: {@code line(3)} is "line 3 of path". */
    public static String[] numberedLines(String path, int count) {
        String[] lines = new String[count];
        for (int i = 0; i < count; i++) {
            lines[i] = "line " + (i + 1) + " of " + path;
        }
        return lines;
    }

    public TestRepository write(String path, String... lines) {
        try {
            Path file = root.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> lines(String path) {
        try {
            return new ArrayList<>(Files.readAllLines(root.resolve(path), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inserts lines so that the first of them becomes line {@code at}. */
    public TestRepository insert(String path, int at, String... inserted) {
        List<String> lines = lines(path);
        lines.addAll(at - 1, Arrays.asList(inserted));
        return write(path, lines.toArray(String[]::new));
    }

    public TestRepository replaceLine(String path, int line, String text) {
        List<String> lines = lines(path);
        lines.set(line - 1, text);
        return write(path, lines.toArray(String[]::new));
    }

    public TestRepository delete(String path) {
        try {
            Files.delete(root.resolve(path));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestRepository commit() {
        if (kind == Kind.GIT) {
            git("add", "-A");
            git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "--allow-empty", "-m", "change");
        }
        return this;
    }

    public String head() {
        return git("rev-parse", "HEAD").strip();
    }

    private String git(String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(Arrays.asList(args));
        try {
            ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
            // Tests must not depend on the machine's git configuration.
            pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
            pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
