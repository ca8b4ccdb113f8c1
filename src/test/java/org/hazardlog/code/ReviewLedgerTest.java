package org.hazardlog.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.AuditAction;
import org.hazardlog.domain.audit.AuditEvent;

/** The review table against the audit trail's review events: sealed, older unsealed ones, renumbered hazards. */
class ReviewLedgerTest {

    private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");
    private final List<AuditEvent> events = new ArrayList<>();

    private static ReviewFingerprint print(String lines, String commit) {
        return new ReviewFingerprint("a.py", 3, lines, 42L, "file-" + lines, commit, AT, FingerprintScheme.SHA256_INDENTATION_KEPT,
                "def f():\n    return 1\n");
    }

    private static Map<ReviewKey, List<ReviewFingerprint>> reviews(int hazard, String lines, String commit) {
        Map<ReviewKey, List<ReviewFingerprint>> m = new HashMap<>();
        m.put(new ReviewKey(hazard, "a.py#f", 0, 0), List.of(print(lines, commit)));
        return m;
    }

    private void event(int hazard, String field, String oldValue, String newValue, AuditAction action) {
        events.add(new AuditEvent(events.size() + 1, AT, "cso", Role.CSO, action, AuditEvent.HAZARD,
                String.valueOf(hazard), field, oldValue, newValue, null, "0", "h"));
    }

    private List<ReviewLedger.Difference> check(Map<ReviewKey, List<ReviewFingerprint>> table) {
        ReviewLedger ledger = new ReviewLedger();
        events.forEach(ledger::accept);
        return ledger.differences(table);
    }

    @Test
    void aReviewAsSealedMatchesAndOneEditedInTheTableDoesNot() {
        event(3, "code review", null, "1 location reviewed; " + ReviewSeal.phrase(ReviewSeal.of(reviews(3, "aaa", null))),
                AuditAction.CODE_REVIEW);

        assertThat(check(reviews(3, "aaa", null))).isEmpty();
        assertThat(check(reviews(3, "bbb", null))).extracting(ReviewLedger.Difference::message)
                .containsExactly("the code review of hazard 3 is not the one recorded by audit event 1: changed outside "
                        + "HazardLog");
        assertThat(check(Map.of())).extracting(ReviewLedger.Difference::message)
                .containsExactly("the code review of hazard 3 is not the one recorded by audit event 1: removed outside "
                        + "HazardLog");
    }

    @Test
    void aReviewTheTrailNeverRecordedIsFound() {
        assertThat(check(reviews(4, "aaa", null))).extracting(ReviewLedger.Difference::message)
                .containsExactly("the code review of hazard 4 is in the review table but the audit trail never recorded "
                        + "it: added outside HazardLog");
    }

    @Test
    void aSealFollowsItsHazardWhenRenumbered() {
        event(3, "code review", null, "1 location reviewed; " + ReviewSeal.phrase(ReviewSeal.of(reviews(3, "aaa", null))),
                AuditAction.CODE_REVIEW);
        event(5, "number", "3", "5", AuditAction.EDIT);

        assertThat(check(reviews(5, "aaa", null))).isEmpty();
    }

    @Test
    void aReviewRecordedBeforeSealsIsComparedByItsLocationCountAndCommit() {
        event(3, "code review", null, "1 location reviewed at commit abc123", AuditAction.CODE_REVIEW);

        assertThat(check(reviews(3, "aaa", "abc123"))).isEmpty();
        ReviewLedger ledger = new ReviewLedger();
        events.forEach(ledger::accept);
        assertThat(ledger.unsealed()).containsExactly(3);
        assertThat(check(reviews(3, "aaa", "def456"))).hasSize(1);
        Map<ReviewKey, List<ReviewFingerprint>> two = reviews(3, "aaa", "abc123");
        two.put(new ReviewKey(3, "b.py", 0, 0), List.of(print("ccc", "abc123")));
        assertThat(check(two)).hasSize(1);
    }
}
