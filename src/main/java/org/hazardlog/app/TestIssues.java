package org.hazardlog.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.Text;
import org.hazardlog.domain.access.AccessPolicy;
import org.hazardlog.domain.access.Permission;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.RecordSeal;
import org.hazardlog.domain.audit.TestIssueSeals;
import org.hazardlog.domain.testissue.NewTestIssue;
import org.hazardlog.domain.testissue.TestIssue;
import org.hazardlog.domain.testissue.TestIssueChanges;
import org.hazardlog.domain.testissue.TestIssueDetails;
import org.hazardlog.store.StaleEditException;
import org.hazardlog.store.TestIssueRepository;

/**
 * Test issues of a log: added, edited, resolved, reopened and imported by Engineers and the CSO.
 * Each call is one write transaction of the log: the role is checked, every linked hazard must be
 * in the log, and the audit trail records the issue field by field (all fields on creation, each
 * changed field with its old and new value afterwards) in the same transaction.
 */
public final class TestIssues {

    private final HazardLogService log;
    private final TestIssueRepository issues = new TestIssueRepository();

    TestIssues(HazardLogService log) {
        this.log = log;
    }

    public List<TestIssue> list() {
        return log.read(issues::findAll);
    }

    public Optional<TestIssue> find(String id) {
        return log.read(h -> issues.find(h, id));
    }

    /** Adds an open test issue; without an identifier it gets the next TI-number. */
    public TestIssue add(String id, TestIssueDetails details) {
        return log.write(w -> {
            AccessPolicy.require(w.actor(), Permission.RECORD_TEST_ISSUE, "Adding a test issue");
            NewTestIssue wanted = NewTestIssue.open(id, details);
            List<Long> rows = hazardRows(w.handle(), details, "");
            return insert(w, wanted, rows, AuditAction.CREATE);
        });
    }

    /**
     * Changes what an issue says. {@code revision} is the revision the person edited; if someone
     * saved the issue since, nothing is written.
     */
    public TestIssue edit(String id, long revision, TestIssueDetails details, String reason) {
        return log.write(w -> {
            AccessPolicy.require(w.actor(), Permission.RECORD_TEST_ISSUE, "Editing test issue " + id);
            TestIssue before = stored(w.handle(), id, revision);
            return save(w, before, before.withDetails(details), reason);
        });
    }

    /** Records how an open issue was resolved; the resolution text is required. */
    public TestIssue resolve(String id, long revision, String resolution, String reason) {
        return log.write(w -> {
            AccessPolicy.require(w.actor(), Permission.RECORD_TEST_ISSUE, "Resolving test issue " + id);
            TestIssue before = stored(w.handle(), id, revision);
            if (!before.isOpen()) {
                throw new InvalidValueException("test issue " + before.id() + " is already resolved; reopen it first "
                        + "to record another resolution");
            }
            var r = new TestIssue.Resolution(resolution, w.actor().name(), w.audit().time());
            return save(w, before, before.resolvedAs(r), reason);
        });
    }

    /** Opens a resolved issue again; the reason is required, since it says the resolution did not hold. */
    public TestIssue reopen(String id, long revision, String reason) {
        String why = Text.require("the reason for reopening a test issue", reason, Text.MAX_TEXT);
        return log.write(w -> {
            AccessPolicy.require(w.actor(), Permission.RECORD_TEST_ISSUE, "Reopening test issue " + id);
            TestIssue before = stored(w.handle(), id, revision);
            if (before.isOpen()) {
                throw new InvalidValueException("test issue " + before.id() + " is open already");
            }
            return save(w, before, before.reopened(), why);
        });
    }

    /**
     * Adds every entry in one transaction, or none: each problem (an identifier the log or the list
     * already has, a hazard the log does not have) is collected with the entry it belongs to, and
     * any problem refuses the whole list with all of them named.
     */
    public List<TestIssue> importAll(List<NewTestIssue> entries) {
        if (entries.isEmpty()) {
            throw new InvalidValueException("there are no test issues to import");
        }
        return log.write(w -> {
            AccessPolicy.require(w.actor(), Permission.RECORD_TEST_ISSUE, "Importing test issues");
            Handle h = w.handle();
            Map<Integer, Long> hazards = issues.hazardIds(h);
            Set<String> inLog = new HashSet<>();
            issues.ids(h).forEach(id -> inLog.add(TestIssue.key(id)));
            // Every identifier in use or asked for, so an entry without one never gets one a later entry names.
            List<String> used = new ArrayList<>(issues.ids(h));
            entries.stream().filter(e -> e.id() != null).forEach(e -> used.add(e.id()));
            Map<String, Integer> firstEntry = new HashMap<>();
            List<String> problems = new ArrayList<>();
            List<NewTestIssue> numbered = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                NewTestIssue e = entries.get(i);
                String id = e.id();
                if (id == null) {
                    id = TestIssue.nextId(used);
                    used.add(id);
                }
                String key = TestIssue.key(id);
                String where = "entry " + (i + 1) + " (" + id + ")";
                if (inLog.contains(key)) {
                    problems.add(where + ": the log already has test issue " + id
                            + "; an import only adds test issues (edit changes one)");
                } else if (firstEntry.containsKey(key)) {
                    problems.add(where + ": the identifier is also used by entry " + firstEntry.get(key));
                } else {
                    firstEntry.put(key, i + 1);
                }
                missing(e.details(), hazards).ifPresent(m -> problems.add(where + ": " + m));
                numbered.add(new NewTestIssue(id, e.details(), e.resolution()));
            }
            if (!problems.isEmpty()) {
                throw new InvalidValueException("nothing imported: " + problems.size()
                        + (problems.size() == 1 ? " problem" : " problems") + ":\n    " + String.join("\n    ", problems));
            }
            List<TestIssue> stored = new ArrayList<>();
            for (NewTestIssue e : numbered) {
                stored.add(insert(w, e, rows(e.details(), hazards), AuditAction.IMPORT));
            }
            return stored;
        });
    }

    private TestIssue insert(LogWrite w, NewTestIssue wanted, List<Long> rows, AuditAction action) {
        Handle h = w.handle();
        String id = wanted.id() != null ? wanted.id() : TestIssue.nextId(issues.ids(h));
        TestIssue.Resolution resolution = wanted.resolution() == null ? null
                : new TestIssue.Resolution(wanted.resolution(), w.actor().name(), w.audit().time());
        TestIssue stored = issues.insert(h, new TestIssue(id, wanted.details(), resolution, w.actor().name(),
                w.audit().time(), 1), rows);
        // The first event marks the creation (audit verify looks for it); the others give every field's value.
        w.audit().record(w.actor(), action, AuditEvent.TEST_ISSUE, stored.id(), "test issue", null, stored.title(), null);
        TestIssueChanges.fields(stored).forEach((field, value) -> {
            if (!field.equals(TestIssueChanges.TITLE)) {
                w.audit().record(w.actor(), action, AuditEvent.TEST_ISSUE, stored.id(), field, null, value, null);
            }
        });
        seal(w, stored, action, null);
        return stored;
    }

    private TestIssue save(LogWrite w, TestIssue before, TestIssue after, String reason) {
        List<TestIssueChanges.Change> changes = TestIssueChanges.between(before, after);
        if (changes.isEmpty()) {
            return before;
        }
        TestIssue stored = issues.update(w.handle(), after, hazardRows(w.handle(), after.details(), ""));
        for (TestIssueChanges.Change c : changes) {
            w.audit().record(w.actor(), AuditAction.EDIT, AuditEvent.TEST_ISSUE, stored.id(), c.field(), c.before(),
                    c.after(), reason);
        }
        seal(w, stored, AuditAction.EDIT, reason);
        return stored;
    }

    /** The write's last event seals the issue as stored, so audit verify finds a later edit made outside HazardLog. */
    private void seal(LogWrite w, TestIssue stored, AuditAction action, String reason) {
        String seal = RecordSeal.phrase(TestIssueSeals.NAME, issues.seal(w.handle(), stored.id()));
        w.audit().record(w.actor(), action, AuditEvent.TEST_ISSUE, stored.id(), TestIssueSeals.FIELD, null, seal, reason);
    }

    /** The issue as stored, refused if missing or saved by someone else since {@code revision}. */
    private TestIssue stored(Handle h, String id, long revision) {
        TestIssue before = issues.find(h, id)
                .orElseThrow(() -> new InvalidValueException("there is no test issue " + TestIssue.validId(id) + " in this log"));
        if (before.revision() != revision) {
            throw new StaleEditException("Test issue " + before.id() + " was changed by someone else since you read it. "
                    + "Nothing was saved, so their change is kept: read it again.");
        }
        return before;
    }

    private List<Long> hazardRows(Handle h, TestIssueDetails d, String where) {
        Map<Integer, Long> hazards = issues.hazardIds(h);
        missing(d, hazards).ifPresent(m -> {
            throw new InvalidValueException(where + m);
        });
        return rows(d, hazards);
    }

    private static List<Long> rows(TestIssueDetails d, Map<Integer, Long> hazards) {
        return d.hazards().stream().map(hazards::get).toList();
    }

    /** "hazard 99 is not in this log", or nothing when every linked hazard is. */
    private static Optional<String> missing(TestIssueDetails d, Map<Integer, Long> hazards) {
        List<Integer> gone = d.hazards().stream().filter(n -> !hazards.containsKey(n)).toList();
        if (gone.isEmpty()) {
            return Optional.empty();
        }
        String list = String.join(", ", gone.stream().map(String::valueOf).toList());
        return Optional.of((gone.size() == 1 ? "hazard " + list + " is" : "hazards " + list + " are")
                + " not in this log; a test issue links only to hazards the log has");
    }
}
