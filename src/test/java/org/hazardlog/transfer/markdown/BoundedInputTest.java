package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hazardlog.transfer.Fixtures.markdownReader;
import static org.hazardlog.transfer.Fixtures.quillWith;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.InvalidValueException;
import org.hazardlog.domain.Text;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ProblemKind;

/** A file that would flood the log is refused with what is too much, and nothing of it is imported. */
class BoundedInputTest {

    @Test
    void aMarkdownFileOverTheSizeLimitIsRefusedBeforeItIsParsed() {
        StringBuilder causes = new StringBuilder();
        while (causes.length() <= MarkdownHazardReader.MAX_BYTES) {
            causes.append("1. A cause of the hazard that repeats\n");
        }
        byte[] bytes = quillWith("Causes", causes.toString()).getBytes(StandardCharsets.UTF_8);

        FileReading r = markdownReader().read(Path.of("flood.md"), bytes);

        assertThat(r.hazards()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(p.message()).contains("MB; a Markdown hazard file is at most 8 MB");
        });
    }

    @Test
    void moreCausesThanTheLimitAreRefusedNamingTheCount() {
        StringBuilder causes = new StringBuilder();
        for (int i = 1; i <= Text.MAX_ITEMS + 1; i++) {
            causes.append("- cause ").append(i).append('\n');
        }

        FileReading r = markdownReader().read(Path.of("many.md"), quillWith("Causes", causes.toString()));

        assertThat(r.hazards()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.TOO_LONG);
            assertThat(p.message()).contains("1,001 causes; the limit is 1,000");
        });
    }

    @Test
    void everyListOfAHazardIsBounded() {
        List<String> many = Collections.nCopies(Text.MAX_ITEMS + 1, "x");
        assertThatThrownBy(() -> Hazard.builder().name("n").hazardTypes(many).build())
                .isInstanceOf(InvalidValueException.class).hasMessage("1,001 hazard types; the limit is 1,000");
        assertThat(Hazard.builder().name("n").causes(Collections.nCopies(Text.MAX_ITEMS, "x")).build().causes())
                .hasSize(Text.MAX_ITEMS);
    }
}
