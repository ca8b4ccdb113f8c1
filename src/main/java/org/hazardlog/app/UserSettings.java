package org.hazardlog.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What HazardLog remembers between runs for one user: recent files and a few choices. Kept in
 * {@code ~/.hazardlog/settings.properties} (or under the folder named by the {@code hazardlog.home}
 * system property, which tests use to stay out of the real home folder).
 */
public final class UserSettings {

    private static final int MAX_RECENT = 8;
    private static final String RECENT = "recent.";
    private static final String EXAMPLE_OFFERED = "exampleOffered";

    private final Path file;
    private final Properties values = new Properties();

    private UserSettings(Path file) {
        this.file = file;
        if (Files.isReadable(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                // Damaged settings only cost the recent-files list; start afresh rather than refuse to start.
                values.clear();
            }
        }
    }

    public static Path home() {
        String override = System.getProperty("hazardlog.home");
        return override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".hazardlog");
    }

    public static UserSettings load() {
        return new UserSettings(home().resolve("settings.properties"));
    }

    /** Most recent first. */
    public List<Path> recentFiles() {
        List<Path> recent = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String v = values.getProperty(RECENT + i);
            if (v != null) {
                recent.add(Path.of(v));
            }
        }
        return recent;
    }

    public void addRecentFile(Path path) {
        List<Path> recent = recentFiles();
        recent.remove(path);
        recent.add(0, path);
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                values.setProperty(RECENT + i, recent.get(i).toString());
            } else {
                values.remove(RECENT + i);
            }
        }
        save();
    }

    public boolean exampleOffered() {
        return Boolean.parseBoolean(values.getProperty(EXAMPLE_OFFERED, "false"));
    }

    public void markExampleOffered() {
        values.setProperty(EXAMPLE_OFFERED, "true");
        save();
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    public void put(String key, String value) {
        values.setProperty(key, value);
        save();
    }

    /** Settings are a convenience: failing to write them must never interrupt the user's work. */
    private void save() {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                values.store(out, "HazardLog user settings");
            }
        } catch (IOException e) {
            System.err.println("hazardlog: could not save settings to " + file + ": " + e.getMessage());
        }
    }
}
