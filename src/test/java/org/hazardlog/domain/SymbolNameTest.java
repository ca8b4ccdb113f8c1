package org.hazardlog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SymbolNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"bmi_calculator.__init__", "bmi_calculator.BMI", "bmi_calculator_imperial.BMI.calculate_bmi",
            "billing::invoice::total", "ward.PatientList"})
    void dottedModuleAndFunctionNamesAreNotFilePaths(String written) {
        assertThat(SymbolName.isSymbolName(written)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main.py", "setup.py", "compose.dev.yml", "views.index", "Justfile", "README.md",
            "backend\\app.py", "versions/*.py", "app.tar.gz"})
    void pathsAndNamesEndingInAnExtensionAreFilePaths(String written) {
        assertThat(SymbolName.isSymbolName(written)).isFalse();
    }
}
