package org.hazardlog.domain.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.access.User;

/**
 * The users of a log as its audit trail tells them: who was added, in which role, and whose
 * password was set, by whom, with which fingerprint. Replaying the trail this way lets a check
 * compare the users table with what HazardLog recorded, and tells whether a password may sign.
 *
 * <p>A password may sign when someone other than its owner set it (a CSO adding the user or
 * resetting the password, each confirmed with that CSO's own password), or when it was set as the
 * log was created; an owner's change keeps whatever standing the password had. A first password
 * set by its owner alone proves nothing: anyone could have named themselves that user.
 */
public final class UserLedger {

    /** The reason recorded for the first CSO's password, given by the person who created the log. */
    public static final String SET_WITH_LOG = "set when the log was created";
    private static final String FINGERPRINT = "fingerprint ";

    /** One user as the trail has them. {@code fingerprint} is null for a password recorded without one. */
    public record Entry(String name, Role role, boolean hasPassword, String fingerprint, boolean mayPasswordSign,
                        long passwordEvent) {

        Entry withRole(Role r) {
            return new Entry(name, r, hasPassword, fingerprint, mayPasswordSign, passwordEvent);
        }

        Entry withPassword(String print, boolean maySign, long event) {
            return new Entry(name, role, true, print, maySign, event);
        }
    }

    private final Map<String, Entry> users = new LinkedHashMap<>();
    private final List<ChainBreak> oddities = new ArrayList<>();

    /** How a password event shows the password: only its fingerprint. */
    public static String passwordValue(String fingerprint) {
        return FINGERPRINT + fingerprint;
    }

    public void accept(AuditEvent e) {
        if (!AuditEvent.USER.equals(e.entity())) {
            return;
        }
        String key = User.key(e.entityKey());
        Entry known = users.get(key);
        switch (e.action()) {
            case USER_ADD -> users.put(key, new Entry(e.entityKey(), role(e), false, null, false, 0));
            case USER_ROLE -> {
                if (known == null) {
                    oddities.add(new ChainBreak(e.sequence(), "audit event " + e.sequence() + " changes the role of "
                            + e.entityKey() + ", who was never added"));
                } else {
                    users.put(key, known.withRole(role(e)));
                }
            }
            case USER_PASSWORD -> {
                // Password events are also replayed alone (for one user at signing), so an unknown user is
                // one whose addition was not looked at; the full replay reports it separately.
                Entry entry = known != null ? known : new Entry(e.entityKey(), Role.VIEWER, false, null, false, 0);
                boolean byOwner = User.key(e.user()).equals(key);
                boolean maySign = SET_WITH_LOG.equals(e.reason()) || !byOwner
                        || (entry.hasPassword() && entry.mayPasswordSign());
                users.put(key, entry.withPassword(fingerprintOf(e.newValue()), maySign, e.sequence()));
                if (known == null) {
                    oddities.add(new ChainBreak(e.sequence(), "audit event " + e.sequence() + " sets the password of "
                            + e.entityKey() + ", who was never added"));
                }
            }
            default -> {
            }
        }
    }

    public Optional<Entry> user(String name) {
        return Optional.ofNullable(users.get(User.key(name)));
    }

    public Collection<Entry> users() {
        return users.values();
    }

    /** Events about users the trail never added. */
    public List<ChainBreak> oddities() {
        return List.copyOf(oddities);
    }

    /** What the users table says about one user, for the comparison. */
    public record TableUser(String name, Role role, String passwordFingerprint) {
    }

    /** Each way the users table differs from the trail, worded for the person checking. */
    public List<String> differences(List<TableUser> table) {
        List<String> found = new ArrayList<>();
        Map<String, TableUser> byKey = new LinkedHashMap<>();
        table.forEach(t -> byKey.put(User.key(t.name()), t));
        for (TableUser t : table) {
            Entry e = users.get(User.key(t.name()));
            if (e == null) {
                found.add("user " + t.name() + " (" + t.role().label() + ") is in the users table but the audit trail "
                        + "never added them: added outside HazardLog");
                continue;
            }
            if (e.role() != t.role()) {
                found.add("user " + t.name() + " is " + t.role().withArticle() + " in the users table but "
                        + e.role().withArticle() + " in the audit trail: the role was changed outside HazardLog");
            }
            if (t.passwordFingerprint() != null && !e.hasPassword()) {
                found.add("user " + t.name() + " has a password the audit trail never recorded: set outside HazardLog");
            } else if (t.passwordFingerprint() == null && e.hasPassword()) {
                found.add("user " + t.name() + "'s password (audit event " + e.passwordEvent() + ") is missing from the "
                        + "users table: removed outside HazardLog");
            } else if (t.passwordFingerprint() != null && e.fingerprint() != null
                    && !e.fingerprint().equals(t.passwordFingerprint())) {
                found.add("user " + t.name() + "'s password is not the one recorded by audit event " + e.passwordEvent()
                        + ": changed outside HazardLog");
            }
        }
        for (Entry e : users.values()) {
            if (!byKey.containsKey(User.key(e.name()))) {
                found.add("user " + e.name() + " (" + e.role().label() + " in the audit trail) is missing from the "
                        + "users table: removed outside HazardLog");
            }
        }
        return found;
    }

    /** A role the trail names in words HazardLog never writes is reported, and read as the least role. */
    private Role role(AuditEvent e) {
        try {
            return Role.parse(e.newValue() == null ? "" : e.newValue());
        } catch (RuntimeException unknown) {
            oddities.add(new ChainBreak(e.sequence(), "audit event " + e.sequence() + " gives " + e.entityKey()
                    + " a role HazardLog does not know"));
            return Role.VIEWER;
        }
    }

    private static String fingerprintOf(String value) {
        return value != null && value.startsWith(FINGERPRINT) ? value.substring(FINGERPRINT.length()) : null;
    }
}
