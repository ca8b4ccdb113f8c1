package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazardlog.transfer.Fixtures.SCHEME;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.transfer.SampleHazards;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownWriterTest {

    private final MarkdownHazardWriter writer = new MarkdownHazardWriter(SCHEME);

    private static Hazard.Builder plain() {
        return SampleHazards.nameOnly().toBuilder();
    }

    @Test
    void namesFilesWithTheFourDigitNumber() {
        assertThat(MarkdownHazardWriter.fileName(plain().number(27).build())).isEqualTo("Hazard-0027.md");
        assertThat(MarkdownHazardWriter.fileName(plain().number(12345).build())).isEqualTo("Hazard-12345.md");
    }

    @Test
    void refusesToNameAHazardWithoutANumber() {
        assertThatThrownBy(() -> MarkdownHazardWriter.fileName(plain().number(null).build()))
                .hasMessageContaining("has no number yet");
    }

    @Test
    void writesTheQuillTitleHeadingsAndSeparators() {
        String md = writer.write(plain().build());
        assertThat(md).startsWith("# Hazard\n\n> **DO NOT EDIT BELOW THIS LINE UNLESS YOU KNOW WHAT YOU ARE DOING**\n\n---\n\n## Hazard name\n\nBare\n\n---\n\n## General utility label\n");
        assertThat(md).contains("\n## Causes\n", "\n## Hazard type\n", "\n## Hazard controls\n",
                "\n## Residual hazard risk assessment\n", "\n## Hazard status\n", "\n## Code associated with hazard\n");
        assertThat(md).endsWith("## Code associated with hazard\n");
    }

    @Test
    void writesUnscoredAsTbc() {
        assertThat(writer.write(plain().build())).contains("## Likelihood scoring\n\nTBC\n", "## Severity scoring\n\nTBC\n");
    }

    @Test
    void writesScoresAsOptionLinesWithTheSchemesNamesAndDefinitionsAndTheRiskLevel() {
        String md = writer.write(plain().initial(Assessment.of(3, 4)).build());
        assertThat(md).contains("## Likelihood scoring\n\n3 - Medium: Possible\n");
        assertThat(md).contains("## Severity scoring\n\n4 - Major: Single patient: death;");
        assertThat(md).contains("## Risk scoring\n\n3 - Medium: Undesirable level of risk.");
    }

    @Test
    void writesResidualScoresOnlyWhenThereAreAny() {
        assertThat(writer.write(plain().build())).doesNotContain("Residual likelihood");
        assertThat(writer.write(plain().residual(Assessment.of(2, 2)).build()))
                .contains("## Residual likelihood scoring\n\n2 - Low:", "## Residual severity scoring\n\n2 - Significant:",
                        "## Residual risk scoring\n\n2 - Low:");
    }

    @Test
    void writesUtilityLabelsInBrackets() {
        String md = writer.write(SampleHazards.everyField());
        assertThat(md).contains("## General utility label\n\n[1]\n[3]\n");
    }

    @Test
    void writesControlGroupsByCategoryAndParty() {
        String md = writer.write(SampleHazards.everyField());
        assertThat(md).contains("### Design controls (manufacturer)", "### Testing controls (manufacturer)",
                "### Design controls (deployment)", "### Training controls (deployment)",
                "### Training controls (manufacturer)", "### Business process controls (manufacturer)",
                "### Business process controls (deployment)");
    }

    @Test
    void writesAControlStatusOnlyWhereTheTextDoesNotAlreadySayIt() {
        Hazard h = plain().controls(List.of(
                Control.proposed(ControlCategory.DESIGN, "Plain proposal"),
                Control.proposed(ControlCategory.DESIGN, "**Done** ✓: built").withStatus(ControlStatus.IMPLEMENTED),
                Control.proposed(ControlCategory.DESIGN, "Built but unmarked").withStatus(ControlStatus.IMPLEMENTED))).build();
        String md = writer.write(h);
        assertThat(md).contains("- Plain proposal\n- **Done** ✓: built\n- Built but unmarked\n  - Status: Implemented\n");
    }

    @Test
    void writesOwnerAndEvidenceAsSubBullets() {
        Hazard h = plain().controls(List.of(new Control(null, ControlCategory.TEST, null, "Test it",
                ControlStatus.IMPLEMENTATION_VERIFIED, "QA lead", "Run 42\nall green"))).build();
        assertThat(writer.write(h)).contains(
                "- Test it\n  - Status: Implementation verified\n  - Owner: QA lead\n  - Evidence: Run 42\n    all green\n");
    }

    @Test
    void writesCodeLocationsAsPathRangeAndNote() {
        Hazard h = plain().codeLocations(List.of(new CodeLocation("backend/app/security.py", 152, 178, "`make_csrf()`"),
                new CodeLocation("backend/alembic/versions/*.py", null, null, null))).build();
        assertThat(writer.write(h)).contains(
                "- backend/app/security.py:152-178 - `make_csrf()`\n- backend/alembic/versions/\\*.py\n");
    }

    @Test
    void writesTheStatusWordsAloneWhenTheyGiveTheStatus() {
        assertThat(writer.write(plain().status(HazardStatus.DRAFT).statusText("Draft from LLM").build()))
                .contains("## Hazard status\n\nDraft from LLM\n");
    }

    @Test
    void writesAnExplicitStatusLineWhenTheWordsDoNotGiveIt() {
        assertThat(writer.write(plain().status(HazardStatus.CLOSED).statusText("Fixed — controls implemented").build()))
                .contains("## Hazard status\n\nStatus: Closed\n\nFixed — controls implemented\n");
        assertThat(writer.write(plain().status(HazardStatus.OPEN).statusText("").build()))
                .contains("## Hazard status\n\nStatus: Open\n");
    }

    @Test
    void escapesTextLinesThatWouldReadAsStructure() {
        String md = writer.write(plain().description("## not a heading\n---\n```").build());
        assertThat(md).contains("## Description\n\n\\## not a heading\n\\---\n\\```\n");
    }

    @Test
    void writesEveryHazardAndAnIndexPage(@TempDir Path folder) throws IOException {
        Hazard a = plain().number(2).name("Second | piped").initial(Assessment.of(5, 5)).build();
        Hazard b = plain().number(1).name("First").status(HazardStatus.OPEN).build();
        List<Path> written = writer.writeAll(folder, List.of(a, b));
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("Hazard-0002.md", "Hazard-0001.md", "index.md");
        String index = Files.readString(folder.resolve("index.md"));
        assertThat(index).contains("Risk scheme: DCB0129 IG v3.2 example",
                "| Number | Name | Status | Initial risk | Residual risk |",
                "| [1](Hazard-0001.md) | First | Open | TBC | TBC |\n| [2](Hazard-0002.md) | Second \\| piped | Draft | 5 - Very high | TBC |");
    }

    @Test
    void refusesToWriteTwoHazardsWithTheSameNumber(@TempDir Path folder) {
        assertThatThrownBy(() -> writer.writeAll(folder, List.of(plain().build(), plain().name("Other").build())))
                .hasMessageContaining("two hazards have the number 1");
    }
}
