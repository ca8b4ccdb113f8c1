package org.hazardlog.ui.code;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;

/**
 * The entry point of the Code view: a window beside the main window that follows its open log and
 * its selected hazard. The main window needs nothing else from this package.
 */
public final class CodeCheckWindow {

    private static final String KEY = CodeCheckWindow.class.getName();

    private CodeCheckWindow() {
    }

    /**
     * Shows the Code view of a main window, making it on first use.
     *
     * @param hazardsChanged called after the view saved a hazard (a moved location updated)
     */
    public static void show(Window owner, ObservableValue<HazardLogService> log, ObservableValue<Hazard> selectedHazard,
                            Runnable hazardsChanged) {
        Object existing = owner.getProperties().get(KEY);
        if (existing instanceof Stage stage) {
            stage.show();
            stage.toFront();
            return;
        }
        Stage stage = new Stage();
        stage.initOwner(owner);
        ExecutorService background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "code-check");
            t.setDaemon(true); // a check in progress must not keep HazardLog running after its window closes
            return t;
        });
        CodeViewModel model = new CodeViewModel(new FxCodeDialogs(stage), new DesktopFileOpener(), background,
                Platform::runLater, hazardsChanged);
        showIn(stage, model, log, selectedHazard);
        // Hidden, the view stops following the main window, so it reads no files nobody looks at.
        stage.setOnHidden(e -> {
            model.selectedHazardProperty().unbind();
            model.logProperty().unbind();
            model.logProperty().set(null);
        });
        stage.setOnShowing(e -> {
            if (!model.logProperty().isBound()) {
                model.selectedHazardProperty().bind(selectedHazard);
                model.logProperty().bind(log);
            }
        });
        owner.getProperties().put(KEY, stage);
    }

    /** Builds the Code view on a stage, following the given log and hazard. Used by {@link #show} and UI tests. */
    public static void showIn(Stage stage, CodeViewModel model, ObservableValue<HazardLogService> log,
                              ObservableValue<Hazard> selectedHazard) {
        Scene scene = new Scene(new CodeView(model), 1180, 760);
        scene.getStylesheets().add(CodeCheckWindow.class.getResource("/org/hazardlog/ui/hazardlog.css").toExternalForm());
        scene.getStylesheets().add(CodeCheckWindow.class.getResource("code.css").toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Code check \u2014 HazardLog");
        stage.setMinWidth(700);
        stage.setMinHeight(450);
        model.selectedHazardProperty().bind(selectedHazard);
        model.logProperty().bind(log);
        stage.show();
    }
}
