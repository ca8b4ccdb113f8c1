package org.hazardlog.domain.access;

import java.util.Objects;

/**
 * The person at the keyboard, as the log knows them: a user of the log with a role, or someone
 * the log does not know, who may read it but not change it.
 */
public record Actor(String name, Role role, boolean isUser) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public static Actor user(String name, Role role) {
        return new Actor(name, role, true);
    }

    /** Not a user of this log: reads like a Viewer, changes nothing. */
    public static Actor stranger(String name) {
        return new Actor(name, Role.VIEWER, false);
    }

    public boolean may(Permission p) {
        return (isUser || p == Permission.READ) && role.may(p);
    }

    /** "alice is an Engineer", "bob is not a user of this log". */
    public String describe() {
        if (name.isBlank()) {
            return "nobody is named as working";
        }
        return name + (isUser ? " is " + role.withArticle() : " is not a user of this log");
    }
}
