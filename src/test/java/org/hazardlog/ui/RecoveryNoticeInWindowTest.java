package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserSettings;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.LogBackups;

/** Opening a log whose last large write did not finish tells the window's user that a backup was put back. */
class RecoveryNoticeInWindowTest {

    @TempDir
    Path home;

    private final FakeDialogs dialogs = new FakeDialogs();
    private MainViewModel model;

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
        System.clearProperty("hazardlog.home");
    }

    @Test
    void theWindowSaysABackupWasPutBackAfterAnUnfinishedWrite() throws Exception {
        System.setProperty("hazardlog.home", home.toString());
        HazardLogFile file = HazardLogFile.at(home.resolve("log"));
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            ExampleLog.fill(log);
        }
        Path backup = LogBackups.of(file).backUpNow(null);
        writeJournalOfDeadProcess(file, backup);

        model = new MainViewModel(dialogs, UserSettings.load());
        assertThat(model.open(file)).isTrue();

        assertThat(dialogs.messages).singleElement().satisfies(m -> assertThat(m)
                .startsWith("Log put back from a backup: The last change to " + file)
                .contains("did not finish").contains(backup.toString()));
        assertThat(model.statusMessageProperty().get()).contains("did not finish").contains(backup.toString());
    }

    @Test
    void aLogOpenedNormallyShowsNoSuchNotice() {
        System.setProperty("hazardlog.home", home.toString());
        HazardLogFile file = HazardLogFile.at(home.resolve("log"));
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            ExampleLog.fill(log);
        }
        model = new MainViewModel(dialogs, UserSettings.load());
        assertThat(model.open(file)).isTrue();
        assertThat(dialogs.messages).isEmpty();
        assertThat(model.statusMessageProperty().get()).startsWith("Opened ");
    }

    /** The journal a large write leaves when its process dies before the write is on disk. */
    private static void writeJournalOfDeadProcess(HazardLogFile file, Path backup) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Properties p = new Properties();
        p.setProperty("what", "importing 2000 hazards");
        p.setProperty("started", "2026-01-01T00:00:00Z");
        p.setProperty("pid", Long.toString(gone.pid()));
        p.setProperty("processStarted", "");
        p.setProperty("backup", backup.toString());
        Path journal = file.base().resolveSibling(file.base().getFileName() + ".journal");
        try (Writer w = Files.newBufferedWriter(journal, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
    }
}
