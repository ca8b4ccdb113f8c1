package org.hazardlog.transfer.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.SCHEME;
import static org.hazardlog.transfer.Fixtures.fixture;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.transfer.SampleHazards;
import org.junit.jupiter.api.Test;

class JsonFormatTest {

    private final HazardJsonWriter writer = new HazardJsonWriter(SCHEME);
    private final ObjectNode tree = writer.toTree(List.of(SampleHazards.everyField()));

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void writesExactlyTheGoldenExport() throws IOException {
        String golden = Files.readString(fixture("json/golden-export.json"));
        assertThat(writer.write(List.of(SampleHazards.nameOnly(), SampleHazards.everyField()))).isEqualTo(golden);
    }

    @Test
    void startsWithFormatVersionAndTheRiskSchemeUsed() {
        assertThat(names(tree)).containsExactly("format", "formatVersion", "riskScheme", "hazards");
        assertThat(tree.get("format").asText()).isEqualTo("hazardlog");
        assertThat(tree.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(tree.get("riskScheme")).isEqualTo(RiskSchemeFile.toTree(SCHEME));
    }

    @Test
    void namesTheHazardFieldsAsSpecified() {
        assertThat(names(tree.get("hazards").get(0))).containsExactly("number", "name", "description", "causes", "effect",
                "hazard", "hazardTypes", "harm", "existingControls", "assignment", "labelling", "project", "utilityLabels",
                "initial", "residual", "actionSummary", "status", "statusText", "controls", "codeLocations");
        assertThat(names(tree.get("hazards").get(0).get("initial"))).containsExactly("likelihood", "severity", "riskLevel");
        assertThat(names(tree.get("hazards").get(0).get("residual")))
                .containsExactly("likelihood", "severity", "riskLevel", "assessment");
        assertThat(names(tree.get("hazards").get(0).get("controls").get(0)))
                .containsExactly("category", "party", "text", "status", "owner", "evidence");
        assertThat(names(tree.get("hazards").get(0).get("codeLocations").get(0)))
                .containsExactly("path", "startLine", "endLine", "note");
    }

    @Test
    void derivesTheRiskLevelFromTheScheme() {
        JsonNode h = tree.get("hazards").get(0);
        assertThat(h.get("initial").get("riskLevel").asInt()).isEqualTo(5);
        assertThat(h.get("residual").get("riskLevel").isNull()).isTrue();
    }

    @Test
    void writesEnumsByNameAndLabelsByNumber() {
        JsonNode h = tree.get("hazards").get(0);
        assertThat(h.get("status").asText()).isEqualTo("CLOSED");
        assertThat(h.get("utilityLabels").toString()).isEqualTo("[1,3]");
        assertThat(h.get("controls").get(0).get("category").asText()).isEqualTo("DESIGN");
        assertThat(h.get("controls").get(0).get("party").asText()).isEqualTo("MANUFACTURER");
        assertThat(h.get("controls").get(0).get("status").asText()).isEqualTo("IMPLEMENTATION_VERIFIED");
    }
}
