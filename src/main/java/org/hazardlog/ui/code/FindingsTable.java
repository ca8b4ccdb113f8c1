package org.hazardlog.ui.code;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.hazardlog.code.LocationFinding;
import org.hazardlog.code.LocationState;

/** The checked code locations: hazard, location, file, state (coloured) and when it was reviewed. */
final class FindingsTable extends TableView<LocationFinding> {

    FindingsTable(CodeViewModel model) {
        super(model.findings());
        setId("findingsTable");
        setAccessibleText("Code locations and their state");
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No code locations to show."));

        TableColumn<LocationFinding, Integer> number = column("No.", f -> f.hazard().number());
        number.setPrefWidth(56);
        number.setMaxWidth(80);
        TableColumn<LocationFinding, String> hazard = column("Hazard", f -> f.hazard().name());
        hazard.setPrefWidth(250);
        TableColumn<LocationFinding, String> location = column("Location", f -> f.location().reference());
        location.setPrefWidth(230);
        TableColumn<LocationFinding, String> file = column("File", f -> f.file() == null ? "" : f.file());
        file.setPrefWidth(180);
        TableColumn<LocationFinding, LocationFinding> state = column("State", f -> f);
        state.setId("stateColumn");
        state.setMinWidth(200);
        state.setPrefWidth(200);
        state.setCellFactory(c -> new StateCell());
        TableColumn<LocationFinding, String> reviewed = column("Reviewed", FindingsTable::reviewed);
        reviewed.setMinWidth(175);
        reviewed.setPrefWidth(175);
        getColumns().add(number);
        getColumns().add(hazard);
        getColumns().add(location);
        getColumns().add(file);
        getColumns().add(state);
        getColumns().add(reviewed);

        getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.selectedFindingProperty().set(now);
            }
        });
        model.selectedFindingProperty().addListener((obs, was, now) -> {
            if (now != null && now != getSelectionModel().getSelectedItem()) {
                getSelectionModel().select(now);
                scrollTo(now);
            }
        });
    }

    private static String reviewed(LocationFinding f) {
        if (f.review() == null) {
            return "";
        }
        String day = f.review().reviewedAt().toString().substring(0, 10);
        String commit = f.review().gitCommit();
        return commit == null ? day : day + " \u00b7 " + commit.substring(0, Math.min(7, commit.length()));
    }

    private static <T> TableColumn<LocationFinding, T> column(String title, Function<LocationFinding, T> value) {
        TableColumn<LocationFinding, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    /** The state as a coloured badge: style class {@code state-<json name>}, such as {@code state-changed}. */
    private static final class StateCell extends TableCell<LocationFinding, LocationFinding> {
        private final Label badge = new Label();

        StateCell() {
            badge.getStyleClass().add("state-badge");
        }

        @Override
        protected void updateItem(LocationFinding f, boolean empty) {
            super.updateItem(f, empty);
            badge.getStyleClass().removeIf(s -> s.startsWith("state-") && !s.equals("state-badge"));
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            badge.setText(f.state() == LocationState.MOVED ? "moved to " + f.movedTo() : f.state().label());
            badge.setMinWidth(USE_PREF_SIZE);
            badge.getStyleClass().add("state-" + f.state().jsonName());
            setGraphic(badge);
        }
    }
}
