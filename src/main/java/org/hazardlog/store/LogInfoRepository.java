package org.hazardlog.store;

import java.util.Optional;

import org.jdbi.v3.core.Handle;

/** The log's own key/value facts and project settings ({@code log_info}), such as the repository root. */
public final class LogInfoRepository {

    public Optional<String> get(Handle h, String key) {
        return h.createQuery("SELECT info_value FROM log_info WHERE info_key = :key")
                .bind("key", key)
                .mapTo(String.class)
                .findOne();
    }

    /** Delete then insert rather than MERGE/UPSERT, which H2 and PostgreSQL spell differently. */
    public void put(Handle h, String key, String value) {
        remove(h, key);
        h.createUpdate("INSERT INTO log_info (info_key, info_value) VALUES (:key, :value)")
                .bind("key", key)
                .bind("value", value)
                .execute();
    }

    public void remove(Handle h, String key) {
        h.createUpdate("DELETE FROM log_info WHERE info_key = :key").bind("key", key).execute();
    }
}
