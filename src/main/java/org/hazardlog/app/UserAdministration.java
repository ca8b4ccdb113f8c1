package org.hazardlog.app;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.access.AccessPolicy;
import org.hazardlog.domain.access.Actor;
import org.hazardlog.domain.access.PasswordHash;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.access.User;
import org.hazardlog.domain.access.WrongPasswordException;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.UserLedger;
import org.hazardlog.store.AuditRepository;
import org.hazardlog.store.UserRepository;

/**
 * The users of a log: the CSO adds them and sets their roles. Passwords matter for signing, so they
 * are guarded as signatures are: a password is given when the log or the user is created, or by a
 * CSO confirming with their own password; its owner may change it only by giving the current one.
 * Nobody sets their own first password: anyone could name themselves that user.
 */
public final class UserAdministration {

    private final HazardLogService log;
    private final UserRepository users;

    UserAdministration(HazardLogService log) {
        this.log = log;
        this.users = log.userRepository();
    }

    public List<User> list() {
        return log.read(users::findAll);
    }

    public Optional<User> find(String name) {
        return log.read(h -> users.find(h, name));
    }

    /** Whether the log has any users yet; one without is claimed by the first person to change it. */
    public boolean any() {
        return log.read(users::count) > 0;
    }

    /** Adds a user without a password: one who cannot sign until a CSO gives them one. */
    public User add(String name, Role role) {
        return add(name, role, null, null);
    }

    /**
     * Adds a user; with {@code password} (null for none) the user can sign from the start, which
     * needs the adding CSO's own password as {@code authorising}. Both arrays are cleared.
     */
    public User add(String name, Role role, char[] password, char[] authorising) {
        try {
            String valid = User.validName(name);
            PasswordHash hash = password == null ? null : PasswordHash.of(password);
            return log.write(w -> {
                AccessPolicy.require(w.actor(), Permission.MANAGE_USERS, "Adding a user");
                Optional<User> existing = users.find(w.handle(), valid);
                if (existing.isPresent()) {
                    throw new InvalidValueException(existing.get().name() + " is already a user of this log ("
                            + existing.get().role().label() + ")");
                }
                if (hash != null) {
                    confirm(w, users, Permission.MANAGE_USERS, authorising, "Giving " + valid + " a password");
                }
                users.insert(w.handle(), valid, role, w.audit().time());
                w.audit().record(w.actor(), AuditAction.USER_ADD, AuditEvent.USER, valid, "role", null, role.label(), null);
                if (hash != null) {
                    storePassword(w, users, valid, null, hash, "set by " + w.actor().name() + " when adding the user");
                }
                return users.find(w.handle(), valid).orElseThrow();
            });
        } finally {
            clear(password);
            clear(authorising);
        }
    }

    /** Changes a user's role. The log always keeps at least one CSO, who alone can manage users. */
    public User setRole(String name, Role role) {
        return setRole(name, role, null);
    }

    /**
     * Changes a user's role. Making someone with a password a CSO lets them sign, so it needs the
     * acting CSO's own password ({@code authorising}, cleared before this returns), as giving a
     * password does.
     */
    public User setRole(String name, Role role, char[] authorising) {
        try {
            return changeRole(name, role, authorising);
        } finally {
            clear(authorising);
        }
    }

    private User changeRole(String name, Role role, char[] authorising) {
        return log.write(w -> {
            AccessPolicy.require(w.actor(), Permission.MANAGE_USERS, "Changing a user's role");
            User user = users.find(w.handle(), name).orElseThrow(() -> notAUser(name));
            if (user.role() == role) {
                return user;
            }
            if (role == Role.CSO && user.hasPassword()) {
                confirm(w, users, Permission.MANAGE_USERS, authorising, "Making " + user.name()
                        + " a CSO, who can then sign with their password,");
            }
            if (user.role() == Role.CSO && users.countWithRole(w.handle(), Role.CSO) == 1) {
                throw new InvalidValueException(user.name() + " is the only CSO of this log; make someone else "
                        + "CSO first, so that the log always has one");
            }
            users.setRole(w.handle(), user.name(), role);
            w.audit().record(w.actor(), AuditAction.USER_ROLE, AuditEvent.USER, user.name(), "role",
                    user.role().label(), role.label(), null);
            return users.find(w.handle(), name).orElseThrow();
        });
    }

    /**
     * Sets the password of {@code name} (the current person when null). {@code authorising} is the
     * current person's own password: the current one to change your own, or a CSO's own to reset
     * someone else's. A user without a password cannot give themselves one. Both arrays are cleared.
     */
    public void setPassword(String name, char[] newPassword, char[] authorising) {
        try {
            PasswordHash hash = PasswordHash.of(newPassword);
            log.write(w -> {
                Actor who = w.actor();
                String target = name == null || name.isBlank() ? who.name() : name;
                if (!who.isUser()) {
                    throw new WrongPasswordException(Permission.MANAGE_USERS, "Setting a password needs a user of "
                            + "this log; " + who.describe() + ".");
                }
                User user = users.find(w.handle(), target).orElseThrow(() -> notAUser(target));
                boolean own = User.key(user.name()).equals(User.key(who.name()));
                if (own && !user.hasPassword()) {
                    throw new WrongPasswordException(Permission.MANAGE_USERS, user.name() + " has no password, and "
                            + "nobody sets their own first password: anyone could name themselves " + user.name()
                            + ". " + whoSetsPasswords(user.name()));
                }
                if (own) {
                    confirmOwn(w, users, Permission.MANAGE_USERS, authorising, "Changing your password");
                } else {
                    AccessPolicy.require(who, Permission.MANAGE_USERS, "Setting another user's password");
                    confirm(w, users, Permission.MANAGE_USERS, authorising, "Resetting " + user.name() + "'s password");
                }
                Optional<PasswordHash> before = users.password(w.handle(), user.name());
                storePassword(w, users, user.name(), before.orElse(null), hash, own ? null : "reset by " + who.name());
                return null;
            });
        } finally {
            clear(newPassword);
            clear(authorising);
        }
    }

    /** Who may give {@code name} a password, for messages. */
    public static String whoSetsPasswords(String name) {
        return "A password is given when the log is created (hazardlog new) or the user is added, or by another "
                + "CSO with their own password (hazardlog users passwd " + name + ", run by that CSO).";
    }

    /** The first CSO's password, given by the person creating the log, in the transaction that creates it. */
    static void setAtCreation(LogWrite w, UserRepository users, PasswordHash hash) {
        storePassword(w, users, w.actor().name(), null, hash, UserLedger.SET_WITH_LOG);
    }

    /** Stores a password and records it by fingerprint only, so the trail can vouch for the users table. */
    private static void storePassword(LogWrite w, UserRepository users, String name, PasswordHash before,
                                      PasswordHash hash, String reason) {
        users.setPassword(w.handle(), name, hash);
        w.audit().record(w.actor(), AuditAction.USER_PASSWORD, AuditEvent.USER, name, "password",
                before == null ? null : UserLedger.passwordValue(before.fingerprint()),
                UserLedger.passwordValue(hash.fingerprint()), reason);
    }

    /**
     * Checks the current person's own password before they sign or act for someone else: it must be
     * right, be the one the audit trail recorded, and have been given by someone other than its
     * owner (or with the log). Refuses, writing nothing, otherwise.
     */
    static void confirm(LogWrite w, UserRepository users, Permission p, char[] password, String doing) {
        PasswordHash stored = confirmOwn(w, users, p, password, doing);
        String name = w.actor().name();
        UserLedger ledger = new UserLedger();
        new AuditRepository().of(w.handle(), AuditEvent.USER, name, AuditAction.USER_PASSWORD).forEach(ledger::accept);
        Optional<UserLedger.Entry> recorded = ledger.user(name).filter(UserLedger.Entry::hasPassword);
        if (recorded.isEmpty()) {
            throw new WrongPasswordException(p, "The audit trail has no record of " + name + "'s password: it was set "
                    + "outside HazardLog. " + doing + " was refused; nothing was changed.");
        }
        if (recorded.get().fingerprint() != null && !recorded.get().fingerprint().equals(stored.fingerprint())) {
            throw new WrongPasswordException(p, name + "'s password is not the one the audit trail recorded (event "
                    + recorded.get().passwordEvent() + "): it was changed outside HazardLog. " + doing
                    + " was refused; nothing was changed.");
        }
        if (!recorded.get().mayPasswordSign()) {
            throw new WrongPasswordException(p, name + "'s password was set by " + name + " alone on an account that "
                    + "had none, which anyone naming themselves " + name + " could have done, so it cannot sign. "
                    + whoSetsPasswords(name) + " " + doing + " was refused; nothing was changed.");
        }
    }

    /** Checks only that the current person's password is set and right. */
    private static PasswordHash confirmOwn(LogWrite w, UserRepository users, Permission p, char[] password,
                                           String doing) {
        Actor who = w.actor();
        Optional<PasswordHash> stored = users.password(w.handle(), who.name());
        if (stored.isEmpty()) {
            throw new WrongPasswordException(p, doing + " needs your password, and " + who.name()
                    + " has none. " + whoSetsPasswords(who.name()));
        }
        if (password == null || password.length == 0 || !stored.get().matches(password)) {
            throw new WrongPasswordException(p, "The password given for " + who.name()
                    + " is not right. " + doing + " was refused; nothing was changed.");
        }
        return stored.get();
    }

    private static InvalidValueException notAUser(String name) {
        return new InvalidValueException(name + " is not a user of this log");
    }

    private static void clear(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
