package org.hazardlog.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.code.TestRepository.Kind;
import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.Hazard;

class SymbolNameLocationTest {

    @TempDir
    Path folder;

    private List<LocationFinding> check(TestRepository repo, CodeLocation location) {
        Hazard h = Hazard.builder().id(1L).version(1).number(1).name("BMI calculated from the wrong height")
                .codeLocations(List.of(location)).build();
        return new CodeChecker(SourceTree.open(repo.root()), Map.of()).check(List.of(h)).findings();
    }

    @Test
    void aDottedFunctionNameIsReportedAsNotAFilePathRatherThanMissing() throws IOException {
        TestRepository repo = TestRepository.create(folder.resolve("repo"), Kind.PLAIN);
        repo.write("bmi_calculator.py", "def bmi():\n    pass\n").commit();

        List<LocationFinding> findings = check(repo, CodeLocation.of("bmi_calculator.__init__"));

        assertThat(findings).extracting(LocationFinding::state).containsExactly(LocationState.INVALID_LOCATION);
        assertThat(findings.get(0).detail()).contains("not a file path").doesNotContain("not in the repository");
    }

    @Test
    void aMissingFileWithAnExtensionIsStillMissing() throws IOException {
        TestRepository repo = TestRepository.create(folder.resolve("repo"), Kind.PLAIN);
        repo.write("bmi_calculator.py", "def bmi():\n    pass\n").commit();

        assertThat(check(repo, CodeLocation.of("bmi_imperial.py"))).extracting(LocationFinding::state)
                .containsExactly(LocationState.MISSING);
    }

    @Test
    void aNameAcceptedWhenEnteredIsNotRefusedByTheEntryRules() throws IOException {
        TestRepository repo = TestRepository.create(folder.resolve("repo"), Kind.PLAIN);
        repo.write("bmi_calculator.py", "x = 1\n").commit();

        CodeLocationRules.requireNameCode(List.of(CodeLocation.of("bmi_calculator.BMI")), repo.root());
    }
}
