package org.hazardlog.ui.code;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;

/**
 * The change since review of the chosen location: the reviewed lines against today's, removed
 * lines red with their number as reviewed, added lines green with their number now, so that the
 * CSO judges the change rather than reading the whole code again.
 */
final class DiffView extends ListView<DiffLine> {

    DiffView(CodeViewModel model) {
        super(model.reviewDiff());
        setId("reviewDiff");
        setAccessibleText("What changed in the selected location since it was reviewed");
        getStyleClass().addAll("snippet", "review-diff");
        setPlaceholder(new Label("Nothing to compare: the chosen location is as reviewed, or was never reviewed."));
        setCellFactory(list -> new Cell());
    }

    private static final class Cell extends ListCell<DiffLine> {
        private final Label before = new Label();
        private final Label after = new Label();
        private final Label sign = new Label();
        private final Label text = new Label();
        private final HBox row = new HBox(before, after, sign, text);

        Cell() {
            getStyleClass().add("diff-line");
            before.getStyleClass().add("line-number");
            after.getStyleClass().add("line-number");
            sign.getStyleClass().add("diff-sign");
            text.getStyleClass().add("code-text");
            before.setMinWidth(48);
            after.setMinWidth(48);
            sign.setMinWidth(16);
            text.setMinWidth(USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(DiffLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeIf(s -> s.startsWith("diff-") && !s.equals("diff-line"));
            if (empty || line == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            before.setText(line.before() == null ? "" : String.valueOf(line.before()));
            after.setText(line.after() == null ? "" : String.valueOf(line.after()));
            sign.setText(switch (line.kind()) {
                case REMOVED -> "-";
                case ADDED -> "+";
                default -> "";
            });
            text.setText(line.text().replace("\t", "    "));
            setGraphic(row);
            getStyleClass().add(line.kind().styleClass());
            setAccessibleText(switch (line.kind()) {
                case REMOVED -> "Reviewed line " + line.before() + ", removed: " + line.text();
                case ADDED -> "Line " + line.after() + ", added since review: " + line.text();
                case SAME -> "Line " + line.after() + ", as reviewed: " + line.text();
                default -> line.text();
            });
        }
    }
}
