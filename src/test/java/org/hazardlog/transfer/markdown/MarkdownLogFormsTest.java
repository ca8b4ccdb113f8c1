package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.SCHEME;
import static org.hazardlog.transfer.Fixtures.TAXONOMY;
import static org.hazardlog.transfer.Fixtures.fixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Control;
import org.hazardlog.domain.ControlCategory;
import org.hazardlog.domain.ControlStatus;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardStatus;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.ProblemKind;
import org.hazardlog.transfer.WarningKind;

/** Whole hazard logs in one Markdown file: field tables, NHS England's UK Core pages, bold-label drafts. */
class MarkdownLogFormsTest {

    private final MarkdownLogReader reader = new MarkdownLogReader(SCHEME, TAXONOMY);

    private FileReading read(String fixture) throws IOException {
        Path file = fixture(fixture);
        return reader.read(file, Files.readAllBytes(file));
    }

    private FileReading readText(String name, String text) {
        return reader.read(Path.of(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private static Hazard number(FileReading r, int n) {
        return r.hazards().stream().map(ParsedHazard::hazard).filter(h -> h.number() == n).findFirst().orElseThrow();
    }

    @Test
    void aHazardLogFileGivesOneHazardPerSectionWithItsFieldTable() throws IOException {
        FileReading r = read("forms/HAZARD-LOG.md");

        assertThat(r.problems()).isEmpty();
        assertThat(r.hazards()).extracting(h -> h.hazard().number()).containsExactly(1, 2, 3);
        Hazard one = number(r, 1);
        assertThat(one.name()).isEqualTo("Early warning score not recalculated after a correction");
        assertThat(one.causes()).containsExactly("Score cached per observation set",
                "Correction saved as a new reading without a refresh");
        assertThat(one.initial()).isEqualTo(Assessment.of(3, 4));
        assertThat(one.residual()).isEqualTo(Assessment.of(2, 4));
        assertThat(one.hazardTypes()).containsExactly("WrongCalculation");
        assertThat(one.assignment()).isEqualTo("Clinical safety officer");
        assertThat(one.status()).isEqualTo(HazardStatus.OPEN);
        assertThat(one.codeLocations()).containsExactly(new CodeLocation("app/scoring/news2.py", 40, 88, null));
        assertThat(one.controls()).extracting(Control::category, Control::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ControlCategory.DESIGN, "Recalculate the score whenever a reading changes"),
                org.assertj.core.groups.Tuple.tuple(ControlCategory.TEST, "Regression test for a corrected reading"));
    }

    @Test
    void controlsWithoutAGroupAreUnassignedAndAPlaceholderIsNoControl() throws IOException {
        FileReading r = read("forms/HAZARD-LOG.md");

        assertThat(number(r, 2).controls()).extracting(Control::category).containsOnly(ControlCategory.UNASSIGNED);
        assertThat(number(r, 2).controls()).extracting(Control::text).containsExactly(
                "Freeze the bay list while a form is open.", "Show the patient's name and NHS number on the form.");
        assertThat(number(r, 3).controls()).isEmpty();
        assertThat(number(r, 3).initial()).isEqualTo(Assessment.UNSCORED);
    }

    @Test
    void textOutsideTheFieldTablesIsNamedNotDropped() throws IOException {
        FileReading r = read("forms/HAZARD-LOG.md");

        assertThat(r.warnings()).anySatisfy(w -> assertThat(w.message()).contains("a paragraph at line 3"));
        assertThat(r.hazards().get(0).warnings()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.UNKNOWN_SECTION);
            assertThat(w.message()).startsWith("hazard \"H-001 Early warning score").contains("a paragraph at line 24");
        });
    }

    @Test
    void ukCoreHazardLogPagesWithHtmlFieldTablesAreRead() throws IOException {
        FileReading r = read("forms/uk-core-hazard-log.md");

        assertThat(r.problems()).isEmpty();
        assertThat(r.hazards()).hasSize(2);
        Hazard one = number(r, 1);
        assertThat(one.name()).isEqualTo("Profile constraint allows an ambiguous dose unit");
        assertThat(one.description()).startsWith("A dosage element can be sent without a coded unit");
        assertThat(one.causes()).containsExactly("Unit bound to a value set with an extensible binding", "Free-text unit accepted");
        assertThat(one.harm()).isEqualTo("Under- or overdose of a medicine.");
        assertThat(one.initial()).isEqualTo(Assessment.of(3, 3));
        assertThat(one.residual()).isEqualTo(Assessment.of(2, 3));
        assertThat(one.assignment()).isEqualTo("UK Core clinical safety officer");
        assertThat(one.controls()).extracting(Control::text).containsExactly(
                "Make the unit binding required in the next release.", "Publish implementation guidance on units & quantities.");
        assertThat(r.allWarnings()).noneMatch(w -> w.kind() == WarningKind.RISK_LEVEL_NOT_CHECKED);
        assertThat(number(r, 2).status()).isEqualTo(HazardStatus.CLOSED);
    }

    @Test
    void aStatedRiskRatingThatDisagreesWithTheSchemeIsRefused() {
        FileReading r = readText("log.md", """
                ### H-4 Wrong dose
                | Field | Value |
                |---|---|
                | Likelihood | Medium |
                | Severity | Considerable |
                | Risk rating | 5 |
                """);

        assertThat(r.isValid()).isFalse();
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("risk"));
    }

    @Test
    void boldLabelDraftsAreReadOneDraftPerNameWithListsUnderTheirLabels() throws IOException {
        FileReading r = read("forms/bold-label-drafts.md");

        assertThat(r.problems()).isEmpty();
        assertThat(r.hazards()).hasSize(2);
        Hazard first = r.hazards().get(0).hazard();
        assertThat(first.name()).isEqualTo("Discharge letter sent before the medicines are reconciled");
        assertThat(first.causes()).containsExactly("Reconciliation is optional before signing",
                "The list does not show when it was last checked");
        assertThat(first.initial()).isEqualTo(Assessment.of(3, 3));
        assertThat(first.controls()).extracting(Control::category)
                .containsExactly(ControlCategory.DESIGN, ControlCategory.TRAINING);
        assertThat(first.controls().get(0).text()).startsWith("Block signing until reconciliation is recorded")
                .contains("show who reconciled and when");
        assertThat(first.controls().get(0).status()).isEqualTo(ControlStatus.PROPOSED);
        assertThat(first.status()).isEqualTo(HazardStatus.DRAFT);
        Hazard second = r.hazards().get(1).hazard();
        assertThat(second.name()).isEqualTo("GP practice chosen from a stale list");
        assertThat(second.codeLocations()).extracting(CodeLocation::path).containsExactly("discharge/practices.py");
    }

    @Test
    void aQuillFileIsStillReadAsOneHazard() throws IOException {
        FileReading r = read("quill/Hazard-0101.md");

        assertThat(r.problems()).isEmpty();
        assertThat(r.hazards()).extracting(h -> h.hazard().number()).containsExactly(101);
    }

    @Test
    void aFileWithNoneOfTheFormsIsStillNotAHazard() {
        FileReading r = readText("notes.md", "# Notes\n\n**Meeting:** Tuesday\n\n| A | B |\n|---|---|\n| 1 | 2 |\n");

        assertThat(r.problems()).extracting(p -> p.kind()).containsExactly(ProblemKind.NOT_A_HAZARD);
    }

    @Test
    void aReadmeExplainingTheFieldsInATableIsNotALog() {
        FileReading r = readText("README.md", """
                # How we write hazards

                | Field | Meaning |
                |---|---|
                | Hazard ID | the number, such as H-001 |
                | Hazard name | a short title |
                | Status | Draft, Open, Transferred or Closed |
                """);

        assertThat(r.problems()).extracting(p -> p.kind()).containsExactly(ProblemKind.NOT_A_HAZARD);
    }

    @Test
    void aBadValueInOneHazardRefusesTheFileNamingTheHazard() {
        FileReading r = readText("log.md", """
                ### H-1 First
                | Field | Value |
                |---|---|
                | Likelihood | Medium |
                | Severity | Major |

                ### H-2 Second
                | Field | Value |
                |---|---|
                | Likelihood | Sometimes |
                | Severity | Major |
                """);

        assertThat(r.hazards()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).startsWith("hazard \"H-2 Second\" (line 7): ").contains("Sometimes"));
    }

    @Test
    void theSameFieldTwiceInADraftStartsTheNextDraft() {
        FileReading r = readText("drafts.md", "**Hazard name:** One\n**Status:** Draft\n**Hazard name:** Two\n");

        assertThat(r.hazards()).extracting(h -> h.hazard().name()).containsExactly("One", "Two");
        assertThat(List.of(r.hazards().get(1).hazard().status())).containsExactly(HazardStatus.DRAFT);
    }
}
