package org.hazardlog.app;

import java.util.function.BooleanSupplier;

/**
 * A tripwire for work that can take seconds on a large log (issuing a version, comparing versions,
 * checking the audit trail, importing): run on the window's UI thread, it would freeze the window.
 * The window says how to recognise that thread ({@link #recogniseUiThread}); each such operation
 * calls {@link #begin} first. With assertions on (every test run) a call from the UI thread throws;
 * without them (a user's run) it is reported on standard error and the work goes ahead, because a
 * slow answer is better than none.
 */
public final class LongWork {

    private static volatile BooleanSupplier onUiThread = () -> false;

    private LongWork() {
    }

    /** Installed by the window: whether the calling thread is its UI thread. */
    public static void recogniseUiThread(BooleanSupplier test) {
        onUiThread = test;
    }

    /** Called at the start of an operation that can take seconds; {@code what} names it for the message. */
    public static void begin(String what) {
        if (!onUiThread.getAsBoolean()) {
            return;
        }
        String message = what + " can take seconds on a large log and was started on the window's UI thread,"
                + " which freezes the window: run it in the background";
        if (LongWork.class.desiredAssertionStatus()) {
            throw new IllegalStateException(message);
        }
        System.err.println("hazardlog: " + message);
    }
}
