package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import org.hazardlog.app.ExampleLog;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.UserSettings;
import org.hazardlog.domain.audit.AuditCheck;
import org.hazardlog.store.HazardLogFile;

/**
 * Work that takes seconds on a large log never runs on the window's UI thread: the service's long
 * operations refuse that thread once the window is shown, and the window's own menus run them in
 * the background.
 */
@ExtendWith(ApplicationExtension.class)
class LongWorkOnUiThreadTest {

    @TempDir
    static Path home;

    private HazardLogFile file;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        System.setProperty("hazardlog.home", home.toString());
        UserSettings settings = UserSettings.load();
        settings.markExampleOffered();
        settings.put("currentUser", "QA");
        file = HazardLogFile.at(home.resolve("log-" + System.nanoTime()));
        try (HazardLogService log = HazardLogService.create(file, "QA", "a password".toCharArray())) {
            ExampleLog.fill(log);
        }
        model = HazardLogApp.show(stage, file, settings);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> model.close());
        System.clearProperty("hazardlog.home");
    }

    @Test
    void checkingTheAuditTrailOnTheUiThreadFailsLoudly() throws Exception {
        CompletableFuture<AuditCheck> onUiThread = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                onUiThread.complete(model.accountability().logProperty().get().audit().verify());
            } catch (RuntimeException e) {
                onUiThread.completeExceptionally(e);
            }
        });
        assertThat(onUiThread).failsWithin(30, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOf(IllegalStateException.class)
                .withMessageContaining("Checking the audit trail").withMessageContaining("UI thread");
    }

    @Test
    void comparingVersionsOnTheUiThreadFailsLoudly() throws Exception {
        CompletableFuture<Object> onUiThread = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                onUiThread.complete(model.accountability().logProperty().get().versions().diff("current", "current"));
            } catch (RuntimeException e) {
                onUiThread.completeExceptionally(e);
            }
        });
        assertThat(onUiThread).failsWithin(30, TimeUnit.SECONDS).withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause().isInstanceOf(IllegalStateException.class).withMessageContaining("Comparing versions");
    }

    @Test
    void theSameCheckOffTheUiThreadRuns() {
        assertThat(model.accountability().logProperty().get().audit().verify().isIntact()).isTrue();
    }

    @Test
    void theAuditMenuChecksTheTrailInTheBackgroundAndReportsIt(FxRobot robot) throws Exception {
        robot.clickOn("Audit");
        robot.clickOn("Verify audit trail");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup((Node n) -> n instanceof Label l
                && l.getText() != null && l.getText().startsWith("Intact:")).tryQuery().isPresent());
        robot.clickOn("OK");
    }
}
