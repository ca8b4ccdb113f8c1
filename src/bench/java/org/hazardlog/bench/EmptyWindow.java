package org.hazardlog.bench;

import java.time.Duration;
import java.time.Instant;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor for the window's start-up: an empty JavaFX window of the same size, timed the same way
 * as {@code -Dhazardlog.exitWhenShown=true} times the real one (JVM start to the second pulse after
 * showing), then quits. Run by bench/run-commands.sh on the built jar's class path.
 */
public final class EmptyWindow {

    private EmptyWindow() {
    }

    public static void main(String[] args) {
        // The main class must not extend Application when JavaFX is on the class path.
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1360, 860);
            stage.setScene(scene);
            stage.setTitle("Empty window");
            stage.show();
            Runnable[] listener = new Runnable[1];
            int[] pulses = {0};
            listener[0] = () -> {
                if (++pulses[0] < 2) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(listener[0]);
                Instant started = ProcessHandle.current().info().startInstant().orElseThrow();
                System.out.println("empty window shown " + Duration.between(started, Instant.now()).toMillis()
                        + " ms after the JVM started");
                Platform.exit();
            };
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        }
    }
}
