package org.hazardlog.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.hazardlog.app.UserSettings;
import org.hazardlog.store.HazardLogFile;

/** The JavaFX application: one main window on one hazard log at a time. */
public final class HazardLogApp extends Application {

    private static volatile HazardLogFile initialLog;

    /** Opens the window on the given log; returns when the window is closed. */
    public static void launchOn(HazardLogFile log) {
        initialLog = log;
        Application.launch(HazardLogApp.class);
    }

    @Override
    public void start(Stage stage) {
        MainViewModel model = show(stage, initialLog != null ? initialLog : HazardLogFile.defaultLog(), UserSettings.load());
        Platform.runLater(model::offerExampleIfEmpty);
    }

    /** Builds the main window on a stage and opens the log in it. Used by the application and its UI tests. */
    public static MainViewModel show(Stage stage, HazardLogFile log, UserSettings settings) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        MainViewModel model = new MainViewModel(new FxDialogs(stage), settings);
        MainWindow window = new MainWindow(model);
        Scene scene = new Scene(window.root(), 1280, 800);
        scene.getStylesheets().add(HazardLogApp.class.getResource("hazardlog.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(model.titleProperty());
        stage.setMinWidth(800);
        stage.setMinHeight(500);
        stage.setOnCloseRequest(e -> {
            if (!model.close()) {
                e.consume();
            }
        });
        stage.show();
        model.open(log);
        return model;
    }
}
