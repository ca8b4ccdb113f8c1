package org.hazardlog.ui;

import java.time.Duration;
import java.time.Instant;

import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For timing start-up (bench/run-commands.sh): started with {@code -Dhazardlog.exitWhenShown=true},
 * the window prints how long it took from the start of the JVM until the table showed the log's
 * hazards, and quits. Without the property it does nothing.
 */
final class StartupProbe {

    static final String PROPERTY = "hazardlog.exitWhenShown";

    private StartupProbe() {
    }

    static void installIfAsked(Scene scene, MainViewModel model) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        if (model.background().busyProperty().get()) {
            // Reading the log ends with busy going false; the table's rows are set right after it.
            model.background().busyProperty().addListener((o, was, busy) -> {
                if (!busy) {
                    exitAfterNextFrame(scene, model);
                }
            });
        } else {
            exitAfterNextFrame(scene, model);
        }
    }

    /** The second pulse starts only once the first one's frame is drawn, so the table has been rendered. */
    private static void exitAfterNextFrame(Scene scene, MainViewModel model) {
        Runnable[] listener = new Runnable[1];
        int[] pulses = {0};
        listener[0] = () -> {
            if (++pulses[0] < 2) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
            System.out.println("hazardlog: table shown with " + model.list().shown().size() + " hazards "
                    + Duration.between(started, Instant.now()).toMillis() + " ms after the JVM started");
            Platform.exit();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }
}
