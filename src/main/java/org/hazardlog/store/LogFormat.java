package org.hazardlog.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The log format this HazardLog ships (the migrations in {@code db/migration}) and whether a file
 * already has exactly that format. Asking Flyway costs a scan of the class path and about 400
 * classes on every start of a command; this reads the log's own migration history instead, and
 * answers "current" only when every shipped migration, and nothing else, was applied successfully.
 * Any other answer (older, newer, failed, an unknown kind of row, no index in the jar) sends the
 * caller to Flyway, which keeps every check it had: the backup before bringing a log up to date and
 * the refusal of a log from a newer HazardLog.
 *
 * <p>The list of shipped migrations is written at build time into {@value #INDEX} (see pom.xml,
 * "migration-index"); a test compares it with the folder and with what Flyway itself finds.
 */
public final class LogFormat {

    static final String INDEX = "/org/hazardlog/store/migrations.txt";
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__.+\\.sql");
    private static final Set<String> SHIPPED = readIndex();

    private LogFormat() {
    }

    /** The versions of the migrations in this jar; empty when the build left no index (then Flyway decides). */
    public static Optional<Set<String>> shipped() {
        return SHIPPED.isEmpty() ? Optional.empty() : Optional.of(SHIPPED);
    }

    /**
     * Whether the log behind this connection has exactly the shipped format, so that nothing needs
     * bringing up to date. False whenever that is not certain.
     */
    static boolean isCurrent(Connection connection) {
        if (SHIPPED.isEmpty()) {
            return false;
        }
        Set<String> applied = new TreeSet<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"type\", \"success\" FROM \"flyway_schema_history\"")) {
            while (rs.next()) {
                String version = rs.getString(1);
                String type = rs.getString(2);
                if ("TABLE".equals(type) && version == null) {
                    continue; // Flyway's note that it created the history table
                }
                if (version == null || !"SQL".equals(type) || !rs.getBoolean(3)) {
                    return false; // a repeatable, baseline or failed migration: Flyway's own rules apply
                }
                applied.add(normalise(version));
            }
        } catch (SQLException e) {
            return false; // no history table, or one of another shape: Flyway reports what is wrong
        }
        return applied.equals(SHIPPED);
    }

    private static Set<String> readIndex() {
        try (InputStream in = LogFormat.class.getResourceAsStream(INDEX)) {
            if (in == null) {
                return Set.of();
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** The versions named by an index's lines (one migration file name each); blank lines are ignored. */
    static Set<String> parse(BufferedReader lines) throws IOException {
        Set<String> versions = new TreeSet<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String name = line.strip();
            if (name.isEmpty()) {
                continue;
            }
            Matcher m = VERSIONED.matcher(name);
            if (!m.matches()) {
                return Set.of(); // a file Flyway would read differently: let Flyway decide every time
            }
            versions.add(normalise(m.group(1)));
        }
        return Collections.unmodifiableSet(versions);
    }

    /** Flyway writes {@code 1_1} as {@code 1.1} in its history. */
    private static String normalise(String version) {
        return version.replace('_', '.');
    }
}
