package org.hazardlog.ui.code;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the Code view asks its user; behind an interface so its view model tests without a screen. */
public interface CodeDialogs {

    Optional<Path> chooseRepositoryRoot(Path current);

    boolean confirm(String title, String message);

    void showError(String title, String message);
}
