package org.hazardlog.ui.report;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.hazardlog.app.HazardLogService;

/**
 * The one entry point of the reports feature into the main window: two items of the File menu,
 * Project settings… and Reports…, enabled while a log is open.
 */
public final class ReportMenus {

    private ReportMenus() {
    }

    /** Adds the items to the File menu just before the separator that precedes {@code before} (Quit). */
    public static void addTo(Menu file, MenuItem before, ObservableValue<HazardLogService> log, Node inWindow) {
        MenuItem settings = new MenuItem("Project settings\u2026");
        settings.setId("projectSettingsMenu");
        settings.disableProperty().bind(log.map(l -> false).orElse(true));
        settings.setOnAction(e -> new ProjectSettingsWindow(inWindow.getScene().getWindow(), log.getValue()).show());
        MenuItem reports = new MenuItem("Reports\u2026");
        reports.setId("reportsMenu");
        reports.disableProperty().bind(log.map(l -> false).orElse(true));
        reports.setOnAction(e -> new ReportsWindow(inWindow.getScene().getWindow(), log.getValue()).show());
        int at = file.getItems().indexOf(before);
        if (at > 0 && file.getItems().get(at - 1) instanceof SeparatorMenuItem) {
            at--;
        }
        at = at < 0 ? file.getItems().size() : at;
        file.getItems().addAll(at, java.util.List.of(new SeparatorMenuItem(), settings, reports));
    }
}
