package org.hazardlog.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.InvalidValueException;

/** Line numbers typed into the editor's location table. */
class LocationRowTest {

    @Test
    void aLineNumberTooLargeIsCalledTooLargeNotANonNumber() {
        LocationRow row = new LocationRow(CodeLocation.of("src/ward/list.py"));
        row.startLine.set("99999999999");
        assertThatThrownBy(row::toLocation).isInstanceOf(InvalidValueException.class)
                .hasMessage("code location src/ward/list.py: start line \"99999999999\" is too large"
                        + " (lines are counted from 1 to 2147483647)");
    }

    @Test
    void wordsAreNotANumber() {
        LocationRow row = new LocationRow(CodeLocation.of("src/ward/list.py"));
        row.endLine.set("ten");
        row.startLine.set("2");
        assertThatThrownBy(row::toLocation).hasMessageContaining("end line \"ten\" is not a number");
    }

    @Test
    void linesThatFitAreKept() {
        LocationRow row = new LocationRow(CodeLocation.of("src/ward/list.py"));
        row.startLine.set(" 12 ");
        row.endLine.set("30");
        assertThat(row.toLocation()).isEqualTo(new CodeLocation("src/ward/list.py", 12, 30, ""));
    }
}
