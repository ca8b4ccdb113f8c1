package org.hazardlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.ProjectSettings;

class ProjectSettingsRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void settingsTravelWithTheLogFile() {
        ProjectSettings settings = new ProjectSettings("WardView", "3.2.0", "Example Ltd", "Dr A. Okafor", "J. Smith",
                "P. Patel; R. Jones", "Dr B. Approver");
        try (HazardLogService log = HazardLogService.openOrCreate(TempLogs.in(folder))) {
            assertThat(log.projectSettings()).isEqualTo(ProjectSettings.EMPTY);
            log.saveProjectSettings(settings);
        }
        try (HazardLogService reopened = HazardLogService.openOrCreate(TempLogs.in(folder))) {
            assertThat(reopened.projectSettings()).isEqualTo(settings);
            reopened.saveProjectSettings(new ProjectSettings("WardView", "3.3.0", "", "", "", "", ""));
            assertThat(reopened.projectSettings()).isEqualTo(new ProjectSettings("WardView", "3.3.0", "", "", "", "", ""));
        }
    }

    @Test
    void everyFieldTravelsWithTheLogAndAKeyOfALaterReleaseIsKept() {
        ProjectSettings settings = ProjectSettings.EMPTY
                .with(ProjectSettings.Field.INTENDED_USE, "Prescribing on adult wards\nNot for paediatric use")
                .with(ProjectSettings.Field.CRMP_REFERENCE, "CRMP-007 v2");
        try (HazardLogService log = HazardLogService.openOrCreate(TempLogs.in(folder))) {
            log.saveProjectSettings(settings);
        }
        try (HazardLogDatabase db = HazardLogDatabase.open(TempLogs.in(folder))) {
            db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO log_info (info_key, info_value) "
                    + "VALUES ('project.later-fact', 'kept')").execute());
        }
        try (HazardLogService log = HazardLogService.openOrCreate(TempLogs.in(folder))) {
            log.saveProjectSettings(settings.with(ProjectSettings.Field.LIFECYCLE_PHASE, "Pilot"));
        }
        try (HazardLogService reopened = HazardLogService.openOrCreate(TempLogs.in(folder))) {
            assertThat(reopened.projectSettings()).isEqualTo(settings.with(ProjectSettings.Field.LIFECYCLE_PHASE, "Pilot"));
            assertThat(reopened.projectSettings().get(ProjectSettings.Field.INTENDED_USE))
                    .isEqualTo("Prescribing on adult wards\nNot for paediatric use");
        }
        try (HazardLogDatabase db = HazardLogDatabase.open(TempLogs.in(folder))) {
            String later = db.jdbi().withHandle(h -> h.createQuery("SELECT info_value FROM log_info "
                    + "WHERE info_key = 'project.later-fact'").mapTo(String.class).one());
            assertThat(later).isEqualTo("kept");
        }
    }
}
