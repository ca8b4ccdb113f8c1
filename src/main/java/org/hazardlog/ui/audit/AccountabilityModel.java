package org.hazardlog.ui.audit;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.access.Actor;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.access.User;
import org.hazardlog.domain.audit.AuditCheck;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.domain.version.IssuedVersion;
import org.hazardlog.domain.version.VersionDiff;
import org.hazardlog.domain.version.VersionSummary;
import org.hazardlog.store.HazardLogUnavailableException;

/**
 * Who is working and what they may do, the users, the audit trail and the issued versions, for the
 * window. The service enforces the permissions; this model only lets the window grey out what the
 * service would refuse, and turns refusals into messages.
 */
public final class AccountabilityModel {

    private final AuditDialogs dialogs;
    private final StringProperty currentUser;
    private final ObjectProperty<HazardLogService> log = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Actor> actor = new ReadOnlyObjectWrapper<>(Actor.stranger(""));
    private final ReadOnlyBooleanWrapper hasUsers = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper whoText = new ReadOnlyStringWrapper("");
    /** What slow work is under way ("" when none), for the dialogs' progress indication. */
    private final ReadOnlyStringWrapper working = new ReadOnlyStringWrapper("");
    private final Executor background;
    private final Executor fx;

    public AccountabilityModel(AuditDialogs dialogs, StringProperty currentUser) {
        this(dialogs, currentUser, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "hazardlog-versions");
            t.setDaemon(true);
            return t;
        }), Platform::runLater);
    }

    /** Issuing, comparing and checking run on {@code background}; their outcome is handled on {@code fx}. */
    public AccountabilityModel(AuditDialogs dialogs, StringProperty currentUser, Executor background, Executor fx) {
        this.dialogs = dialogs;
        this.currentUser = currentUser;
        this.background = background;
        this.fx = fx;
        currentUser.addListener((o, was, now) -> {
            if (log.get() != null) {
                log.get().actAs(now);
                refresh();
            }
        });
    }

    /** A log was opened: act as the person named as working (read only if the log does not know them). */
    public void logOpened(HazardLogService service) {
        log.set(service);
        service.actAs(currentUser.get());
        refresh();
    }

    /** Asks who is working if the log has users and does not know the person named. */
    public void askIfUnknown() {
        if (log.get() != null && hasUsers.get() && !actor.get().isUser()) {
            chooseWhoIsWorking();
        }
    }

    public void logClosed() {
        log.set(null);
        refresh();
    }

    /** Reads the person's role again, such as after a change of users. */
    public void refresh() {
        HazardLogService service = log.get();
        if (service == null) {
            actor.set(Actor.stranger(currentUser.get() == null ? "" : currentUser.get()));
            hasUsers.set(false);
        } else {
            actor.set(service.actor());
            hasUsers.set(service.users().any());
        }
        Actor a = actor.get();
        if (a.isUser()) {
            whoText.set(a.name() + " (" + a.role().label() + ")");
        } else if (service != null && !hasUsers.get()) {
            whoText.set(a.name() + " \u2014 your first change makes you this log's CSO");
        } else {
            whoText.set(a.describe() + ": read only");
        }
    }

    public void chooseWhoIsWorking() {
        HazardLogService service = log.get();
        if (service == null) {
            return;
        }
        List<String> names = service.users().list().stream().map(User::name).toList();
        if (names.isEmpty()) {
            dialogs.showMessage("Who is working", "This log has no users yet. Whoever makes the first change becomes "
                    + "its CSO, and can then add the team under Audit > Users.");
            return;
        }
        dialogs.askWhoIsWorking(names, currentUser.get()).ifPresent(currentUser::set);
        refresh();
    }

    /** True while the person may do what the permission allows; follows changes of person and role. */
    public BooleanBinding may(Permission p) {
        return Bindings.createBooleanBinding(() -> actor.get().may(p) || (p != Permission.READ
                && log.get() != null && !hasUsers.get() && !actor.get().name().isBlank()), actor, hasUsers, log);
    }

    public List<User> users() {
        return log.get() == null ? List.of() : log.get().users().list();
    }

    public boolean addUser(String name, Role role) {
        return attempt("Cannot add the user", () -> log.get().users().add(name, role)).isPresent();
    }

    /** Adds a user with a password, which the adding CSO confirms with their own ({@code authorising}). */
    public boolean addUser(String name, Role role, char[] password, char[] authorising) {
        return attempt("Cannot add the user", () -> log.get().users().add(name, role, password, authorising))
                .isPresent();
    }

    public boolean setRole(String name, Role role) {
        return attempt("Cannot change the role", () -> log.get().users().setRole(name, role)).isPresent();
    }

    /** Changes a role with the acting CSO's own password, which making someone with a password a CSO needs. */
    public boolean setRole(String name, Role role, char[] authorising) {
        return attempt("Cannot change the role", () -> log.get().users().setRole(name, role, authorising)).isPresent();
    }

    /** Sets a password; {@code authorising} is the person's own current password where one is needed. */
    public boolean setPassword(String name, char[] password, char[] authorising) {
        return attempt("Password not set", () -> {
            log.get().users().setPassword(name, password, authorising);
            return true;
        }).isPresent();
    }

    public List<VersionSummary> versions() {
        return log.get() == null ? List.of() : log.get().versions().list();
    }

    /**
     * Issues and signs the current log in the background (it reads and hashes every hazard); a
     * wrong password is reported and nothing is written. Exactly one of the two is called, on the UI thread.
     */
    public void issue(String summary, char[] password, Consumer<IssuedVersion> done, Runnable notDone) {
        inBackground("Issuing version " + (versions().size() + 1) + "\u2026", "Version not issued",
                service -> service.versions().issue(summary, password), done, notDone);
    }

    public void diff(String from, String to, Consumer<VersionDiff> done, Runnable notDone) {
        inBackground("Comparing " + from + " with " + to + "\u2026", "Cannot compare the versions",
                service -> service.versions().diff(from, to), done, notDone);
    }

    public List<AuditEvent> history(int hazardNumber) {
        return log.get() == null ? List.of() : log.get().audit().history(hazardNumber);
    }

    public List<AuditEvent> events(AuditQuery query, int limit) {
        return log.get() == null ? List.of() : log.get().audit().events(query, limit);
    }

    public void verify(Consumer<AuditCheck> done, Runnable notDone) {
        inBackground("Checking the audit trail\u2026", "Cannot check the audit trail",
                service -> service.audit().verify(), done, notDone);
    }

    /**
     * Runs slow work on the background thread while {@link #workingProperty()} says what it is;
     * its result, or the refusal as a message, comes back on the UI thread. One at a time: a second
     * request while one runs is ignored (the dialogs disable their buttons meanwhile).
     */
    private <T> void inBackground(String what, String title, java.util.function.Function<HazardLogService, T> work,
                                  Consumer<T> done, Runnable notDone) {
        HazardLogService service = log.get();
        if (service == null || !working.get().isEmpty()) {
            notDone.run();
            return;
        }
        working.set(what);
        background.execute(() -> {
            T result;
            try {
                result = work.apply(service);
            } catch (AccessRefusedException | InvalidValueException | HazardLogUnavailableException e) {
                fx.execute(() -> {
                    working.set("");
                    refresh();
                    dialogs.showError(title, capitalise(e.getMessage()));
                    notDone.run();
                });
                return;
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    working.set("");
                    refresh();
                    dialogs.showError(title, "Unexpected failure: " + e);
                    notDone.run();
                });
                return;
            }
            fx.execute(() -> {
                working.set("");
                refresh();
                done.accept(result);
            });
        });
    }

    /** What slow work is under way, such as "Issuing version 3…"; empty when none. */
    public ReadOnlyStringProperty workingProperty() {
        return working.getReadOnlyProperty();
    }

    public void report(String title, String message) {
        dialogs.showMessage(title, message);
    }

    /** Reports a problem the view found before asking the service. */
    public void problem(String title, String message) {
        dialogs.showError(title, message);
    }

    /** Runs a change; a refusal or invalid value becomes a message, and the role is read again. */
    private <T> Optional<T> attempt(String title, Supplier<T> work) {
        if (log.get() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } catch (AccessRefusedException | InvalidValueException | HazardLogUnavailableException e) {
            dialogs.showError(title, capitalise(e.getMessage()));
            return Optional.empty();
        } finally {
            refresh();
        }
    }

    private static String capitalise(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public ReadOnlyObjectProperty<Actor> actorProperty() {
        return actor.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasUsersProperty() {
        return hasUsers.getReadOnlyProperty();
    }

    /** "alice (CSO)", or what the person may do when the log does not know them. */
    public ReadOnlyStringProperty whoTextProperty() {
        return whoText.getReadOnlyProperty();
    }

    public StringProperty currentUserProperty() {
        return currentUser;
    }

    public ObjectProperty<HazardLogService> logProperty() {
        return log;
    }
}
