package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.markdownReader;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.Hazard;
import org.hazardlog.transfer.Fixtures;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.WarningKind;

/** DCSP's "New hazard controls" is plain text: each paragraph or list item is a control waiting for a category. */
class DcspNewControlsTest {

    private static ParsedHazard read(String newControls) {
        String text = "### Hazard name\nDose rounded to the wrong unit\n\n### New hazard controls\n" + newControls
                + "\n### Hazard status\nOpen\n";
        return markdownReader().read(Path.of("hazard-4.md"), text.getBytes(java.nio.charset.StandardCharsets.UTF_8)).only();
    }

    @Test
    void eachParagraphIsOneUnassignedControl() {
        ParsedHazard p = read("Show the unit beside every dose.\n\nRefuse a dose above the\nmaximum for the weight.\n");

        assertThat(p.hazard().controls()).extracting(Control::text)
                .containsExactly("Show the unit beside every dose.", "Refuse a dose above the\nmaximum for the weight.");
        assertThat(p.hazard().controls()).extracting(Control::category).containsOnly(ControlCategory.UNASSIGNED);
        assertThat(p.hazard().actionSummary()).isEmpty();
        assertThat(p.warnings()).filteredOn(w -> w.kind() == WarningKind.UNASSIGNED_CONTROLS).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("2 controls", "unassigned", "triage"));
    }

    @Test
    void eachListItemIsOneControlAndPlaceholdersAreNone() {
        ParsedHazard p = read("- Show the unit beside every dose.\n- None.\n- Pharmacist checks doses over the limit.\n");

        assertThat(p.hazard().controls()).extracting(Control::text)
                .containsExactly("Show the unit beside every dose.", "Pharmacist checks doses over the limit.");
        assertThat(p.warnings()).anyMatch(w -> w.kind() == WarningKind.PLACEHOLDER_CONTROL);
    }

    @Test
    void onlyAPlaceholderGivesNoControlAndNoTriageWarning() {
        ParsedHazard p = read("N/A\n");

        assertThat(p.hazard().controls()).isEmpty();
        assertThat(p.warnings()).noneMatch(w -> w.kind() == WarningKind.UNASSIGNED_CONTROLS);
    }

    @Test
    void categorisedGroupsUnderTheHeadingKeepTheirCategory() {
        ParsedHazard p = read("Show the unit beside every dose.\n\n#### Training controls (deployment)\n- Teach the unit check.\n");

        assertThat(p.hazard().controls()).extracting(Control::category)
                .containsExactly(ControlCategory.UNASSIGNED, ControlCategory.TRAINING);
    }

    @Test
    void unassignedControlsWrittenToMarkdownReadBackUnassigned() {
        Hazard h = read("Show the unit beside every dose.\n").hazard();

        String written = new MarkdownHazardWriter(Fixtures.SCHEME).write(h);
        Hazard back = markdownReader().read(Path.of("Hazard-0004.md"),
                written.getBytes(java.nio.charset.StandardCharsets.UTF_8)).only().hazard();

        assertThat(written).contains("Unassigned controls");
        assertThat(back.controls()).isEqualTo(h.controls());
    }
}
