package org.hazardlog.store;

import java.nio.file.Path;
import java.util.function.Supplier;

import org.jdbi.v3.core.JdbiException;

/**
 * A write big enough that H2 spreads it over the file before it commits (an import or generation
 * of many hazards), made all-or-nothing on disk: free space is checked, a backup taken and a
 * {@link WriteJournal} written before it starts; after the commit the log is forced to disk and
 * only then is the journal removed, so a success reported afterwards is durable. If the write
 * fails because of the store (the disk filled), the log is closed and the backup put back at once;
 * if the process dies, the next opening does it.
 */
public final class LargeWrite {

    /** From this many hazards on, an import or generation is guarded as a large write. */
    public static final int HAZARDS = 20;

    private LargeWrite() {
    }

    public static <T> T run(HazardLogDatabase db, String what, Supplier<T> write) {
        HazardLogFile log = db.file();
        DiskSpace.requireRoomFor(log, what);
        if (!db.ownsFile()) {
            // Through another process that holds the file: if this process dies, that one rolls the
            // transaction back; its own crash is guarded by its own journal.
            T result = write.get();
            db.checkpoint();
            return result;
        }
        Path backup = db.backUp(slug(what));
        WriteJournal journal = WriteJournal.begin(log, what, backup);
        T result;
        try {
            result = write.get();
            db.checkpoint();
        } catch (RuntimeException e) {
            // A refusal rolls the transaction back in a sound store, and stillSound() makes that durable.
            if (isStoreFailure(e) || !db.stillSound()) {
                throw restoreAfter(db, journal, e);
            }
            journal.finish();
            throw e;
        }
        journal.finish();
        return result;
    }

    private static boolean isStoreFailure(RuntimeException e) {
        return e instanceof HazardLogUnavailableException || e instanceof JdbiException || DiskSpace.isFull(e);
    }

    private static RuntimeException restoreAfter(HazardLogDatabase db, WriteJournal journal, RuntimeException e) {
        db.close();
        String why = DiskSpace.isFull(e) || DiskSpace.nearlyFull(db.file())
                ? "The disk became full during " + journal.what() + " in " + db.file() + "."
                : "The write to " + db.file() + " failed (" + firstLine(e.getMessage()) + ").";
        try {
            String restored = journal.recover();
            String done = restored.substring(restored.indexOf(". ") + 2);
            return new HazardLogUnavailableException(why + " Nothing was changed: t" + done.substring(1), e);
        } catch (HazardLogUnavailableException failed) {
            failed.addSuppressed(e);
            return new HazardLogUnavailableException(why + " " + failed.getMessage(), failed);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** A word for the backup's file name, such as "import". */
    private static String slug(String what) {
        String first = what.split(" ")[0].toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return first.isEmpty() ? "write" : first;
    }
}
