package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.markdownReader;
import static org.hazardlog.transfer.Fixtures.quillWith;

import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.hazardlog.domain.Control;
import org.hazardlog.transfer.ControlPlaceholders;
import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.WarningKind;

/** "None." under a control heading is no control: a report must never show it as one. */
class PlaceholderControlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"None.", "none", "N/A", "n/a.", "NA", "TBC", "-", "—", "Not applicable.", "None identified",
            "NONE IDENTIFIED."})
    void aPlaceholderUnderAControlHeadingIsNotAControlAndIsWarnedAboutOnce(String placeholder) {
        String md = quillWith("Hazard controls", """
                ### Design controls (manufacturer)

                - Check the NHS number against PDS

                ### Training controls (deployment)

                - %s

                ### Business process controls (deployment)

                - %s
                """.formatted(placeholder, placeholder));

        ParsedHazard parsed = markdownReader().read(Path.of("h.md"), md).only();

        assertThat(parsed.hazard().controls()).extracting(Control::text).containsExactly("Check the NHS number against PDS");
        assertThat(parsed.warnings()).filteredOn(w -> w.kind() == WarningKind.PLACEHOLDER_CONTROL)
                .singleElement().extracting(ImportWarning::message).asString()
                .contains("Training controls").contains("Business process controls").contains("no control of that kind");
    }

    @ParameterizedTest
    @ValueSource(strings = {"None of the above applies without a wristband check", "TBC by the ward manager", "Nonetheless check"})
    void realControlTextThatStartsWithThoseWordsIsKept(String text) {
        assertThat(ControlPlaceholders.isPlaceholder(text)).isFalse();
    }
}
