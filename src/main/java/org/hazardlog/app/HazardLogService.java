package org.hazardlog.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.store.HazardLogDatabase;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.HazardLogUnavailableException;
import org.hazardlog.store.HazardRepository;
import org.hazardlog.store.ProjectSettingsRepository;
import org.hazardlog.store.RiskSchemeRepository;
import org.hazardlog.store.StaleEditException;

/**
 * What the window and the command line do with an open hazard log. Each call is one transaction:
 * it happens completely or not at all.
 */
public final class HazardLogService implements AutoCloseable {

    private final HazardLogDatabase database;
    private final HazardRepository hazards = new HazardRepository();
    private final ProjectSettingsRepository projectSettings = new ProjectSettingsRepository();
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

    public ProjectSettings projectSettings() {
        return read(projectSettings::load);
    }

    public void saveProjectSettings(ProjectSettings settings) {
        write(h -> {
            projectSettings.save(h, settings);
            return null;
        });
    }

    /** Saves several edited hazards at once: all of them, or none if any is refused. */
    public List<Hazard> saveAll(List<Hazard> edited) {
        edited.forEach(h -> {
            scheme.check(h.initial());
            scheme.check(h.residual());
        });
        return write(h -> edited.stream().map(e -> hazards.update(h, e)).toList());
    }

    /** Adds many hazards in one transaction: all of them, or none. */
    public List<Hazard> createAll(List<Hazard> created) {
        created.forEach(h -> {
            scheme.check(h.initial());
            scheme.check(h.residual());
        });
        return write(h -> {
            int next = hazards.nextNumber(h);
            List<Hazard> numbered = new java.util.ArrayList<>(created.size());
            for (Hazard c : created) {
                numbered.add(c.number() != null ? c : c.toBuilder().number(next++).build());
            }
            // One batch per table for the lot: a large generated log is written in seconds, not minutes.
            hazards.insertAll(h, numbered);
            java.util.Set<Integer> added = new java.util.HashSet<>();
            numbered.forEach(n -> added.add(n.number()));
            return hazards.findAll(h).stream().filter(stored -> added.contains(stored.number())).toList();
        });
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

    /**
     * Imports hazards as one transaction, so that either all of them are in the log or none. A
     * hazard whose number the log has updates that hazard through the same optimistic locking as a
     * save, based on the revision read in this transaction, and keeps the ids of the controls
     * matched by their text; one that is no different is left alone; the others are added in
     * batches, one without a number taking a number above every number in the log and the import.
     * Hazards of the log that are not imported stay as they are. Returns the plan as carried out,
     * each step with the hazard as now stored.
     */
    public ImportPlan importHazards(List<Hazard> incoming) {
        return importHazards(incoming, null);
    }

    /**
     * Imports hazards as a preview showed them. If the log has changed since the preview (a hazard
     * saved by someone else meanwhile), nothing is imported, so that their edit is never overwritten
     * by a plan they did not see.
     */
    public ImportPlan importHazards(List<Hazard> incoming, ImportPlan previewed) {
        for (Hazard hz : incoming) {
            scheme.check(hz.initial());
            scheme.check(hz.residual());
        }
        return write(h -> {
            ImportPlan plan = ImportPlan.of(incoming, hazards.findAll(h), scheme);
            if (previewed != null) {
                refuseIfChangedSincePreview(previewed, plan);
            }
            int next = Math.max(hazards.nextNumber(h), incoming.stream()
                    .filter(hz -> hz.number() != null).mapToInt(Hazard::number).max().orElse(0) + 1);
            List<Integer> numbers = new ArrayList<>();
            List<Hazard> created = new ArrayList<>();
            for (ImportPlan.Step step : plan.steps()) {
                Hazard hz = step.getsNextNumber() ? step.hazard().toBuilder().number(next++).build() : step.hazard();
                numbers.add(hz.number());
                if (step.action() == ImportPlan.Action.UPDATE) {
                    hazards.update(h, hz);
                } else if (step.action() == ImportPlan.Action.CREATE) {
                    created.add(hz);
                }
            }
            hazards.insertAll(h, created);
            Map<Integer, Hazard> stored = new HashMap<>();
            hazards.findAll(h).forEach(hz -> stored.put(hz.number(), hz));
            return plan.carriedOut(numbers.stream().map(stored::get).toList());
        });
    }

    private static void refuseIfChangedSincePreview(ImportPlan previewed, ImportPlan now) {
        for (int i = 0; i < now.steps().size(); i++) {
            ImportPlan.Step then = previewed.steps().get(i);
            ImportPlan.Step current = now.steps().get(i);
            Long thenRevision = then.before() == null ? null : then.before().version();
            Long nowRevision = current.before() == null ? null : current.before().version();
            if (!java.util.Objects.equals(thenRevision, nowRevision)) {
                throw new StaleEditException("Hazard " + current.hazard().number() + " was changed by someone else after "
                        + "the preview. Nothing was imported, so their change is kept: preview the import again.");
            }
        }
    }
}
