package org.hazardlog.store;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.ProjectSettings;

/**
 * The project settings of a log, kept as {@code project.*} keys of the {@code log_info} table, so
 * that they travel with the log file and need no schema change. A blank value is not stored.
 */
public final class ProjectSettingsRepository {

    private static final String PREFIX = "project.";
    private static final Map<String, Function<ProjectSettings, String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("product", ProjectSettings::product);
        FIELDS.put("version", ProjectSettings::version);
        FIELDS.put("manufacturer", ProjectSettings::manufacturer);
        FIELDS.put("cso", ProjectSettings::cso);
        FIELDS.put("author", ProjectSettings::author);
        FIELDS.put("reviewers", ProjectSettings::reviewers);
        FIELDS.put("approver", ProjectSettings::approver);
    }

    public ProjectSettings load(Handle h) {
        Map<String, String> stored = new HashMap<>();
        h.createQuery("SELECT info_key, info_value FROM log_info WHERE info_key LIKE 'project.%'")
                .map((rs, ctx) -> stored.put(rs.getString(1).substring(PREFIX.length()), rs.getString(2)))
                .list();
        return new ProjectSettings(stored.get("product"), stored.get("version"), stored.get("manufacturer"),
                stored.get("cso"), stored.get("author"), stored.get("reviewers"), stored.get("approver"));
    }

    public void save(Handle h, ProjectSettings settings) {
        h.createUpdate("DELETE FROM log_info WHERE info_key LIKE 'project.%'").execute();
        FIELDS.forEach((key, value) -> {
            String v = value.apply(settings);
            if (!v.isEmpty()) {
                h.createUpdate("INSERT INTO log_info (info_key, info_value) VALUES (:key, :value)")
                        .bind("key", PREFIX + key).bind("value", v).execute();
            }
        });
    }
}
