package org.hazardlog.ui;

/** One user edit that can be taken back and done again. */
interface Edit {

    void undo();

    void redo();

    /** What the edit did, in words for the Edit menu ("Undo name"). */
    String description();

    /** Folds a following edit into this one (typing a word is one edit, not one per letter). */
    default boolean absorb(Edit next) {
        return false;
    }
}
