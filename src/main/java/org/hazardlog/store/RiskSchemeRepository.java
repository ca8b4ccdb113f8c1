package org.hazardlog.store;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.RiskScheme;
import org.hazardlog.scheme.RiskSchemeFile;

/** The risk scheme a log is scored under: one per log, stored with it so the log is self-describing. */
public final class RiskSchemeRepository {

    public void save(Handle h, RiskScheme scheme) {
        h.createUpdate("DELETE FROM risk_scheme").execute();
        h.createUpdate("INSERT INTO risk_scheme (id, name, scheme_json) VALUES (1, :name, :json)")
                .bind("name", scheme.name())
                .bind("json", RiskSchemeFile.toJson(scheme))
                .execute();
    }

    public RiskScheme load(Handle h) {
        String json = h.createQuery("SELECT scheme_json FROM risk_scheme WHERE id = 1")
                .mapTo(String.class)
                .one();
        return RiskSchemeFile.fromJson(json);
    }
}
