package org.hazardlog.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import org.hazardlog.app.LongWork;
import org.hazardlog.app.UserSettings;
import org.hazardlog.store.HazardLogFile;

/** The JavaFX application: one main window on one hazard log at a time. */
public final class HazardLogApp extends Application {

    private static volatile HazardLogFile initialLog;
    private static volatile String initialUser;

    /**
     * Opens the window and returns when it is closed. With no log named, it reopens the last log the
     * user had open, or else the default log. A named user is the person working, as for a command
     * ({@code --user}); without one the window uses the name it remembers.
     */
    public static void launchOn(HazardLogFile log, String user) {
        initialLog = log;
        initialUser = user;
        Application.launch(HazardLogApp.class);
    }

    @Override
    public void start(Stage stage) {
        UserSettings settings = UserSettings.load();
        HazardLogFile log = initialLog != null ? initialLog : lastOrDefault(settings);
        MainViewModel model = show(stage, log, settings, initialUser, BackgroundWork.javaFx());
        StartupProbe.installIfAsked(stage.getScene(), model);
        Platform.runLater(model::offerExampleIfEmpty);
    }

    private static HazardLogFile lastOrDefault(UserSettings settings) {
        return settings.get("lastFile").map(Path::of).filter(Files::isRegularFile)
                .map(HazardLogFile::at).orElseGet(HazardLogFile::defaultLog);
    }

    /** Builds the main window on a stage and opens the log in it. Used by the application and its UI tests. */
    public static MainViewModel show(Stage stage, HazardLogFile log, UserSettings settings) {
        return show(stage, log, settings, null, BackgroundWork.sameThread());
    }

    /** As {@link #show(Stage, HazardLogFile, UserSettings)}, with the person working named ({@code --user}). */
    public static MainViewModel show(Stage stage, HazardLogFile log, UserSettings settings, String user) {
        return show(stage, log, settings, user, BackgroundWork.sameThread());
    }

    static MainViewModel show(Stage stage, HazardLogFile log, UserSettings settings, String user,
                              BackgroundWork background) {
        // Tests show the window through here too: a long operation started on the UI thread fails them.
        LongWork.recogniseUiThread(Platform::isFxApplicationThread);
        MainViewModel model = new MainViewModel(new FxDialogs(stage), settings, background);
        applyTheme(model.darkThemeProperty().get());
        model.darkThemeProperty().addListener((o, was, dark) -> applyTheme(dark));
        MainWindow window = new MainWindow(model);
        WindowPlacement placement = new WindowPlacement(settings);
        Scene scene = new Scene(window.root(), placement.width(), placement.height());
        scene.getStylesheets().add(HazardLogApp.class.getResource("hazardlog.css").toExternalForm());
        window.installShortcuts(scene);
        stage.setScene(scene);
        // Followed, not bound: a bound title could not be set by anything else that shows this stage.
        stage.setTitle(model.titleProperty().get());
        model.titleProperty().addListener((o, was, now) -> stage.setTitle(now));
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        placement.restore(stage);
        stage.setOnCloseRequest(e -> {
            if (model.close()) {
                placement.remember(stage);
            } else {
                e.consume();
            }
        });
        stage.show();
        if (user == null) {
            model.open(log);
        } else {
            model.openAs(log, user);
        }
        return model;
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }
}
