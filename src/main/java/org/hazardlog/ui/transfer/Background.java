package org.hazardlog.ui.transfer;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.concurrent.Task;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Runs file and database work off the JavaFX thread, so that the window keeps painting during a
 * large import or export, and hands the outcome back on the JavaFX thread.
 */
final class Background {

    private Background() {
    }

    static <T> void run(Window busy, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        Scene scene = busy == null ? null : busy.getScene();
        Cursor before = scene == null ? null : scene.getCursor();
        if (scene != null) {
            scene.setCursor(Cursor.WAIT);
        }
        Runnable restore = () -> {
            if (scene != null) {
                scene.setCursor(before);
            }
        };
        task.setOnSucceeded(e -> {
            restore.run();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            restore.run();
            failed.accept(task.getException());
        });
        // A daemon, so that quitting mid-import ends it; the import's transaction is then rolled back.
        Thread thread = new Thread(task, "hazardlog-transfer");
        thread.setDaemon(true);
        thread.start();
    }
}
