package org.hazardlog.ui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * Undo and redo of the edits made to one hazard in the editor. Properties and lists are tracked:
 * each change becomes an {@link Edit}; changes made while undoing or redoing are not recorded again.
 */
final class UndoStack {

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("");
    private boolean replaying;
    private boolean paused;

    <T> void track(Property<T> property, String description) {
        property.addListener((obs, was, now) -> {
            if (!replaying && !paused && !Objects.equals(was, now)) {
                push(new PropertyEdit<>(property, was, now, description));
            }
        });
    }

    /** Tracks a list by whole snapshots: adding, removing and reordering are each one edit. */
    <T> void track(ObservableList<T> list, String description) {
        List<T>[] before = snapshot(list);
        list.addListener((javafx.collections.ListChangeListener<T>) c -> {
            List<T> now = new ArrayList<>(list);
            if (!replaying && !paused && !now.equals(before[0])) {
                push(new ListEdit<>(list, before[0], now, description));
            }
            before[0] = now;
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T>[] snapshot(List<T> list) {
        return new List[] {new ArrayList<>(list)};
    }

    void push(Edit e) {
        undone.clear();
        Edit last = done.peek();
        if (last == null || !last.absorb(e)) {
            done.push(e);
        }
        refresh();
    }

    /**
     * Runs a change that follows from the user's last edit (the status wording that follows a
     * chosen status) so that one Undo takes back both.
     */
    void joinLast(Runnable change) {
        Edit last = done.poll();
        int before = done.size();
        change.run();
        if (last == null) {
            return;
        }
        List<Edit> parts = new ArrayList<>();
        parts.add(last);
        while (done.size() > before) {
            parts.add(1, done.poll());
        }
        done.push(new CompoundEdit(parts));
        refresh();
    }

    /** Runs a change without recording it, such as loading another hazard. */
    void withoutRecording(Runnable change) {
        boolean was = paused;
        paused = true;
        try {
            change.run();
        } finally {
            paused = was;
        }
    }

    void clear() {
        done.clear();
        undone.clear();
        refresh();
    }

    boolean canUndo() {
        return !done.isEmpty();
    }

    boolean canRedo() {
        return !undone.isEmpty();
    }

    void undo() {
        replay(done, undone, Edit::undo);
    }

    void redo() {
        replay(undone, done, Edit::redo);
    }

    private void replay(Deque<Edit> from, Deque<Edit> to, java.util.function.Consumer<Edit> action) {
        Edit e = from.poll();
        if (e == null) {
            return;
        }
        replaying = true;
        try {
            action.accept(e);
        } finally {
            replaying = false;
        }
        to.push(e);
        refresh();
    }

    private void refresh() {
        undoText.set(done.isEmpty() ? "" : done.peek().description());
        redoText.set(undone.isEmpty() ? "" : undone.peek().description());
    }

    /** The description of the edit Undo would take back, or empty. */
    ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    private static final class PropertyEdit<T> implements Edit {
        private final Property<T> property;
        private final T before;
        private T after;
        private final String description;

        PropertyEdit(Property<T> property, T before, T after, String description) {
            this.property = property;
            this.before = before;
            this.after = after;
            this.description = description;
        }

        @Override
        public void undo() {
            property.setValue(before);
        }

        @Override
        public void redo() {
            property.setValue(after);
        }

        @Override
        public String description() {
            return description;
        }

        /** Typing in a text field is one edit until the user moves to another field. */
        @Override
        @SuppressWarnings("unchecked")
        public boolean absorb(Edit next) {
            if (next instanceof PropertyEdit<?> n && n.property == property && after instanceof String) {
                after = (T) n.after;
                return true;
            }
            return false;
        }
    }

    /** Several edits taken back and done again as one, in order. */
    private record CompoundEdit(List<Edit> parts) implements Edit {
        @Override
        public void undo() {
            for (int i = parts.size() - 1; i >= 0; i--) {
                parts.get(i).undo();
            }
        }

        @Override
        public void redo() {
            parts.forEach(Edit::redo);
        }

        @Override
        public String description() {
            return parts.get(0).description();
        }
    }

    private record ListEdit<T>(ObservableList<T> list, List<T> before, List<T> after, String description) implements Edit {
        @Override
        public void undo() {
            list.setAll(before);
        }

        @Override
        public void redo() {
            list.setAll(after);
        }
    }
}
