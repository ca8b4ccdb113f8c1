package org.hazardlog.ui;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;

/** The table of hazards: number, name, status, initial and residual risk, owner. */
final class HazardTable extends TableView<Hazard> {

    private final MainViewModel model;

    HazardTable(MainViewModel model, javafx.collections.ObservableList<Hazard> rows) {
        this.model = model;
        setId("hazardTable");
        setAccessibleText("Hazards");
        javafx.collections.transformation.SortedList<Hazard> sorted = new javafx.collections.transformation.SortedList<>(rows);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        setPlaceholder(new Label("No hazards to show. Add one with Hazard > New hazard (Ctrl+N), or clear the filters."));

        TableColumn<Hazard, Integer> number = column("No.", Hazard::number);
        number.setId("numberColumn");
        number.setMinWidth(64);
        number.setPrefWidth(64);
        number.setMaxWidth(90);
        TableColumn<Hazard, String> name = column("Name", Hazard::name);
        name.setPrefWidth(300);
        TableColumn<Hazard, String> status = column("Status", h -> h.status().label());
        // "Transferred" whole: the name column is the one that gives way in a narrow window.
        status.setMinWidth(100);
        status.setPrefWidth(100);
        TableColumn<Hazard, Assessment> initial = riskColumn("Initial risk", Hazard::initial);
        TableColumn<Hazard, Assessment> residual = riskColumn("Residual risk", Hazard::residual);
        residual.setCellFactory(col -> new RiskCell(true));
        residual.setMinWidth(200);
        residual.setPrefWidth(220);
        model.evidenceProperty().addListener((o, was, now) -> refresh());
        TableColumn<Hazard, String> owner = column("Owner", Hazard::assignment);
        owner.setPrefWidth(140);
        getColumns().setAll(java.util.List.of(number, name, status, initial, residual, owner));
        getSortOrder().add(number);
    }

    private static <T> TableColumn<Hazard, T> column(String title, Function<Hazard, T> value) {
        TableColumn<Hazard, T> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    private TableColumn<Hazard, Assessment> riskColumn(String title, Function<Hazard, Assessment> value) {
        TableColumn<Hazard, Assessment> c = column(title, value);
        c.setMinWidth(124);
        c.setPrefWidth(124);
        c.setComparator((a, b) -> Integer.compare(levelOf(a), levelOf(b)));
        c.setCellFactory(col -> new RiskCell());
        return c;
    }

    private int levelOf(Assessment a) {
        RiskScheme scheme = model.editor().scheme();
        return scheme == null ? 0 : scheme.riskLevel(a).map(r -> r.number()).orElse(0);
    }

    /** A risk level shown as a coloured badge; the colour comes from the stylesheet's risk-N classes. */
    private final class RiskCell extends TableCell<Hazard, Assessment> {
        private final Label badge = new Label();
        private final Label unverified = new Label("unverified");
        private final boolean residual;

        RiskCell() {
            this(false);
        }

        /** A residual cell also says "unverified" when the residual relies on a control with failing or missing evidence. */
        RiskCell(boolean residual) {
            this.residual = residual;
            badge.getStyleClass().add("risk-badge");
            badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            unverified.getStyleClass().add("unverified-badge");
            unverified.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Assessment a, boolean empty) {
            super.updateItem(a, empty);
            RiskScheme scheme = model.editor().scheme();
            if (empty || a == null || scheme == null) {
                setGraphic(null);
                return;
            }
            badge.setText(RiskText.label(scheme, a));
            badge.getStyleClass().removeIf(s -> s.startsWith("risk-") && !s.equals("risk-badge"));
            badge.getStyleClass().add(RiskText.styleClass(scheme, a));
            Hazard h = getTableRow() == null ? null : getTableRow().getItem();
            boolean isUnverified = residual && h != null && model.evidenceProperty().get().residualUnverified(h, scheme);
            if (isUnverified) {
                javafx.scene.layout.HBox both = new javafx.scene.layout.HBox(4, badge, unverified);
                both.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setGraphic(both);
            } else {
                setGraphic(badge);
            }
        }
    }
}
