package org.hazardlog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** How an unexpected failure is printed: a full disk is said plainly, anything else is a defect with its trace. */
class UserErrorsTest {

    @Command(name = "hazardlog")
    static final class Bare {
    }

    private static String printed(Exception e) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Bare()).setErr(new PrintWriter(err));
        int code = new UserErrors().handleExecutionException(e, cli, null);
        assertThat(code).isEqualTo(HazardLogCommand.REFUSED);
        return err.toString();
    }

    @Test
    void aFullDiskDeepInAnUnexpectedFailureIsSaidPlainlyWithoutAStackTrace() {
        String err = printed(new UncheckedIOException("writing the backup", new IOException("No space left on device")));
        assertThat(err).startsWith("hazardlog: the disk is full: writing the backup").contains("Free some space")
                .doesNotContain("internal error").doesNotContain("\tat ");
    }

    @Test
    void anyOtherUnexpectedFailureIsReportedAsADefect() {
        String err = printed(new IllegalStateException("unexpected"));
        assertThat(err).startsWith("hazardlog: internal error (please report it)").contains("\tat ");
    }
}
