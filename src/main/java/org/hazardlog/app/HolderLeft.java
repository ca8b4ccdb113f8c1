package org.hazardlog.app;

import java.util.OptionalLong;

import org.hazardlog.store.HazardLogDatabase;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.HazardLogUnavailableException;

/**
 * What to tell a person whose write went through another process (the window holding the log)
 * that closed the log mid-write: read from the file as that process left it, never guessed, so a
 * lost write is never silent and a saved one is not reported lost.
 */
final class HolderLeft {

    private HolderLeft() {
    }

    /**
     * The process this one reached the log through closed it mid-write: says, from the file as that
     * process left it, whether the change is in it (never guessed), so a lost write is never silent.
     */
    static HazardLogUnavailableException explain(HazardLogFile file, long before, RuntimeException e) {
        String closed = "The program that held " + file + " open (the HazardLog window or another command) closed it"
                + " during this change";
        OptionalLong now = HazardLogDatabase.auditHeadOnDisk(file);
        if (before < 0 || now.isPresent() && now.getAsLong() == before) {
            // Before the write's first statement (before < 0), or the file as left shows none of it.
            return new HazardLogUnavailableException(closed + ", which was not made: nothing was changed. Run it again.", e);
        }
        if (now.isPresent()) {
            return new HazardLogUnavailableException(closed + ", just as it was saved: the log now ends at audit event "
                    + now.getAsLong() + " (it was at " + before + "), so the change is in it. Check with `hazardlog list`.", e);
        }
        return new HazardLogUnavailableException(closed + ", and the log cannot be read now to tell whether the change"
                + " was saved. Open it again and check with `hazardlog list` and `hazardlog audit verify`.", e);
    }
}
