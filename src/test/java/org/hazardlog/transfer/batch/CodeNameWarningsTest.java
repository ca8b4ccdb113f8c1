package org.hazardlog.transfer.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.SCHEME;
import static org.hazardlog.transfer.Fixtures.TAXONOMY;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.WarningKind;

class CodeNameWarningsTest {

    @TempDir
    Path dir;

    @Test
    void aDottedCodeNameIsKeptWithAWarningAndAPathIsNot() throws IOException {
        Path file = Files.writeString(dir.resolve("hazard-3.md"), """
                ### Hazard name
                BMI shown in the wrong units

                ### Code associated with hazard
                [bmi_calculator.__init__](../../code/functions/bmi_calculator.md#__init___hazard)

                src/bmi/units.py:10-20
                """);

        BatchReading batch = new HazardBatchReader(SCHEME, TAXONOMY).read(List.of(file));

        assertThat(batch.hasProblems()).isFalse();
        assertThat(batch.hazards().get(0).hazard().codeLocations()).extracting(l -> l.path())
                .containsExactly("bmi_calculator.__init__", "src/bmi/units.py");
        List<ImportWarning> warnings = batch.hazards().get(0).warnings().stream()
                .filter(w -> w.kind() == WarningKind.NOT_A_FILE_PATH).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).message()).contains("\"bmi_calculator.__init__\"", "not a file path", "kept");
    }
}
