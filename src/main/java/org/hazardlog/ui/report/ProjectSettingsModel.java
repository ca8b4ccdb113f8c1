package org.hazardlog.ui.report;

import java.util.EnumMap;
import java.util.Map;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.store.HazardLogUnavailableException;

/** The project settings of the open log, one editable property per field; saved into the log itself. */
final class ProjectSettingsModel {

    private final HazardLogService log;
    private final Map<ProjectSettings.Field, StringProperty> values = new EnumMap<>(ProjectSettings.Field.class);
    final StringProperty problem = new SimpleStringProperty("");

    ProjectSettingsModel(HazardLogService log) {
        this.log = log;
        ProjectSettings s = log.projectSettings();
        for (ProjectSettings.Field f : ProjectSettings.Field.values()) {
            values.put(f, new SimpleStringProperty(f.of(s)));
        }
    }

    StringProperty value(ProjectSettings.Field field) {
        return values.get(field);
    }

    /** Saves every field; false (with the reason in {@link #problem}) when a value cannot be stored. */
    boolean save() {
        try {
            Map<ProjectSettings.Field, String> edited = new EnumMap<>(ProjectSettings.Field.class);
            values.forEach((f, p) -> edited.put(f, p.get()));
            log.saveProjectSettings(ProjectSettings.of(edited));
            problem.set("");
            return true;
        } catch (InvalidValueException | HazardLogUnavailableException | AccessRefusedException e) {
            problem.set("Not saved: " + e.getMessage());
            return false;
        }
    }
}
