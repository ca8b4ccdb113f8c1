package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.markdownReader;
import static org.hazardlog.transfer.Fixtures.quillWith;

import java.nio.file.Path;

import org.hazardlog.domain.HazardStatus;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.WarningKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatusWordsTest {

    private static ParsedHazard read(String status) {
        return markdownReader().read(Path.of("x.md"), quillWith("Hazard status", status)).only();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Draft from LLM | DRAFT",
            "Draft | DRAFT",
            "New hazard for triage | DRAFT",
            "Open | OPEN",
            "open | OPEN",
            "Under review | OPEN",
            "Partially mitigated (frontend controls implemented, backend orchestration controls pending) | OPEN",
            "Significantly mitigated (detection controls implemented, orchestration controls pending) | OPEN",
            "Transferred | TRANSFERRED",
            "Transferred to the trust's deployment team | TRANSFERRED",
            "Closed | CLOSED",
            "Closed — all actions complete | CLOSED"})
    void mapsClearWordsWithoutWarning(String words, HazardStatus status) {
        ParsedHazard p = read(words);
        assertThat(p.hazard().status()).isEqualTo(status);
        assertThat(p.hazard().statusText()).isEqualTo(words);
        assertThat(p.warnings()).noneMatch(w -> w.kind() == WarningKind.UNCLEAR_STATUS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Fixed — controls implemented 4 May 2026 | reads as finished",
            "Resolved | reads as finished",
            "Significantly mitigated | reads as finished",
            "Parked | is not Draft, Open, Transferred or Closed"})
    void keepsUnclearWordsOpenWithAReasonToCheck(String words, String reason) {
        ParsedHazard p = read(words);
        assertThat(p.hazard().status()).isEqualTo(HazardStatus.OPEN);
        assertThat(p.hazard().statusText()).isEqualTo(words);
        assertThat(p.warnings()).filteredOn(w -> w.kind() == WarningKind.UNCLEAR_STATUS)
                .singleElement().satisfies(w -> assertThat(w.message()).contains(words).contains(reason));
    }

    @org.junit.jupiter.api.Test
    void readsAnExplicitStatusLineFollowedByTheWords() {
        ParsedHazard p = read("Status: Closed\n\nFixed — controls implemented 4 May 2026");
        assertThat(p.hazard().status()).isEqualTo(HazardStatus.CLOSED);
        assertThat(p.hazard().statusText()).isEqualTo("Fixed — controls implemented 4 May 2026");
        assertThat(p.warnings()).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aMissingStatusIsDraftWithAWarning() {
        ParsedHazard p = markdownReader().read(Path.of("x.md"), quillWith("Hazard name", "")).only();
        assertThat(p.hazard().status()).isEqualTo(HazardStatus.DRAFT);
        assertThat(p.warnings()).anyMatch(w -> w.kind() == WarningKind.UNCLEAR_STATUS);
    }
}
