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
import org.hazardlog.store.UserRepository;

/**
 * The users of a log: the CSO adds them and sets their roles; everyone sets their own password.
 * Passwords only matter for signing, so they are guarded as signatures are: changing a password
 * that is set needs it, and a CSO resetting someone else's needs the CSO's own.
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

    public User add(String name, Role role) {
        String valid = User.validName(name);
        return log.write(w -> {
            AccessPolicy.require(w.actor(), Permission.MANAGE_USERS, "Adding a user");
            Optional<User> existing = users.find(w.handle(), valid);
            if (existing.isPresent()) {
                throw new InvalidValueException(existing.get().name() + " is already a user of this log ("
                        + existing.get().role().label() + ")");
            }
            users.insert(w.handle(), valid, role, w.audit().time());
            w.audit().record(w.actor(), AuditAction.USER_ADD, AuditEvent.USER, valid, "role", null, role.label(), null);
            return users.find(w.handle(), valid).orElseThrow();
        });
    }

    /** Changes a user's role. The log always keeps at least one CSO, who alone can manage users. */
    public User setRole(String name, Role role) {
        return log.write(w -> {
            AccessPolicy.require(w.actor(), Permission.MANAGE_USERS, "Changing a user's role");
            User user = users.find(w.handle(), name).orElseThrow(() -> notAUser(name));
            if (user.role() == role) {
                return user;
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
     * current person's own password: needed to change a password already set, and for a CSO to
     * reset someone else's. Both arrays are cleared before this returns.
     */
    public void setPassword(String name, char[] newPassword, char[] authorising) {
        try {
            PasswordHash hash = PasswordHash.of(newPassword);
            log.write(w -> {
                Actor who = w.actor();
                String target = name == null || name.isBlank() ? who.name() : name;
                User user = users.find(w.handle(), target).orElseThrow(() -> notAUser(target));
                boolean own = User.key(user.name()).equals(User.key(who.name()));
                if (!who.isUser()) {
                    throw new WrongPasswordException(Permission.MANAGE_USERS, "Setting a password needs a user of "
                            + "this log; " + who.describe() + ".");
                }
                if (!own) {
                    AccessPolicy.require(who, Permission.MANAGE_USERS, "Setting another user's password");
                }
                if (!own || user.hasPassword()) {
                    confirm(w, users, Permission.MANAGE_USERS, authorising, own ? "Changing your password"
                            : "Resetting " + user.name() + "'s password");
                }
                users.setPassword(w.handle(), user.name(), hash);
                w.audit().record(who, AuditAction.USER_PASSWORD, AuditEvent.USER, user.name(), "password", null,
                        null, own ? null : "reset by " + who.name());
                return null;
            });
        } finally {
            clear(newPassword);
            clear(authorising);
        }
    }

    /** Checks the current person's own password; refuses, writing nothing, if it is missing or wrong. */
    static void confirm(LogWrite w, UserRepository users, Permission p, char[] password, String doing) {
        Actor who = w.actor();
        Optional<PasswordHash> stored = users.password(w.handle(), who.name());
        if (stored.isEmpty()) {
            throw new WrongPasswordException(p, doing + " needs your password, and "
                    + who.name() + " has none yet: set one first (Audit > Users, or hazardlog users passwd).");
        }
        if (password == null || password.length == 0 || !stored.get().matches(password)) {
            throw new WrongPasswordException(p, "The password given for " + who.name()
                    + " is not right. " + doing + " was refused; nothing was changed.");
        }
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
