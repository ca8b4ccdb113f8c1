package org.hazardlog.transfer.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hazardlog.transfer.Fixtures.markdownReader;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;

import org.hazardlog.transfer.FileReading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Long lines shaped to make naive regular expressions backtrack or recurse: reading must finish
 * with a hazard or a problem, never hang or overflow the stack. The timeout is a guard, not a
 * speed requirement.
 */
class PathologicalInputTest {

    private static final int LONG = 90_000;

    private static String input(String kind) {
        String head = "## Hazard name\n\nLong lines\n\n";
        return switch (kind) {
            case "heading" -> head + "## " + "x" + " ".repeat(LONG) + "y\n";
            case "closing hashes" -> head + "## Project " + " ".repeat(LONG) + "#\n";
            case "link" -> head + "## Code associated with hazard\n\n- [" + "\\[".repeat(LONG / 2) + "\n";
            case "camel case" -> head + "## Hazard controls\n\n### Design controls (manufacturer)\n\n- Aa"
                    + "B".repeat(LONG) + "!\n";
            case "bullets" -> head + "## Causes\n\n" + "- x\n".repeat(LONG / 4);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"heading", "closing hashes", "link", "camel case", "bullets"})
    void finishesPromptlyOnLongPathologicalLines(String kind) {
        String text = input(kind);
        FileReading reading = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> markdownReader().read(Path.of("long.md"), text));
        assertThat(reading.hazards().size() + reading.problems().size()).isPositive();
    }
}
