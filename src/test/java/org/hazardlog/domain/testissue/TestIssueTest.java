package org.hazardlog.domain.testissue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.hazardlog.domain.InvalidValueException;

class TestIssueTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static TestIssueDetails details() {
        return new TestIssueDetails("Dose field accepts 10x values", "", List.of(3), "Overdose possible");
    }

    @Test
    void aTestIssueNeedsATitle() {
        assertThatThrownBy(() -> new TestIssueDetails("  ", "found in system test", List.of(), ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> new TestIssueDetails(null, "", List.of(), ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("title");
    }

    @Test
    void theTitleIsOneLine() {
        assertThatThrownBy(() -> new TestIssueDetails("first\nsecond", "", List.of(), ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("one line");
    }

    @Test
    void linkedHazardsAreHazardNumbersSortedAndEachOnce() {
        TestIssueDetails d = new TestIssueDetails("t", "", List.of(7, 3, 7), "");
        assertThat(d.hazards()).containsExactly(3, 7);
        assertThat(d.hazardList()).isEqualTo("3, 7");
        assertThatThrownBy(() -> new TestIssueDetails("t", "", List.of(0), ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("hazard number");
        assertThatThrownBy(() -> new TestIssueDetails("t", "", Arrays.asList(1, null), ""))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aResolutionWithoutTextIsRefused() {
        assertThatThrownBy(() -> new TestIssue.Resolution(" ", "eng", NOW))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("resolution");
    }

    @Test
    void statusFollowsTheResolution() {
        TestIssue open = new TestIssue("TI-001", details(), null, "eng", NOW, 1);
        assertThat(open.status()).isEqualTo(TestIssueStatus.OPEN);
        TestIssue resolved = open.resolvedAs(new TestIssue.Resolution("Fixed in 2.1; retested", "eng", NOW));
        assertThat(resolved.status()).isEqualTo(TestIssueStatus.RESOLVED);
        assertThat(resolved.reopened().isOpen()).isTrue();
        assertThatThrownBy(() -> open.resolvedAs(null)).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "TI 001", "-1", "TI/1", "a-very-long-identifier-that-goes-on-and-on-and-on"})
    void identifiersAreShortAndPlain(String id) {
        assertThatThrownBy(() -> new TestIssue(id, details(), null, "eng", NOW, 1))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void identifiersMatchIgnoringCase() {
        assertThat(TestIssue.key("ti-001")).isEqualTo(TestIssue.key("TI-001"));
    }

    @Test
    void theNextIdentifierFollowsTheHighestTiNumber() {
        assertThat(TestIssue.nextId(List.of())).isEqualTo("TI-001");
        assertThat(TestIssue.nextId(List.of("TI-002", "ti-010", "BUG-99", "TI-x"))).isEqualTo("TI-011");
    }

    @Test
    void changesNameEachFieldWithOldAndNewValue() {
        TestIssue before = new TestIssue("TI-001", details(), null, "eng", NOW, 1);
        TestIssue after = before.withDetails(new TestIssueDetails("Dose field accepts 10x values", "seen on ward",
                List.of(3, 4), "Overdose possible")).resolvedAs(new TestIssue.Resolution("fixed", "eng", NOW));
        assertThat(TestIssueChanges.between(before, after)).containsExactly(
                new TestIssueChanges.Change("description", null, "seen on ward"),
                new TestIssueChanges.Change("linked hazards", "3", "3, 4"),
                new TestIssueChanges.Change("status", "Open", "Resolved"),
                new TestIssueChanges.Change("resolution", null, "fixed"));
    }

    @Test
    void aNewIssueAlreadyResolvedKeepsItsResolution() {
        assertThat(new NewTestIssue("TI-9", details(), "  fixed ").resolution()).isEqualTo("fixed");
        assertThat(new NewTestIssue(" ", details(), null).id()).isNull();
    }
}
