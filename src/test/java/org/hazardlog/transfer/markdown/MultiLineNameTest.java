package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.markdownReader;
import static org.hazardlog.transfer.Fixtures.quillWith;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.WarningKind;

/** A name over several lines would break every one-line view of the log: it is joined, and the import says so. */
class MultiLineNameTest {

    @Test
    void aNameOverSeveralLinesIsJoinedWithAWarning() {
        String md = quillWith("Hazard name", "").replace("A test hazard", "Wrong dose shown\nafter a unit change\n  on the ward");

        ParsedHazard parsed = markdownReader().read(Path.of("h.md"), md).only();

        assertThat(parsed.hazard().name()).isEqualTo("Wrong dose shown after a unit change on the ward");
        assertThat(parsed.warnings()).filteredOn(w -> w.kind() == WarningKind.NAME_JOINED).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("joined into one"));
    }

    @Test
    void aOneLineNameGivesNoWarning() {
        ParsedHazard parsed = markdownReader().read(Path.of("h.md"), quillWith("Description", "Text")).only();

        assertThat(parsed.hazard().name()).isEqualTo("A test hazard");
        assertThat(parsed.warnings()).noneMatch(w -> w.kind() == WarningKind.NAME_JOINED);
    }
}
