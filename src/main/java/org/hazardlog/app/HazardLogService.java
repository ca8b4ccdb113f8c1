package org.hazardlog.app;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

import org.hazardlog.code.CodeLocationRules;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.access.AccessPolicy;
import org.hazardlog.domain.access.AccessRefusedException;
import org.hazardlog.domain.access.Actor;
import org.hazardlog.domain.access.PasswordHash;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.access.User;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.store.AuditRepository;
import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.store.HazardLogDatabase;
import org.hazardlog.store.HazardLogFile;
import org.hazardlog.store.HazardLogUnavailableException;
import org.hazardlog.store.HazardRepository;
import org.hazardlog.store.LargeWrite;
import org.hazardlog.store.ProjectSettingsRepository;
import org.hazardlog.store.RiskSchemeRepository;
import org.hazardlog.store.StaleEditException;
import org.hazardlog.store.StoreFailures;
import org.hazardlog.store.UserRepository;

/**
 * What the window and the command line do with an open hazard log, as one named person. Each call
 * is one transaction: it happens completely or not at all. Every write checks the person's role
 * against {@link AccessPolicy} and records what changed in the audit trail, inside that same
 * transaction, so a change is never stored without its record or refused half-way.
 */
public final class HazardLogService implements AutoCloseable {

    private final HazardLogDatabase database;
    private final HazardRepository hazards = new HazardRepository();
    private final UserRepository users = new UserRepository();
    private final AuditRepository auditEvents = new AuditRepository();
    private final ProjectSettingsRepository projectSettings = new ProjectSettingsRepository();
    private final RiskScheme scheme;
    private final Clock clock;
    private volatile String userName;

    private HazardLogService(HazardLogDatabase database, String userName, Clock clock) {
        this.database = database;
        this.userName = userName == null ? "" : userName.strip();
        this.clock = clock;
        this.scheme = read(h -> new RiskSchemeRepository().load(h));
    }

    /** Opens an existing log as the operating-system user; a missing file is refused, not created. */
    public static HazardLogService open(HazardLogFile file) {
        return open(file, operatingSystemUser());
    }

    /**
     * Opens an existing log as the named person; a missing file is refused, not created. The first
     * person to change a log that has no users yet (one made before HazardLog had users) becomes its CSO.
     */
    public static HazardLogService open(HazardLogFile file, String user) {
        return withDatabase(HazardLogDatabase.open(file, HazardLogDatabase.Access.READ_WRITE), user);
    }

    /**
     * Opens an existing log only for reading: the file is not changed by a byte, and a
     * write-protected log can be read. Any change through this service is refused.
     */
    public static HazardLogService openToRead(HazardLogFile file, String user) {
        return withDatabase(HazardLogDatabase.open(file, HazardLogDatabase.Access.READ_ONLY), user);
    }

    /**
     * Opens an existing log only for reading, even when its audit head and events disagree (which
     * every other opening refuses), so that the audit check can say how its trail is broken.
     */
    public static HazardLogService openToInspect(HazardLogFile file, String user) {
        return withDatabase(HazardLogDatabase.openToInspect(file), user);
    }

    /** Opens the log as the operating-system user, creating it if missing. */
    public static HazardLogService openOrCreate(HazardLogFile file) {
        return openOrCreate(file, operatingSystemUser());
    }

    /**
     * Opens the log as the named person, creating it if the file does not exist (the window's own
     * default log, which a newcomer has not made yet). Whoever creates a log becomes its first CSO.
     */
    public static HazardLogService openOrCreate(HazardLogFile file, String user) {
        return withDatabase(HazardLogDatabase.openOrCreate(file), user);
    }

    private static HazardLogService withDatabase(HazardLogDatabase database, String user) {
        try {
            HazardLogService service = new HazardLogService(database, user, Clock.systemUTC());
            if (database.created() && !service.userName.isEmpty()) {
                service.write(w -> null);
            }
            return service;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Creates a new log whose first CSO is {@code cso}, with the password the person creating it
     * gave, so that from the start only someone who knows it can sign. Refuses a file that exists.
     * The password array is cleared before this returns.
     */
    public static HazardLogService create(HazardLogFile file, String cso, char[] password) {
        try {
            String name = User.validName(cso);
            if (password == null || password.length == 0) {
                throw new InvalidValueException("a new log needs a password for its CSO " + name);
            }
            if (file.exists()) {
                throw new InvalidValueException(file + " already exists; a new log is never made over another file");
            }
            PasswordHash hash = PasswordHash.of(password);
            HazardLogDatabase database = HazardLogDatabase.openOrCreate(file);
            try {
                HazardLogService service = new HazardLogService(database, name, Clock.systemUTC());
                service.write(w -> {
                    UserAdministration.setAtCreation(w, service.users, hash);
                    return null;
                });
                return service;
            } catch (RuntimeException e) {
                database.close();
                // A log without its CSO's password is not the log that was asked for: leave no file behind.
                try {
                    Files.deleteIfExists(file.file());
                } catch (IOException ignored) {
                    // the original failure is the one worth reporting
                }
                throw e;
            }
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    public static String operatingSystemUser() {
        return System.getProperty("user.name", "");
    }

    public HazardLogFile file() {
        return database.file();
    }

    /** What opening had to do first, such as putting back a backup after a write that did not finish; empty if nothing. */
    public Optional<String> recoveryNotice() {
        return Optional.ofNullable(database.recoveryNotice());
    }

    public RiskScheme scheme() {
        return scheme;
    }

    /** Who the following calls act as; the role is looked up afresh at each call. */
    public void actAs(String name) {
        userName = name == null ? "" : name.strip();
    }

    public String userName() {
        return userName;
    }

    /** The person at the keyboard as the log knows them now. */
    public Actor actor() {
        return read(this::actorIn);
    }

    public UserAdministration users() {
        return new UserAdministration(this);
    }

    public AuditService audit() {
        return new AuditService(this);
    }

    public VersionService versions() {
        return new VersionService(this);
    }

    /** Approvals of Clinical Safety Case Reports, separate from issued versions. */
    public CscrApprovals cscrApprovals() {
        return new CscrApprovals(this);
    }

    /** Defects found in testing, with their linked hazards and safety impact. */
    public TestIssues testIssues() {
        return new TestIssues(this);
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
        return create(hazard, null);
    }

    public Hazard create(Hazard hazard, String reason) {
        checkScores(hazard);
        checkCodeLocations(hazard.codeLocations());
        return write(w -> {
            Hazard numbered = hazard.number() != null ? hazard
                    : hazard.toBuilder().number(hazards.nextNumber(w.handle())).build();
            return insert(w, numbered, AuditAction.CREATE, reason);
        });
    }

    /** Saves an edited hazard; refused if someone else saved it since this copy was read. */
    public Hazard save(Hazard hazard) {
        return save(hazard, null);
    }

    /** Saves with the reason the person gave, which the audit trail keeps with each changed field. */
    public Hazard save(Hazard hazard, String reason) {
        checkScores(hazard);
        checkNewCodeLocations(hazard);
        return write(w -> update(w, hazard, AuditAction.EDIT, reason));
    }

    /**
     * Makes the person working the owner of one control that has no owner yet ("Assign to me").
     * {@code seen} is the hazard as the person saw it: if anyone changed the hazard since, nothing
     * is written and the refusal says so, as for any save. The audit trail records the new owner.
     */
    public Hazard assignControlToMe(Hazard seen, long controlId) {
        return write(w -> {
            String which = "a control of hazard " + seen.number();
            AccessPolicy.require(w.actor(), Permission.RECORD_CONTROL_PROGRESS, "Taking " + which);
            Control control = seen.controls().stream().filter(c -> Objects.equals(c.id(), controlId)).findFirst()
                    .orElseThrow(() -> new InvalidValueException("hazard " + seen.number() + " has no such control"));
            if (!control.owner().isBlank()) {
                throw new InvalidValueException("the control \"" + control.text() + "\" of hazard " + seen.number()
                        + " is already owned by " + control.owner());
            }
            Control mine = control.withOwner(w.actor().name());
            List<Control> controls = new ArrayList<>(seen.controls());
            controls.replaceAll(c -> c == control ? mine : c);
            return update(w, seen.toBuilder().controls(controls).build(), AuditAction.EDIT, "assigned to themselves");
        });
    }

    public ProjectSettings projectSettings() {
        return read(projectSettings::load);
    }

    /** The project settings speak for the safety case (who is CSO, who approves), so they are the CSO's. */
    public void saveProjectSettings(ProjectSettings settings) {
        write(w -> {
            AccessPolicy.require(w.actor(), Permission.CHANGE_SETTINGS);
            ProjectSettings before = projectSettings.load(w.handle());
            projectSettings.save(w.handle(), settings);
            // Every field, so a setting added later is audited without a change here.
            for (ProjectSettings.Field field : ProjectSettings.Field.values()) {
                String old = field.of(before);
                String now = field.of(settings);
                if (!old.equals(now)) {
                    w.audit().record(w.actor(), AuditAction.SETTINGS, AuditEvent.LOG, "settings", "project " + field.key(),
                            old, now, null);
                }
            }
            return null;
        });
    }

    /** Saves several edited hazards at once: all of them, or none if any is refused. */
    public List<Hazard> saveAll(List<Hazard> edited) {
        edited.forEach(this::checkScores);
        return write(w -> edited.stream().map(e -> update(w, e, AuditAction.EDIT, null)).toList());
    }

    /** Adds many hazards in one transaction: all of them, or none. */
    public List<Hazard> createAll(List<Hazard> created) {
        created.forEach(this::checkScores);
        checkCodeLocations(created.stream().flatMap(h -> h.codeLocations().stream()).toList());
        return large(created.size(), "adding " + created.size() + " hazards", () -> write(w -> {
            int next = hazards.nextNumber(w.handle());
            List<Hazard> numbered = new ArrayList<>(created.size());
            for (Hazard c : created) {
                numbered.add(c.number() != null ? c : c.toBuilder().number(next++).build());
            }
            return insertAll(w, numbered, AuditAction.CREATE);
        }));
    }

    /**
     * Runs a write of many hazards all-or-nothing on disk too (backup, journal, forced to disk; see
     * {@link LargeWrite}); a small one is already safe as one transaction forced to disk.
     */
    private <T> T large(int hazardCount, String what, java.util.function.Supplier<T> work) {
        return hazardCount >= LargeWrite.HAZARDS ? LargeWrite.run(database, what, work) : work.get();
    }

    /**
     * Adds hazards in one batch per table (a large generated log is written in seconds, not
     * minutes), each checked and audited like a single creation. Returns them as stored.
     */
    private List<Hazard> insertAll(LogWrite w, List<Hazard> numbered, AuditAction action) {
        numbered.forEach(n -> AccessPolicy.checkCreate(w.actor(), n));
        hazards.insertAll(w.handle(), numbered);
        Set<Integer> added = new HashSet<>();
        numbered.forEach(n -> added.add(n.number()));
        List<Hazard> stored = hazards.findAll(w.handle()).stream().filter(s -> added.contains(s.number())).toList();
        stored.forEach(s -> w.audit().hazardCreated(w.actor(), s, action, null));
        return stored;
    }

    /**
     * Imports hazards as one transaction, so that either all of them are in the log or none. A
     * hazard whose number the log has updates that hazard through the same optimistic locking as a
     * save, based on the revision read in this transaction, and keeps the ids of the controls
     * matched by their text; one that is no different is left alone; the others are added in
     * batches, one without a number taking a number above every number in the log and the import.
     * Hazards of the log that are not imported stay as they are. Every hazard created or updated
     * needs the same role as the same change made by hand, and is audited as imported. Returns the
     * plan as carried out, each step with the hazard as now stored.
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
        return importHazards(incoming, previewed, false);
    }

    /**
     * Imports hazards; a control with recorded work (a status past Proposed, or evidence) that the
     * files no longer have is removed only when {@code allowRemovals} says the user agreed to it.
     * Otherwise nothing is imported and the refusal names every such control.
     */
    public ImportPlan importHazards(List<Hazard> incoming, ImportPlan previewed, boolean allowRemovals) {
        LongWork.begin("Importing hazards");
        incoming.forEach(this::checkScores);
        checkCodeLocations(incoming.stream().flatMap(h -> h.codeLocations().stream()).toList());
        return large(incoming.size(), "importing " + incoming.size() + " hazards", () -> write(w -> {
            Handle h = w.handle();
            ImportPlan plan = ImportPlan.of(incoming, hazards.findAll(h), scheme);
            if (previewed != null) {
                refuseIfChangedSincePreview(previewed, plan);
            }
            if (!allowRemovals && !plan.removalsWithProgress().isEmpty()) {
                throw new InvalidValueException("nothing imported: the files no longer have "
                        + (plan.removalsWithProgress().size() == 1 ? "a control" : "controls")
                        + " on which work was recorded, and the import would remove them:\n    "
                        + String.join("\n    ", plan.removalsWithProgress())
                        + "\nIf they really are gone, import again allowing removals (--allow-removals).");
            }
            int next = Math.max(hazards.nextNumber(h), incoming.stream()
                    .filter(hz -> hz.number() != null).mapToInt(Hazard::number).max().orElse(0) + 1);
            List<Integer> numbers = new ArrayList<>();
            List<Hazard> created = new ArrayList<>();
            for (ImportPlan.Step step : plan.steps()) {
                Hazard hz = step.getsNextNumber() ? step.hazard().toBuilder().number(next++).build() : step.hazard();
                numbers.add(hz.number());
                if (step.action() == ImportPlan.Action.UPDATE) {
                    update(w, hz, AuditAction.IMPORT, null);
                } else if (step.action() == ImportPlan.Action.CREATE) {
                    created.add(hz);
                }
            }
            insertAll(w, created, AuditAction.IMPORT);
            Map<Integer, Hazard> stored = new HashMap<>();
            hazards.findAll(h).forEach(hz -> stored.put(hz.number(), hz));
            return plan.carriedOut(numbers.stream().map(stored::get).toList());
        }));
    }

    private static void refuseIfChangedSincePreview(ImportPlan previewed, ImportPlan now) {
        for (int i = 0; i < now.steps().size(); i++) {
            ImportPlan.Step then = previewed.steps().get(i);
            ImportPlan.Step current = now.steps().get(i);
            Long thenRevision = then.before() == null ? null : then.before().version();
            Long nowRevision = current.before() == null ? null : current.before().version();
            if (!Objects.equals(thenRevision, nowRevision)) {
                throw new StaleEditException("Hazard " + current.hazard().number() + " was changed by someone else after "
                        + "the preview. Nothing was imported, so their change is kept: preview the import again.");
            }
        }
    }

    Hazard insert(LogWrite w, Hazard numbered, AuditAction action, String reason) {
        AccessPolicy.checkCreate(w.actor(), numbered);
        Hazard stored = hazards.insert(w.handle(), numbered);
        w.audit().hazardCreated(w.actor(), stored, action, reason);
        return stored;
    }

    /** The permission check compares the edit with the hazard as stored now, field by field. */
    Hazard update(LogWrite w, Hazard edited, AuditAction action, String reason) {
        Hazard before = hazards.findById(w.handle(), edited.id()).orElse(null);
        if (before == null || before.version() != edited.version()) {
            // Someone else got there first: the repository refuses with the reason, before any
            // permission question about a change that is not this person's.
            return hazards.update(w.handle(), edited);
        }
        AccessPolicy.checkChange(w.actor(), before, edited);
        Hazard stored = hazards.update(w.handle(), edited);
        w.audit().hazardChanged(w.actor(), before, stored, scheme, action, reason);
        return stored;
    }

    /** Refuses locations code-check could never compare (a folder with lines, a line number too large), by its rules. */
    private void checkCodeLocations(List<CodeLocation> locations) {
        if (!locations.isEmpty()) {
            CodeLocationRules.requireNameCode(locations, new org.hazardlog.app.ProjectSettings(this).repositoryRoot().orElse(null));
        }
    }

    /** The same for an edit, for the locations it adds or changes: one kept as it was is not the edit's doing. */
    private void checkNewCodeLocations(Hazard edited) {
        List<CodeLocation> before = edited.number() == null ? List.of()
                : read(h -> hazards.findByNumber(h, edited.number())).map(Hazard::codeLocations).orElse(List.of());
        checkCodeLocations(edited.codeLocations().stream().filter(l -> !before.contains(l)).toList());
    }

    private void checkScores(Hazard h) {
        scheme.check(h.initial());
        scheme.check(h.residual());
    }

    /** One read of the log, for the services beside this one (such as {@link CodeReviewService}). */
    <T> T read(Function<Handle, T> work) {
        try {
            return database.jdbi().withHandle(work::apply);
        } catch (JdbiException e) {
            throw unavailable(e);
        }
    }

    /**
     * One write transaction as the current person, with its audit trail. The chain head is locked
     * first, so concurrent writers (the window and the command line) take turns.
     */
    <T> T write(Function<LogWrite, T> work) {
        headBeforeWrite = -1;
        try {
            return writeOnce(work);
        } catch (RuntimeException e) {
            if (database.lostHolder(e)) {
                throw HolderLeft.explain(database.file(), headBeforeWrite, e);
            }
            throw e;
        }
    }

    /** The audit head the current write started from (-1 before its first statement), to tell afterwards whether it was saved. */
    private long headBeforeWrite = -1;

    private <T> T writeOnce(Function<LogWrite, T> work) {
        T result;
        try {
            result = database.jdbi().inTransaction(h -> {
                AuditTrail trail = AuditTrail.begin(h, auditEvents, clock.instant());
                headBeforeWrite = trail.head().sequence();
                Actor who = actorForWriting(h, trail);
                T done = work.apply(new LogWrite(h, who, trail));
                trail.store();
                return done;
            });
        } catch (JdbiException e) {
            throw unavailable(e);
        }
        // H2 returns from a commit before writing it; the caller reports success only once it is on disk.
        database.checkpoint();
        return result;
    }

    private Actor actorIn(Handle h) {
        return users.find(h, userName).map(u -> u.actor()).orElseGet(() -> Actor.stranger(userName));
    }

    /**
     * A new, empty log is claimed by the first person who changes it: they become its CSO. A log with
     * history but no users lost them outside HazardLog, and nobody may claim it.
     */
    private Actor actorForWriting(Handle h, AuditTrail trail) {
        Actor known = actorIn(h);
        if (known.isUser() || userName.isEmpty() || users.count(h) > 0) {
            return known;
        }
        if (trail.head().sequence() > 0 || auditEvents.count(h) > 0 || hazards.count(h) > 0) {
            throw new AccessRefusedException(Permission.MANAGE_USERS, "This log has no users although it has "
                    + "hazards or audit events: its users were removed outside HazardLog, so nobody becomes its CSO "
                    + "by changing it. Restore it from a backup; hazardlog audit verify shows what else changed.");
        }
        users.insert(h, userName, Role.CSO, trail.time());
        Actor cso = Actor.user(userName, Role.CSO);
        trail.record(cso, AuditAction.USER_ADD, AuditEvent.USER, userName, "role", null, Role.CSO.label(),
                "first user of the log, who becomes its CSO");
        return cso;
    }

    Clock clock() {
        return clock;
    }

    UserRepository userRepository() {
        return users;
    }

    AuditRepository auditRepository() {
        return auditEvents;
    }

    HazardRepository hazardRepository() {
        return hazards;
    }

    /** A failure of the store in words for the user: disk full, in use, write-protected, or H2's own first line. */
    private HazardLogUnavailableException unavailable(JdbiException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof java.sql.SQLException sql) {
            return new HazardLogUnavailableException(StoreFailures.explainFailure(database.file(), sql), e);
        }
        return new HazardLogUnavailableException("The hazard log " + database.file() + " could not complete the operation: "
                + cause.getMessage(), e);
    }

    @Override
    public void close() {
        database.close();
    }
}
