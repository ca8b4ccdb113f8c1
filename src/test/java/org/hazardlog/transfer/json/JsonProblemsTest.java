package org.hazardlog.transfer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.SCHEME;
import static org.hazardlog.transfer.Fixtures.TAXONOMY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hazardlog.domain.Text;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ImportProblem;
import org.hazardlog.transfer.ProblemKind;
import org.hazardlog.transfer.SampleHazards;
import org.hazardlog.transfer.WarningKind;
import org.junit.jupiter.api.Test;

class JsonProblemsTest {

    private static final Path FILE = Path.of("export.json");
    private final HazardJsonReader reader = new HazardJsonReader(SCHEME, TAXONOMY);

    /** A valid export of one hazard, changed by {@code edit} before it is read. */
    private FileReading readEdited(Consumer<ObjectNode> edit) {
        ObjectNode root = new HazardJsonWriter(SCHEME).toTree(List.of(SampleHazards.everyField()));
        edit.accept(root);
        return reader.read(FILE, root.toString());
    }

    private static ObjectNode hazard(ObjectNode root) {
        return (ObjectNode) root.get("hazards").get(0);
    }

    private static ImportProblem onlyProblem(FileReading reading) {
        assertThat(reading.hazards()).isEmpty();
        assertThat(reading.problems()).hasSize(1);
        return reading.problems().get(0);
    }

    @Test
    void refusesAnotherFormat() {
        ImportProblem p = onlyProblem(readEdited(r -> r.put("format", "something-else")));
        assertThat(p.kind()).isEqualTo(ProblemKind.UNSUPPORTED);
        assertThat(p.toString()).isEqualTo("export.json: is not a HazardLog export: its \"format\" is \"something-else\", not \"hazardlog\"");
    }

    @Test
    void refusesJsonWithoutAFormat() {
        ImportProblem p = onlyProblem(reader.read(FILE, "{\"hazards\": []}"));
        assertThat(p.message()).isEqualTo("is not a HazardLog export: it has no \"format\": \"hazardlog\"");
    }

    @Test
    void refusesANewerFormatVersion() {
        ImportProblem p = onlyProblem(readEdited(r -> r.put("formatVersion", 2)));
        assertThat(p.kind()).isEqualTo(ProblemKind.NEWER_FORMAT);
        assertThat(p.message()).contains("written by a newer HazardLog (format version 2)").contains("reads format version 1");
    }

    @Test
    void refusesJsonThatDoesNotParseSayingWhere() {
        ImportProblem p = onlyProblem(reader.read(FILE, "{\n  \"format\": \"hazardlog\",\n  oops\n}"));
        assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED);
        assertThat(p.message()).startsWith("is not valid JSON (line 3, column");
    }

    @Test
    void refusesARiskLevelThatTheSchemeDoesNotGive() {
        ImportProblem p = onlyProblem(readEdited(r -> ((ObjectNode) hazard(r).get("initial")).put("riskLevel", 3)));
        assertThat(p.kind()).isEqualTo(ProblemKind.RISK_LEVEL_MISMATCH);
        assertThat(p.message()).isEqualTo("hazards[0] (hazard 27) initial riskLevel is 3, but likelihood 4 and severity 5"
                + " give risk level 5 - Very high in the risk scheme \"DCB0129 IG v3.2 example\"");
    }

    @Test
    void refusesARiskLevelForAnUnscoredAssessment() {
        ImportProblem p = onlyProblem(readEdited(r -> ((ObjectNode) hazard(r).get("residual")).put("riskLevel", 2)));
        assertThat(p.message()).contains("residual riskLevel is 2, but the likelihood and severity are not both scored");
    }

    @Test
    void acceptsAMissingRiskLevelAndWorksItOut() {
        FileReading reading = readEdited(r -> ((ObjectNode) hazard(r).get("initial")).remove("riskLevel"));
        assertThat(reading.problems()).isEmpty();
    }

    @Test
    void refusesAScoreOutsideTheScheme() {
        ImportProblem p = onlyProblem(readEdited(r -> ((ObjectNode) hazard(r).get("initial")).put("likelihood", 7)));
        assertThat(p.kind()).isEqualTo(ProblemKind.SCORE_OUTSIDE_SCHEME);
        assertThat(p.message()).contains("initial likelihood 7 is not a level of the risk scheme");
    }

    @Test
    void refusesAnExportScoredWithAnotherScheme() {
        ImportProblem p = onlyProblem(readEdited(r -> ((ObjectNode) r.get("riskScheme")).put("name", "Trust scheme 2024")));
        assertThat(p.kind()).isEqualTo(ProblemKind.SCHEME_MISMATCH);
        assertThat(p.message()).contains("\"Trust scheme 2024\"").contains("this hazard log uses \"DCB0129 IG v3.2 example\"");
    }

    @Test
    void readsAnExportIntoALogOfItsOwnScheme() {
        ObjectNode root = new HazardJsonWriter(SCHEME).toTree(List.of(SampleHazards.nameOnly()));
        ((ObjectNode) root.get("riskScheme")).put("name", "Trust scheme 2024");
        RiskScheme other = HazardJsonReader.schemeOf(root.toString());
        assertThat(new HazardJsonReader(other, TAXONOMY).read(FILE, root.toString()).isValid()).isTrue();
        assertThat(other).isNotEqualTo(RiskSchemeFile.defaultScheme());
    }

    @Test
    void refusesAValueOfTheWrongTypeNamingTheField() {
        ImportProblem p = onlyProblem(readEdited(r -> ((ObjectNode) hazard(r).get("initial")).put("likelihood", "three")));
        assertThat(p.kind()).isEqualTo(ProblemKind.MALFORMED);
        assertThat(p.message()).isEqualTo("hazards[0].initial.likelihood must be a whole number or null, not \"three\"");
    }

    @Test
    void refusesAnUnknownStatus() {
        ImportProblem p = onlyProblem(readEdited(r -> hazard(r).put("status", "Fixed")));
        assertThat(p.message()).isEqualTo("hazards[0].status is \"Fixed\"; it must be one of DRAFT, OPEN, TRANSFERRED, CLOSED");
    }

    @Test
    void refusesAControlWithoutAStatus() {
        ImportProblem p = onlyProblem(readEdited(r -> ((ObjectNode) hazard(r).get("controls").get(1)).remove("status")));
        assertThat(p.message()).startsWith("hazards[0].controls[1].status is missing");
    }

    @Test
    void refusesAHazardWithoutAName() {
        ImportProblem p = onlyProblem(readEdited(r -> hazard(r).put("name", " ")));
        assertThat(p.kind()).isEqualTo(ProblemKind.NO_NAME);
        assertThat(p.message()).isEqualTo("hazards[0] (hazard 27) has no name; every hazard needs a name");
    }

    @Test
    void refusesATextOverTheLimit() {
        ImportProblem p = onlyProblem(readEdited(r -> hazard(r).put("harm", "h".repeat(Text.MAX_TEXT + 1))));
        assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LONG);
        assertThat(p.message()).isEqualTo("hazards[0] (hazard 27): harm is 100001 characters long; the limit is 100000");
    }

    @Test
    void refusesBytesThatAreNotUtf8() {
        byte[] bytes = "{\"format\": \"hazardlog\", \"name\": \"S\u00e9v\"}".getBytes(StandardCharsets.ISO_8859_1);
        ImportProblem p = onlyProblem(reader.read(FILE, bytes));
        assertThat(p.kind()).isEqualTo(ProblemKind.NOT_TEXT);
    }

    @Test
    void warnsAboutFieldsItDoesNotKnow() {
        FileReading reading = readEdited(r -> {
            r.put("exportedBy", "someone");
            hazard(r).put("colour", "red");
        });
        assertThat(reading.problems()).isEmpty();
        assertThat(reading.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(WarningKind.UNKNOWN_FIELD);
            assertThat(w.message()).isEqualTo("fields this HazardLog does not know were ignored: exportedBy");
        });
        assertThat(reading.hazards().get(0).warnings()).anySatisfy(w -> assertThat(w.message()).contains("hazards[0].colour"));
    }
}
