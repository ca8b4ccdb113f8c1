package org.hazardlog.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.access.PasswordHash;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.access.User;

/** The users of a log and their roles; passwords only as hashes, and never read out with the user. */
public final class UserRepository {

    public List<User> findAll(Handle h) {
        return h.createQuery("SELECT name, role, password_hash, added_at FROM log_user ORDER BY name_key")
                .map((rs, ctx) -> user(rs)).list();
    }

    public Optional<User> find(Handle h, String name) {
        return h.createQuery("SELECT name, role, password_hash, added_at FROM log_user WHERE name_key = :key")
                .bind("key", User.key(name))
                .map((rs, ctx) -> user(rs)).findOne();
    }

    public int count(Handle h) {
        return h.createQuery("SELECT COUNT(*) FROM log_user").mapTo(Integer.class).one();
    }

    public int countWithRole(Handle h, Role role) {
        return h.createQuery("SELECT COUNT(*) FROM log_user WHERE role = :role").bind("role", role.name())
                .mapTo(Integer.class).one();
    }

    public void insert(Handle h, String name, Role role, Instant at) {
        h.createUpdate("INSERT INTO log_user (name_key, name, role, added_at) VALUES (:key, :name, :role, :at)")
                .bind("key", User.key(name)).bind("name", name).bind("role", role.name())
                .bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .execute();
    }

    public void setRole(Handle h, String name, Role role) {
        h.createUpdate("UPDATE log_user SET role = :role WHERE name_key = :key")
                .bind("key", User.key(name)).bind("role", role.name()).execute();
    }

    public Optional<PasswordHash> password(Handle h, String name) {
        return h.createQuery("SELECT password_algorithm, password_iterations, password_salt, password_hash "
                        + "FROM log_user WHERE name_key = :key AND password_hash IS NOT NULL")
                .bind("key", User.key(name))
                .map((rs, ctx) -> new PasswordHash(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .findOne();
    }

    public void setPassword(Handle h, String name, PasswordHash p) {
        h.createUpdate("UPDATE log_user SET password_algorithm = :algorithm, password_iterations = :iterations, "
                        + "password_salt = :salt, password_hash = :hash WHERE name_key = :key")
                .bind("key", User.key(name)).bind("algorithm", p.algorithm()).bind("iterations", p.iterations())
                .bind("salt", p.salt()).bind("hash", p.hash())
                .execute();
    }

    private static User user(ResultSet rs) throws SQLException {
        return new User(rs.getString("name"), Role.valueOf(rs.getString("role")), rs.getString("password_hash") != null,
                rs.getObject("added_at", OffsetDateTime.class).toInstant());
    }
}
