package org.hazardlog.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.store.HazardLogFile;

/** The Reports window offers the log as it is now and every issued version. */
class ReportVersionsTest {

    @TempDir
    Path folder;

    @Test
    void issuedVersionsAreOfferedNewestFirstAfterTheCurrentLog() {
        try (HazardLogService log = HazardLogService.create(HazardLogFile.at(folder.resolve("log")), "alice",
                "signing password".toCharArray())) {
            ExampleLog.fill(log);
            ReportsModel model = new ReportsModel(log, Runnable::run, p -> { });
            assertThat(model.versionChoices()).containsExactly(ReportsModel.CURRENT);
            log.versions().issue("One", "signing password".toCharArray());
            log.versions().issue("Two", "signing password".toCharArray());
            assertThat(model.versionChoices())
                    .containsExactly(ReportsModel.CURRENT, "Version 2 (issued)", "Version 1 (issued)");
        }
    }
}
