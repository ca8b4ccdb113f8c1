package org.hazardlog.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardFilter;
import org.hazardlog.domain.RiskScheme;

/**
 * For the benchmarks only: the window's chain of lists without the window. The log's hazards,
 * {@link HazardListModel} filtering them, the table's {@link SortedList} over what is shown (sorted
 * by number, as after a click on the "No." header) and the "42 of 310 hazards" count, all of which a
 * keystroke in the filter box updates. Needs only javafx-base: no toolkit, no FX thread.
 */
public final class TableFilter {

    private final HazardListModel model;
    private final SortedList<Hazard> table;
    private final StringBinding count;

    /** As the window after reading a log: the search texts built in the background are handed to the model. */
    public TableFilter(List<Hazard> hazards, RiskScheme scheme) {
        model = new HazardListModel(FXCollections.observableArrayList(hazards), new SimpleObjectProperty<>(scheme));
        model.remember(searchTexts(hazards));
        table = new SortedList<>(model.shown(), Comparator.comparing(Hazard::number));
        count = model.countText();
    }

    /** What reading a log does besides the reading, on the background thread: every hazard's search text. */
    public static Map<Hazard, String> searchTexts(List<Hazard> hazards) {
        return HazardListModel.searchTexts(hazards);
    }

    /** What one keystroke in the filter box does; returns how many rows the table then has. */
    public int type(String text) {
        model.setFilter(new HazardFilter(text, Set.of(), Set.of(), Set.of(), "", "",
                false, false, null, null));
        count.get();
        return table.size();
    }
}
