package org.hazardlog.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.jdbi.v3.core.Handle;

import org.hazardlog.domain.access.PasswordHash;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditChain;
import org.hazardlog.domain.audit.AuditCheck;
import org.hazardlog.domain.audit.AuditEvent;
import org.hazardlog.domain.audit.AuditQuery;
import org.hazardlog.domain.audit.ChainBreak;
import org.hazardlog.domain.audit.ChainHead;
import org.hazardlog.domain.audit.HazardCreations;
import org.hazardlog.domain.audit.EvidenceSeals;
import org.hazardlog.domain.audit.TestIssueCreations;
import org.hazardlog.domain.audit.TestIssueSeals;
import org.hazardlog.domain.audit.UserLedger;
import org.hazardlog.domain.cscr.CscrApproval;
import org.hazardlog.code.ReviewLedger;
import org.hazardlog.store.AuditRepository;
import org.hazardlog.store.CodeReviewRepository;
import org.hazardlog.store.CscrApprovalRepository;
import org.hazardlog.store.EvidenceRepository;
import org.hazardlog.store.TestIssueRepository;
import org.hazardlog.store.UserRepository;
import org.hazardlog.store.VersionRepository;
import org.hazardlog.store.VersionRepository.StoredVersion;
import org.hazardlog.store.VersionRepository.VersionRow;

/** Reading the audit trail, and checking that nobody changed it, or what it vouches for, behind HazardLog's back. */
public final class AuditService {

    /** The window shows at most this many of the newest matching events. */
    public static final int WINDOW_LIMIT = 10_000;

    private final HazardLogService log;
    private final AuditRepository events;
    private final VersionRepository versions = new VersionRepository();
    private final CscrApprovalRepository approvals = new CscrApprovalRepository();

    AuditService(HazardLogService log) {
        this.log = log;
        this.events = log.auditRepository();
    }

    public List<AuditEvent> events(AuditQuery query) {
        return events(query, Integer.MAX_VALUE);
    }

    /** The newest {@code limit} matching events, oldest first. */
    public List<AuditEvent> events(AuditQuery query, int limit) {
        return log.read(h -> events.find(h, query, limit));
    }

    /** Every change to one hazard, oldest first. */
    public List<AuditEvent> history(int hazardNumber) {
        return events(AuditQuery.hazard(hazardNumber));
    }

    public AuditCheck verify() {
        return verify(null);
    }

    /**
     * Checks the whole trail and what it vouches for, in one read:
     * <ul>
     * <li>the chain: sequence numbers without gaps, every event's hash over its contents, every link
     * to the event before, and the head row;</li>
     * <li>{@code kept} (may be null), a head written down outside the log earlier: its event must
     * still be there with the same hash, so a trail cut back or rewritten since is found;</li>
     * <li>safety case approvals, each with its signature event, and each such event with its approval;</li>
     * <li>issued versions: numbered 1, 2, 3 ... without gaps, each snapshot matching its content
     * hash, each with its issue event and anchor, and each issue event with its version;</li>
     * <li>users, roles and password fingerprints rebuilt from the trail, against the users table;</li>
     * <li>every hazard with its creation event, and every created hazard still in the log; the same for test issues;</li>
     * <li>code reviews, each hazard's against the seal of its latest review event;</li>
     * <li>test issues, each against the seal of its latest write; evidence runs, each with its
     * results against the seal of its run event, and each run event with its run.</li>
     * </ul>
     * Every problem is reported, the chain's first.
     */
    public AuditCheck verify(ChainHead kept) {
        LongWork.begin("Checking the audit trail");
        return log.read(h -> {
            AuditChain.Verifier verifier = new AuditChain.Verifier();
            UserLedger users = new UserLedger();
            HazardCreations hazards = new HazardCreations();
            TestIssueCreations testIssues = new TestIssueCreations();
            TestIssueSeals testIssueSeals = new TestIssueSeals();
            EvidenceSeals evidenceRuns = new EvidenceSeals();
            ReviewLedger codeReviews = new ReviewLedger();
            Map<Integer, Long> issueEvents = new TreeMap<>();
            Map<String, AuditEvent> approvalEvents = new TreeMap<>();
            // The whole trail is read even past a break, so that what it vouches for is still compared.
            long count = events.scan(h, e -> {
                verifier.accept(e);
                users.accept(e);
                hazards.accept(e);
                testIssues.accept(e);
                testIssueSeals.accept(e);
                evidenceRuns.accept(e);
                codeReviews.accept(e);
                if (e.action() == AuditAction.ISSUE && AuditEvent.VERSION.equals(e.entity())) {
                    issueEvents.putIfAbsent(number(e.entityKey()), e.sequence());
                }
                if (e.action() == AuditAction.APPROVE && AuditEvent.CSCR.equals(e.entity())
                        && "signature".equals(e.field())) {
                    approvalEvents.putIfAbsent(e.entityKey(), e);
                }
                return true;
            });
            List<ChainBreak> problems = new ArrayList<>();
            verifier.broken().ifPresent(problems::add);
            if (verifier.broken().isEmpty()) {
                checkHead(h, verifier.head()).ifPresent(problems::add);
            }
            if (kept != null) {
                checkKeptHead(h, kept, verifier.head()).ifPresent(problems::add);
            }
            List<Integer> hazardNumbers = log.hazardRepository().numbers(h);
            List<VersionRow> rows = versions.list(h);
            int userCount = log.userRepository().count(h);
            if (count == 0 && (!hazardNumbers.isEmpty() || !rows.isEmpty() || userCount > 0)) {
                problems.add(new ChainBreak(0, "the audit trail is empty, but the log has " + hazardNumbers.size()
                        + " hazards, " + rows.size() + " issued versions and " + userCount + " users: its events "
                        + "were deleted"));
            }
            checkVersions(h, rows, issueEvents, problems);
            checkApprovals(h, approvalEvents, problems);
            users.oddities().forEach(problems::add);
            users.differences(tableUsers(h)).forEach(d -> problems.add(new ChainBreak(0, d)));
            problems.addAll(hazards.problems(hazardNumbers));
            TestIssueRepository testIssueTable = new TestIssueRepository();
            problems.addAll(testIssues.problems(testIssueTable.ids(h)));
            problems.addAll(testIssueSeals.problems(testIssueTable.sealed(h)));
            problems.addAll(evidenceRuns.problems(new EvidenceRepository().sealed(h)));
            codeReviews.differences(new CodeReviewRepository().findAll(h))
                    .forEach(d -> problems.add(new ChainBreak(d.event(), d.message())));
            return new AuditCheck(count, verifier.head(), problems);
        });
    }

    /** The head row says how long the trail was; fewer events means the newest were removed. */
    private Optional<ChainBreak> checkHead(Handle h, ChainHead found) {
        ChainHead recorded = events.head(h);
        if (recorded.sequence() > found.sequence()) {
            return Optional.of(new ChainBreak(found.sequence() + 1, "audit event " + (found.sequence() + 1)
                    + " is missing: the trail ends at event " + found.sequence() + " but " + recorded.sequence()
                    + " events were recorded"));
        }
        if (!recorded.equals(found)) {
            return Optional.of(new ChainBreak(found.sequence(), "the audit trail's head does not match event "
                    + found.sequence() + ": events were added or changed outside HazardLog"));
        }
        return Optional.empty();
    }

    /** A head kept outside the log can only be reached by a trail that grew from it. */
    private Optional<ChainBreak> checkKeptHead(Handle h, ChainHead kept, ChainHead found) {
        if (kept.sequence() > found.sequence()) {
            return Optional.of(new ChainBreak(found.sequence() + 1, "the trail ends at event " + found.sequence()
                    + ", but the head kept outside the log (" + kept + ") had event " + kept.sequence()
                    + ": events were removed and the trail rewound"));
        }
        if (kept.sequence() == 0) {
            return Optional.empty();
        }
        Optional<AuditEvent> there = events.at(h, kept.sequence());
        if (there.isEmpty() || !there.get().hash().equalsIgnoreCase(kept.hash())) {
            return Optional.of(new ChainBreak(kept.sequence(), "audit event " + kept.sequence() + " is not the one "
                    + "whose hash was kept outside the log (" + kept + "): the trail was rewritten since"));
        }
        return Optional.empty();
    }

    private void checkVersions(Handle h, List<VersionRow> rows, Map<Integer, Long> issueEvents,
                               List<ChainBreak> problems) {
        int expected = 1;
        for (VersionRow row : rows) {
            if (row.number() != expected) {
                problems.add(new ChainBreak(issueEvents.getOrDefault(expected, 0L), "issued version " + expected
                        + " is missing: the versions go from " + (expected - 1) + " to " + row.number()));
            }
            expected = row.number() + 1;
            checkVersion(h, row.number()).ifPresent(problems::add);
        }
        List<Integer> stored = rows.stream().map(VersionRow::number).toList();
        issueEvents.forEach((number, seq) -> {
            if (!stored.contains(number)) {
                problems.add(new ChainBreak(seq, "audit event " + seq + " records the issue of version " + number
                        + ", but the log has no version " + number + ": its rows were deleted"));
            }
        });
    }

    /** Each safety case approval with its signature event, naming the same version and content hash, and back. */
    private void checkApprovals(Handle h, Map<String, AuditEvent> signed, List<ChainBreak> problems) {
        Map<String, AuditEvent> unmatched = new TreeMap<>(signed);
        for (CscrApproval a : approvals.list(h)) {
            String key = "approval " + a.number() + " of version " + a.versionNumber();
            AuditEvent e = unmatched.remove(key);
            if (e == null || e.newValue() == null || !e.newValue().endsWith(a.contentHash())) {
                problems.add(new ChainBreak(e == null ? 0 : e.sequence(), "safety case " + key + " has no matching "
                        + "signature event in the audit trail: the approval or its event was changed or removed"));
            }
        }
        unmatched.forEach((key, e) -> problems.add(new ChainBreak(e.sequence(), "audit event " + e.sequence()
                + " records safety case " + key + ", but the log has no such approval: its row was deleted")));
    }

    private Optional<ChainBreak> checkVersion(Handle h, int number) {
        StoredVersion v = versions.find(h, number).orElseThrow();
        String recomputed = Snapshots.contentHash(v.number(), v.summary(), v.signature(), v.schemeJson(),
                v.hazardJson(), v.anchor());
        List<AuditEvent> issued = events.of(h, AuditEvent.VERSION, String.valueOf(number), AuditAction.ISSUE);
        long issueSeq = issued.isEmpty() ? 0 : issued.get(0).sequence();
        if (!recomputed.equals(v.contentHash())) {
            return Optional.of(new ChainBreak(issueSeq, "issued version " + number + " was changed after it was "
                    + "signed: its snapshot no longer matches its content hash"));
        }
        if (issued.isEmpty() || issued.get(0).newValue() == null || !issued.get(0).newValue().endsWith(v.contentHash())) {
            return Optional.of(new ChainBreak(issueSeq, "issued version " + number + " has no matching issue event "
                    + "in the audit trail: the version or its event was changed or removed"));
        }
        ChainHead anchor = v.anchor();
        if (anchor.sequence() == 0) {
            return Optional.empty();
        }
        Optional<AuditEvent> anchored = events.at(h, anchor.sequence());
        if (anchored.isEmpty() || !anchored.get().hash().equals(anchor.hash())) {
            return Optional.of(new ChainBreak(anchor.sequence(), "audit event " + anchor.sequence() + ", the newest "
                    + "when version " + number + " was signed, is " + (anchored.isEmpty() ? "missing" : "not the one signed")
                    + ": the trail behind the version was cut short or replaced"));
        }
        return Optional.empty();
    }

    private List<UserLedger.TableUser> tableUsers(Handle h) {
        UserRepository users = log.userRepository();
        return users.findAll(h).stream()
                .map(u -> new UserLedger.TableUser(u.name(), u.role(), fingerprint(h, users, u.name())))
                .toList();
    }

    /** A stored password HazardLog cannot even read was not written by HazardLog: it matches no fingerprint. */
    private static String fingerprint(Handle h, UserRepository users, String name) {
        try {
            return users.password(h, name).map(PasswordHash::fingerprint).orElse(null);
        } catch (IllegalArgumentException unreadable) {
            return "unreadable";
        }
    }

    private static int number(String key) {
        try {
            return Integer.parseInt(key.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
