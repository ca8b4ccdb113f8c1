package org.hazardlog.ui.code;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;

/**
 * A file's lines in a monospace font with their numbers, the location's range highlighted. A list
 * rather than a text area, so that only the lines on screen are laid out, however long the file.
 */
final class SnippetView extends ListView<SnippetLine> {

    static final String IN_RANGE = "in-range";

    SnippetView(CodeViewModel model) {
        super(model.snippet());
        setId("snippet");
        setAccessibleText("Code of the selected location");
        getStyleClass().add("snippet");
        setPlaceholder(new Label("Choose a code location to see its code."));
        setCellFactory(list -> new LineCell());
        model.snippetFocusProperty().addListener((obs, was, now) -> {
            int line = now.intValue();
            if (line >= 0) {
                // After the new lines are laid out, or the list scrolls by the old lines' measure;
                // a few lines of context above the range, as an editor would show it.
                Platform.runLater(() -> scrollTo(Math.max(0, line - 3)));
            }
        });
    }

    /** One line: number, then text; the row highlighted when the line is in the range. */
    private static final class LineCell extends ListCell<SnippetLine> {
        private final Label number = new Label();
        private final Label text = new Label();
        private final HBox row = new HBox(number, text);

        LineCell() {
            getStyleClass().add("snippet-line");
            number.getStyleClass().add("line-number");
            text.getStyleClass().add("code-text");
            number.setMinWidth(56);
            text.setMinWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(SnippetLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().remove(IN_RANGE);
            if (empty || line == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            number.setText(String.valueOf(line.number()));
            text.setText(line.text().replace("\t", "    "));
            setGraphic(row);
            setAccessibleText("Line " + line.number() + (line.inRange() ? ", in the location's range: " : ": ") + line.text());
            if (line.inRange()) {
                getStyleClass().add(IN_RANGE);
            }
        }
    }
}
