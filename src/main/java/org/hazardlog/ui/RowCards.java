package org.hazardlog.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Redraws a list of editing cards when rows are added, removed or moved, but not when a field of
 * a row changes: rebuilding a card while its field is being typed in would take the focus away.
 */
final class RowCards {

    private RowCards() {
    }

    static <T> void redrawOnStructuralChange(ObservableList<T> rows, Runnable redraw) {
        rows.addListener((ListChangeListener<T>) c -> {
            while (c.next()) {
                if (!c.wasUpdated()) {
                    redraw.run();
                    return;
                }
            }
        });
        redraw.run();
    }
}
