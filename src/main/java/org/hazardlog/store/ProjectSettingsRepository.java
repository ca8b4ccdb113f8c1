package org.hazardlog.store;

import java.util.EnumMap;
import java.util.Map;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.ProjectSettings;

/**
 * The project settings of a log, kept as {@code project.*} keys of the {@code log_info} table,
 * one per {@link ProjectSettings.Field}, so that they travel with the log file and a new field needs
 * no schema change. A blank value is not stored.
 */
public final class ProjectSettingsRepository {

    private static final String PREFIX = "project.";

    public ProjectSettings load(Handle h) {
        Map<ProjectSettings.Field, String> stored = new EnumMap<>(ProjectSettings.Field.class);
        // A key no field knows (written by a later release) is neither read nor deleted on save.
        h.createQuery("SELECT info_key, info_value FROM log_info WHERE info_key LIKE 'project.%'")
                .map((rs, ctx) -> Map.entry(rs.getString(1).substring(PREFIX.length()), rs.getString(2)))
                .list()
                .forEach(e -> ProjectSettings.Field.byKey(e.getKey()).ifPresent(f -> stored.put(f, e.getValue())));
        return ProjectSettings.of(stored);
    }

    public void save(Handle h, ProjectSettings settings) {
        for (ProjectSettings.Field f : ProjectSettings.Field.values()) {
            h.createUpdate("DELETE FROM log_info WHERE info_key = :key").bind("key", PREFIX + f.key()).execute();
            String v = f.of(settings);
            if (!v.isEmpty()) {
                h.createUpdate("INSERT INTO log_info (info_key, info_value) VALUES (:key, :value)")
                        .bind("key", PREFIX + f.key()).bind("value", v).execute();
            }
        }
    }
}
