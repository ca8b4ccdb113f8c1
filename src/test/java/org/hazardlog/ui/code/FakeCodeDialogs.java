package org.hazardlog.ui.code;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Scripted answers for the Code view's tests; records what the user was told and asked. */
final class FakeCodeDialogs implements CodeDialogs, FileOpener {

    Path folderToChoose;
    boolean confirmAnswer = true;
    final List<String> confirmations = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<Path> opened = new ArrayList<>();
    String openProblem;

    @Override
    public Optional<Path> chooseRepositoryRoot(Path current) {
        return Optional.ofNullable(folderToChoose);
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations.add(message);
        return confirmAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    @Override
    public Optional<String> open(Path file) {
        opened.add(file);
        return Optional.ofNullable(openProblem);
    }
}
