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
}
