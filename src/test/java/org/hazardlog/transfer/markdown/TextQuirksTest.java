package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.fixture;
import static org.hazardlog.transfer.Fixtures.markdownReader;

import java.nio.file.Path;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;
import org.junit.jupiter.api.Test;

class TextQuirksTest {

    private final Hazard hazard = markdownReader().read(fixture("quirks/crlf-bom-nbsp.md")).only().hazard();

    @Test
    void readsAFileWithCrlfLineEndingsAndAByteOrderMark() {
        assertThat(hazard.name()).isEqualTo("Appointment letter printed in the wrong language");
        assertThat(hazard.name()).doesNotContain("\r");
    }

    @Test
    void treatsNonBreakingSpacesAsSpacesInHeadingsBulletsAndScores() {
        assertThat(hazard.initial()).isEqualTo(new Assessment(null, 2));
        assertThat(hazard.causes()).containsExactly(
                "Language preference read from the referral, not the patient record",
                "Template cache keyed by clinic only");
        assertThat(hazard.codeLocations()).containsExactly(new CodeLocation("letters/templates/render.py", 5, 9, null));
    }

    @Test
    void readsADotBulletWithANonBreakingSpace() {
        assertThat(hazard.hazardTypes()).containsExactly("NoClinicalInteraction");
    }

    @Test
    void readsAnEnDashTbcAsUnscored() {
        assertThat(hazard.initial().likelihood()).isNull();
    }

    @Test
    void readsLoneCarriageReturnsAsLineEnds() {
        Hazard h = markdownReader().read(Path.of("x.md"), "## Hazard name\r\rOld Mac file\r## Project\r\rP").only().hazard();
        assertThat(h.name()).isEqualTo("Old Mac file");
        assertThat(h.project()).isEqualTo("P");
    }
}
