package org.hazardlog.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import org.hazardlog.domain.risk.ScaleLevel;

/**
 * A choice of likelihood or severity level, with "TBC (not scored)" as an explicit first choice and
 * each level's definition on hover.
 */
final class LevelChoice extends ComboBox<Integer> {

    private List<ScaleLevel> scale = List.of();

    LevelChoice(String id, String accessibleText) {
        setId(id);
        setAccessibleText(accessibleText);
        setMaxWidth(Double.MAX_VALUE);
        setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return text(n);
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Integer n, boolean empty) {
                super.updateItem(n, empty);
                setText(empty ? null : text(n));
                ScaleLevel level = empty ? null : level(n);
                setTooltip(level == null ? null : new Tooltip(level.optionLine()));
            }
        });
    }

    /** Offers the levels of the open log's risk scheme. */
    void setScale(List<ScaleLevel> levels) {
        Integer chosen = getValue();
        scale = List.copyOf(levels);
        List<Integer> choices = new ArrayList<>();
        choices.add(HazardEditorModel.UNSCORED);
        scale.forEach(l -> choices.add(l.number()));
        getItems().setAll(choices);
        setValue(chosen);
    }

    private ScaleLevel level(Integer n) {
        if (n == null || n < 1 || n > scale.size()) {
            return null;
        }
        return scale.get(n - 1);
    }

    private String text(Integer n) {
        ScaleLevel l = level(n);
        return l == null ? "TBC (not scored)" : l.number() + " - " + l.name();
    }
}
