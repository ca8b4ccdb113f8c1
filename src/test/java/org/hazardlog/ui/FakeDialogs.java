package org.hazardlog.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Scripted answers for view-model tests; records what the user was told. */
final class FakeDialogs implements Dialogs {

    final Deque<UnsavedChoice> unsavedAnswers = new ArrayDeque<>();
    final List<String> unsavedQuestions = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    boolean confirmAnswer;
    int confirmations;

    @Override
    public UnsavedChoice askAboutUnsavedChanges(String what) {
        unsavedQuestions.add(what);
        return unsavedAnswers.isEmpty() ? UnsavedChoice.CANCEL : unsavedAnswers.pop();
    }

    @Override
    public boolean confirm(String title, String message) {
        confirmations++;
        return confirmAnswer;
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    final Deque<Object> choices = new ArrayDeque<>();

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String message, List<T> options, T initial) {
        return Optional.ofNullable((T) choices.poll());
    }

    @Override
    public Optional<String> askText(String title, String message, String initial) {
        return Optional.ofNullable((String) choices.poll());
    }

    final List<String> messages = new ArrayList<>();
    final Deque<String> whoIsWorkingAnswers = new ArrayDeque<>();
    final List<List<String>> whoIsWorkingQuestions = new ArrayList<>();

    @Override
    public void showMessage(String title, String message) {
        messages.add(title + ": " + message);
    }

    /** Runs while the who-is-working question is open, to look at the window behind it. */
    Runnable whileAskingWhoIsWorking = () -> { };

    @Override
    public Optional<String> askWhoIsWorking(List<String> users, String current) {
        whoIsWorkingQuestions.add(users);
        whileAskingWhoIsWorking.run();
        return Optional.ofNullable(whoIsWorkingAnswers.poll());
    }

    @Override
    public Optional<Path> chooseLogToOpen() {
        return Optional.empty();
    }

    /** The answer to the new-log file chooser; null means cancelled. */
    Path logToCreate;
    /** The answer to the new log's first-CSO question; null means cancelled. */
    FirstCso firstCso;
    final List<String> firstCsoSuggestions = new ArrayList<>();

    @Override
    public Optional<Path> chooseLogToCreate() {
        return Optional.ofNullable(logToCreate);
    }

    @Override
    public Optional<FirstCso> askFirstCso(String suggested) {
        firstCsoSuggestions.add(suggested);
        return Optional.ofNullable(firstCso);
    }
}
