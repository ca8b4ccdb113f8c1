package org.hazardlog.app;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.risk.RiskScheme;
import org.hazardlog.store.HazardLogDatabase;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.HazardLogUnavailableException;
import org.hazardlog.store.HazardRepository;
import org.hazardlog.store.RiskSchemeRepository;

/**
 * What the window and the command line do with an open hazard log. Each call is one transaction:
 * it happens completely or not at all.
 */
public final class HazardLogService implements AutoCloseable {

    private final HazardLogDatabase database;
    private final HazardRepository hazards = new HazardRepository();
    private final RiskScheme scheme;

    private HazardLogService(HazardLogDatabase database) {
        this.database = database;
        this.scheme = read(h -> new RiskSchemeRepository().load(h));
    }

    public static HazardLogService open(HazardLogFile file) {
        return new HazardLogService(HazardLogDatabase.open(file));
    }

    public HazardLogFile file() {
        return database.file();
    }

    public RiskScheme scheme() {
        return scheme;
    }

    public List<Hazard> hazards() {
        return read(hazards::findAll);
    }

    public Optional<Hazard> hazard(int number) {
        return read(h -> hazards.findByNumber(h, number));
    }

    public int count() {
        return read(hazards::count);
    }

    /** Adds a hazard; one without a number gets the next free number. */
    public Hazard create(Hazard hazard) {
        scheme.check(hazard.initial());
        scheme.check(hazard.residual());
        return write(h -> {
            Hazard numbered = hazard.number() != null ? hazard
                    : hazard.toBuilder().number(hazards.nextNumber(h)).build();
            return hazards.insert(h, numbered);
        });
    }

    /** Saves an edited hazard; refused if someone else saved it since this copy was read. */
    public Hazard save(Hazard hazard) {
        scheme.check(hazard.initial());
        scheme.check(hazard.residual());
        return write(h -> hazards.update(h, hazard));
    }

    /** One read of the log, for the services beside this one (such as {@link CodeReviewService}). */
    <T> T read(Function<Handle, T> work) {
        try {
            return database.jdbi().withHandle(work::apply);
        } catch (JdbiException e) {
            throw unavailable(e);
        }
    }

    /** One transaction, for the services beside this one. */
    <T> T write(Function<Handle, T> work) {
        try {
            return database.jdbi().inTransaction(work::apply);
        } catch (JdbiException e) {
            throw unavailable(e);
        }
    }

    private HazardLogUnavailableException unavailable(JdbiException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        return new HazardLogUnavailableException("The hazard log " + database.file() + " could not complete the operation: "
                + cause.getMessage(), e);
    }

    @Override
    public void close() {
        database.close();
    }
}
