package org.hazardlog.domain.access;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import org.hazardlog.domain.InvalidValueException;

/**
 * A person who works on the log, with their role. Names are matched ignoring case, so "Alice" and
 * "alice" are one user; the name is kept as first written.
 */
public record User(String name, Role role, boolean hasPassword, Instant added) {

    public static final int MAX_NAME = 200;

    public User {
        name = validName(name);
        Objects.requireNonNull(role, "role");
    }

    public static String validName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("a user needs a name");
        }
        String n = name.strip();
        if (n.length() > MAX_NAME) {
            throw new InvalidValueException("a user name has at most " + MAX_NAME + " characters");
        }
        if (n.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("a user name cannot contain control characters");
        }
        return n;
    }

    /** The form names are compared in. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    public Actor actor() {
        return Actor.user(name, role);
    }
}
