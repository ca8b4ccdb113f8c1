package org.hazardlog.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

/**
 * Runs slow work (reading a large log) away from the UI thread and hands the result back on it,
 * while the status bar shows what is happening. Tests use {@link #sameThread()}.
 */
interface BackgroundWork {

    <T> void run(String description, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed);

    ReadOnlyBooleanProperty busyProperty();

    ReadOnlyStringProperty descriptionProperty();

    static BackgroundWork sameThread() {
        return new BackgroundWork() {
            private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
            private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");

            @Override
            public <T> void run(String what, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException e) {
                    failed.accept(e);
                    return;
                }
                done.accept(result);
            }

            @Override
            public ReadOnlyBooleanProperty busyProperty() {
                return busy.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty descriptionProperty() {
                return description.getReadOnlyProperty();
            }
        };
    }

    /** One background thread: reads of one log happen in the order they were asked for. */
    static BackgroundWork javaFx() {
        return new BackgroundWork() {
            private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
            private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
            private final java.util.concurrent.ExecutorService thread =
                    java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                        Thread t = new Thread(r, "hazardlog-background");
                        t.setDaemon(true);
                        return t;
                    });

            @Override
            public <T> void run(String what, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
                Task<T> task = new Task<>() {
                    @Override
                    protected T call() {
                        return work.get();
                    }
                };
                busy.set(true);
                description.set(what);
                task.setOnSucceeded(e -> {
                    busy.set(false);
                    description.set("");
                    done.accept(task.getValue());
                });
                task.setOnFailed(e -> {
                    busy.set(false);
                    description.set("");
                    Throwable t = task.getException();
                    failed.accept(t instanceof RuntimeException r ? r : new IllegalStateException(t));
                });
                if (!Platform.isFxApplicationThread()) {
                    throw new IllegalStateException("background work must be started from the UI thread");
                }
                thread.submit(task);
            }

            @Override
            public ReadOnlyBooleanProperty busyProperty() {
                return busy.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty descriptionProperty() {
                return description.getReadOnlyProperty();
            }
        };
    }
}
