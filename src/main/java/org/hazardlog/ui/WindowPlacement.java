package org.hazardlog.ui;

import javafx.stage.Stage;

import org.hazardlog.app.UserSettings;

/** Remembers the window's size and position between runs. */
final class WindowPlacement {

    private final UserSettings settings;

    WindowPlacement(UserSettings settings) {
        this.settings = settings;
    }

    double width() {
        return number("window.width", 1360);
    }

    double height() {
        return number("window.height", 860);
    }

    void restore(Stage stage) {
        double x = number("window.x", Double.NaN);
        double y = number("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y) && onSomeScreen(x, y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized").orElse("false")));
    }

    void remember(Stage stage) {
        settings.put("window.maximized", String.valueOf(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.put("window.width", String.valueOf(stage.getWidth()));
            settings.put("window.height", String.valueOf(stage.getHeight()));
            settings.put("window.x", String.valueOf(stage.getX()));
            settings.put("window.y", String.valueOf(stage.getY()));
        }
    }

    /** A window remembered on a screen that is no longer attached would open out of reach. */
    private static boolean onSomeScreen(double x, double y) {
        return !javafx.stage.Screen.getScreensForRectangle(x, y, 80, 40).isEmpty();
    }

    private double number(String key, double fallback) {
        try {
            return settings.get(key).map(Double::parseDouble).orElse(fallback);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
