package org.hazardlog.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardFilter;
import org.hazardlog.domain.HazardStatus;

/** The quick filter and the filters above the hazard table. */
final class FilterBar extends VBox {

    private static final String ANY = "Any";

    private final HazardListModel list;
    private final Supplier<List<Hazard>> hazards;
    private final TextField quick = new TextField();
    private final MenuButton status = new MenuButton("Status");
    private final MenuButton initial = new MenuButton("Initial risk");
    private final MenuButton residual = new MenuButton("Residual risk");
    private final ComboBox<String> type = new ComboBox<>();
    private final ComboBox<String> owner = new ComboBox<>();
    private final ToggleButton unscored = new ToggleButton("Unscored");
    private final ToggleButton triage = new ToggleButton("For triage");
    private final ToggleButton exceptions = new ToggleButton("Exceptions only");
    private final ToggleButton unverified = new ToggleButton("Residual unverified");
    private final Label cellChip = new Label();
    private HazardFilter.Cell initialCell;
    private HazardFilter.Cell residualCell;
    private boolean updating;

    FilterBar(HazardListModel list, Supplier<List<Hazard>> hazards) {
        this.list = list;
        this.hazards = hazards;
        setId("filterBar");
        getStyleClass().add("filter-bar");
        setSpacing(6);

        quick.setId("quickFilter");
        quick.setPromptText("Filter: type to match any field (Ctrl+F)");
        quick.setAccessibleText("Quick filter");
        quick.textProperty().addListener((o, a, b) -> apply());
        HBox.setHgrow(quick, Priority.ALWAYS);

        status.setId("statusFilter");
        for (HazardStatus s : HazardStatus.values()) {
            status.getItems().add(check(s.label(), "statusFilter-" + s.name(), s));
        }
        levelMenu(initial, "initialFilter");
        levelMenu(residual, "residualFilter");
        choice(type, "typeFilter", "Hazard type");
        choice(owner, "ownerFilter", "Owner");
        type.setOnShowing(e -> refreshChoices());
        owner.setOnShowing(e -> refreshChoices());
        unscored.setId("unscoredFilter");
        unscored.setAccessibleText("Only hazards not fully scored");
        unscored.selectedProperty().addListener((o, a, b) -> apply());
        triage.setId("triageFilter");
        triage.setAccessibleText("Only hazards labelled for triage");
        triage.selectedProperty().addListener((o, a, b) -> apply());
        exceptions.setId("exceptionsFilter");
        exceptions.setAccessibleText("Only hazards with an exception the safety case lists");
        exceptions.setTooltip(new Tooltip("Closed at level 4-5, Closed unscored, Closed with only proposed controls, "
                + "Transferred with no deploying-organisation control, residual lowered with no implemented control, "
                + "level 2-3 accepted without a justification, drafts, residual unverified by the latest test evidence"));
        exceptions.selectedProperty().bindBidirectional(list.exceptionsOnlyProperty());
        unverified.setId("unverifiedFilter");
        unverified.setAccessibleText("Only hazards whose residual risk relies on a control with failing or missing test evidence");
        unverified.setTooltip(new Tooltip("Hazards whose residual risk relies on a control whose linked tests failed "
                + "or are missing in the latest evidence run"));
        unverified.selectedProperty().bindBidirectional(list.unverifiedOnlyProperty());

        cellChip.setId("cellFilter");
        cellChip.getStyleClass().add("cell-chip");
        cellChip.setVisible(false);
        cellChip.managedProperty().bind(cellChip.visibleProperty());
        Button clear = new Button("Clear filters");
        clear.setId("clearFilters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> clear());

        HBox top = new HBox(8, quick);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane filters = new FlowPane(6, 6, status, initial, residual, type, owner, unscored, triage, exceptions,
                unverified, cellChip, clear);
        filters.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(top, filters);
    }

    private CheckMenuItem check(String text, String id, Object value) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setUserData(value);
        item.selectedProperty().addListener((o, a, b) -> apply());
        return item;
    }

    private void levelMenu(MenuButton menu, String id) {
        menu.setId(id);
        for (int level = 1; level <= 5; level++) {
            menu.getItems().add(check("Level " + level, id + "-" + level, level));
        }
        menu.getItems().add(check("Not scored", id + "-0", 0));
    }

    private void choice(ComboBox<String> box, String id, String accessible) {
        box.setId(id);
        box.setAccessibleText(accessible);
        box.setPromptText(accessible);
        box.getItems().setAll(ANY);
        box.valueProperty().addListener((o, a, b) -> apply());
    }

    private void refreshChoices() {
        Set<String> types = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        Set<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Hazard h : hazards.get()) {
            types.addAll(h.hazardTypes());
            if (!h.assignment().isBlank()) {
                owners.add(h.assignment());
            }
        }
        keep(type, types);
        keep(owner, owners);
    }

    private static void keep(ComboBox<String> box, Set<String> values) {
        String chosen = box.getValue();
        List<String> items = new java.util.ArrayList<>();
        items.add(ANY);
        items.addAll(values);
        if (!items.equals(box.getItems())) {
            box.getItems().setAll(items);
            box.setValue(chosen);
        }
    }

    void focusQuickFilter() {
        quick.requestFocus();
        quick.selectAll();
    }

    /** Filters to one cell of the initial or residual matrix, as a click on the risk map asks. */
    void filterByCell(boolean initialMatrix, HazardFilter.Cell cell) {
        initialCell = initialMatrix ? cell : null;
        residualCell = initialMatrix ? null : cell;
        cellChip.setText((initialMatrix ? "Initial" : "Residual") + " L" + cell.likelihood() + " \u00d7 S" + cell.severity());
        cellChip.setVisible(true);
        apply();
    }

    void clear() {
        updating = true;
        try {
            quick.clear();
            for (MenuButton m : List.of(status, initial, residual)) {
                m.getItems().forEach(i -> ((CheckMenuItem) i).setSelected(false));
            }
            type.setValue(null);
            owner.setValue(null);
            unscored.setSelected(false);
            triage.setSelected(false);
            exceptions.setSelected(false);
            unverified.setSelected(false);
            initialCell = null;
            residualCell = null;
            cellChip.setVisible(false);
        } finally {
            updating = false;
        }
        apply();
    }

    private void apply() {
        if (updating) {
            return;
        }
        list.setFilter(new HazardFilter(quick.getText(), chosen(status, HazardStatus.class), chosen(initial, Integer.class),
                chosen(residual, Integer.class), valueOf(type), valueOf(owner), unscored.isSelected(),
                triage.isSelected(), initialCell, residualCell));
    }

    private static String valueOf(ComboBox<String> box) {
        String v = box.getValue();
        return v == null || v.equals(ANY) ? "" : v;
    }

    private static <T> Set<T> chosen(MenuButton menu, Class<T> type) {
        Set<T> values = new LinkedHashSet<>();
        menu.getItems().forEach(i -> {
            if (((CheckMenuItem) i).isSelected()) {
                values.add(type.cast(i.getUserData()));
            }
        });
        String base = menu.getText().replaceAll(" \\(\\d+\\)$", "");
        menu.setText(values.isEmpty() ? base : base + " (" + values.size() + ")");
        return values;
    }
}
