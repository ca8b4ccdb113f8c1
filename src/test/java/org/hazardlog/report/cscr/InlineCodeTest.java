package org.hazardlog.report.cscr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Control texts in the safety case: Markdown code spans print without their backticks, nothing else changes. */
class InlineCodeTest {

    @Test
    void codeSpansLoseTheirBackticksOnly() {
        assertThat(InlineCode.plain("Unit test `test_dose_limit` checks `round($x)`"))
                .isEqualTo("Unit test test_dose_limit checks round($x)");
        assertThat(InlineCode.plain("a lone ` stays, as do *stars*")).isEqualTo("a lone ` stays, as do *stars*");
    }
}
