package org.hazardlog.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.domain.risk.RiskScheme;
import org.hazardlog.store.HazardLogDatabase;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.HazardLogUnavailableException;
import org.hazardlog.store.HazardRepository;
import org.hazardlog.store.ProjectSettingsRepository;
import org.hazardlog.store.RiskSchemeRepository;

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

    /**
     * Brings hazards from another file into the log in one transaction: a hazard whose number is
     * already in the log replaces that hazard (so importing the same file twice does not duplicate
     * it), one without a number gets the next free number. All or nothing.
     */
    public ImportSummary importHazards(List<Hazard> incoming) {
        for (Hazard hz : incoming) {
            scheme.check(hz.initial());
            scheme.check(hz.residual());
        }
        // Numbered hazards first, so that a number given in the file is never taken by an unnumbered one.
        List<Hazard> ordered = new ArrayList<>(incoming);
        ordered.sort(Comparator.comparing(hz -> hz.number() == null));
        return write(h -> {
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            for (Hazard hz : ordered) {
                Optional<Hazard> stored = hz.number() == null ? Optional.empty() : hazards.findByNumber(h, hz.number());
                if (stored.isEmpty()) {
                    Hazard numbered = hz.number() != null ? hz : hz.toBuilder().number(hazards.nextNumber(h)).build();
                    hazards.insert(h, numbered.toBuilder().id(null).version(0).build());
                    added++;
                    continue;
                }
                Hazard replacing = hz.toBuilder().id(stored.get().id()).version(stored.get().version())
                        .controls(keepControlIds(hz.controls(), stored.get().controls())).build();
                if (replacing.sameContent(stored.get())) {
                    unchanged++;
                } else {
                    hazards.update(h, replacing);
                    updated++;
                }
            }
            return new ImportSummary(added, updated, unchanged);
        });
    }

    /** An imported control that matches a stored one (same category and text) keeps the stored control's id. */
    private static List<Control> keepControlIds(List<Control> imported, List<Control> stored) {
        List<Control> unmatched = new ArrayList<>(stored);
        List<Control> out = new ArrayList<>(imported.size());
        for (Control c : imported) {
            Optional<Control> same = unmatched.stream()
                    .filter(s -> s.category() == c.category() && s.text().equals(c.text())).findFirst();
            same.ifPresent(unmatched::remove);
            out.add(c.withId(same.map(Control::id).orElse(null)));
        }
        return out;
    }

    private <T> T read(Function<Handle, T> work) {
        try {
            return database.jdbi().withHandle(work::apply);
        } catch (JdbiException e) {
            throw unavailable(e);
        }
    }

    private <T> T write(Function<Handle, T> work) {
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
