package org.hazardlog.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.access.Role;

/**
 * Test issues and evidence runs whose events were written before HazardLog sealed them: what the
 * events say is still compared, and what they cannot say is named as not compared.
 */
class UnsealedRecordsTest {

    private long sequence;

    private AuditEvent event(AuditAction action, String entity, String key, String field, String value) {
        sequence++;
        return new AuditEvent(sequence, Instant.EPOCH, "carol", Role.CSO, action, entity, key, field, null, value, null,
                "0", "0");
    }

    private TestIssueSeals issueCreatedBeforeSeals() {
        TestIssueSeals seals = new TestIssueSeals();
        seals.accept(event(AuditAction.CREATE, AuditEvent.TEST_ISSUE, "TI-001", "test issue", "Dose field accepts 10x"));
        seals.accept(event(AuditAction.CREATE, AuditEvent.TEST_ISSUE, "TI-001", "safety impact", "Overdose"));
        seals.accept(event(AuditAction.CREATE, AuditEvent.TEST_ISSUE, "TI-001", "status", "Open"));
        return seals;
    }

    private static TestIssueSeals.Stored issue(String status, String resolution, String impact) {
        return new TestIssueSeals.Stored("TI-001", "sha256:whatever", mapOf("title", "Dose field accepts 10x",
                "safety impact", impact, "status", status, "resolution", resolution));
    }

    /** Fields as the store gives them, null for an empty one. */
    private static Map<String, String> mapOf(String... kv) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void anUnsealedIssueIsComparedByTheFieldsItsEventsGive() {
        TestIssueSeals seals = issueCreatedBeforeSeals();
        assertThat(seals.unsealed()).containsExactly("TI-001");
        assertThat(seals.problems(List.of(issue("Open", null, "Overdose")))).isEmpty();
        assertThat(seals.problems(List.of(issue("Resolved", "Not a bug", "Overdose"))))
                .extracting(ChainBreak::message).singleElement().asString()
                .contains("test issue TI-001's status does not match its audit events");
        assertThat(seals.problems(List.of(issue("Open", null, "None")))).hasSize(1);
    }

    @Test
    void aSealedWriteAfterwardsIsComparedByItsSeal() {
        TestIssueSeals seals = issueCreatedBeforeSeals();
        String seal = RecordSeal.of(List.of(List.of("stored row")));
        seals.accept(event(AuditAction.EDIT, AuditEvent.TEST_ISSUE, "TI-001", "description", "Seen in run 14"));
        seals.accept(event(AuditAction.EDIT, AuditEvent.TEST_ISSUE, "TI-001", TestIssueSeals.FIELD,
                RecordSeal.phrase(TestIssueSeals.NAME, seal)));
        assertThat(seals.unsealed()).isEmpty();
        assertThat(seals.problems(List.of(new TestIssueSeals.Stored("TI-001", seal, Map.of())))).isEmpty();
        assertThat(seals.problems(List.of(new TestIssueSeals.Stored("ti-001", RecordSeal.of(List.of(List.of("edited"))),
                Map.of())))).extracting(ChainBreak::message).singleElement().asString()
                .contains("is not the one recorded by audit event 5");
    }

    @Test
    void anUnsealedRunIsComparedByItsOutcomeCounts() {
        EvidenceSeals seals = new EvidenceSeals();
        seals.accept(event(AuditAction.CREATE, EvidenceSeals.ENTITY, "run 1", "evidence run", "10 test cases (7 linked, "
                + "3 unlinked); links: 3 passed, 1 failed; commit not known; build not given; reports: a.xml"));
        assertThat(seals.unsealed()).containsExactly(1);
        assertThat(seals.problems(List.of(new EvidenceSeals.Stored(1, "sha256:x", "3 passed, 1 failed")))).isEmpty();
        assertThat(seals.problems(List.of(new EvidenceSeals.Stored(1, "sha256:x", "4 passed"))))
                .extracting(ChainBreak::message).singleElement().asString()
                .contains("evidence run 1's results (4 passed) do not match audit event 1");
    }

    @Test
    void aSealIsFoundAtTheEndOfATextThatMentionsOthers() {
        String seal = RecordSeal.of(List.of(List.of("a", "b")));
        assertThat(seal).isNotEqualTo(RecordSeal.of(List.of(List.of("ab"))));
        assertThat(RecordSeal.of(List.of(java.util.Arrays.asList("a", null))))
                .isNotEqualTo(RecordSeal.of(List.of(List.of("a", ""))));
        String text = "reports: evidence seal sha256:" + "0".repeat(64) + ".xml; " + RecordSeal.phrase("evidence seal", seal);
        assertThat(RecordSeal.in("evidence seal", text)).contains(seal);
        assertThat(RecordSeal.in("test issue seal", text)).isEmpty();
    }
}
