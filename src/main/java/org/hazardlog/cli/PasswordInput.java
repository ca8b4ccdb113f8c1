package org.hazardlog.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads passwords without their ever being on a command line: from standard input with
 * {@code --password-stdin} (one password a line, for scripts and CI), else from the terminal
 * without echo. Passwords are kept as char arrays that the caller clears; never as Strings.
 */
final class PasswordInput {

    private final Reader stdin;
    private final boolean fromStdin;

    PasswordInput(InputStream stdin, boolean fromStdin) {
        this.stdin = new InputStreamReader(stdin, StandardCharsets.UTF_8);
        this.fromStdin = fromStdin;
    }

    /** The next password; {@code prompt} is shown only when asking at a terminal. */
    char[] next(String prompt) {
        if (fromStdin) {
            return line();
        }
        Console console = System.console();
        if (console == null) {
            throw new RefusedException("no terminal to ask for the password: give it on standard input with --password-stdin");
        }
        char[] typed = console.readPassword("%s", prompt);
        if (typed == null) {
            throw new RefusedException("no password given");
        }
        return typed;
    }

    /**
     * A new password: typed twice at a terminal (refused if the two differ), once on standard input.
     * An empty password is refused.
     */
    char[] fresh(String prompt) {
        char[] password = next(prompt);
        if (!fromStdin) {
            char[] again = next("The same password again: ");
            boolean same = Arrays.equals(password, again);
            Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(password, '\0');
                throw new RefusedException("the two passwords differ; nothing was changed");
            }
        }
        if (password.length == 0) {
            throw new RefusedException("an empty password cannot protect a signature; nothing was changed");
        }
        return password;
    }

    private char[] line() {
        char[] buffer = new char[64];
        int length = 0;
        try {
            int c;
            while ((c = stdin.read()) != -1 && c != '\n') {
                if (length == buffer.length) {
                    char[] bigger = Arrays.copyOf(buffer, buffer.length * 2);
                    Arrays.fill(buffer, '\0');
                    buffer = bigger;
                }
                buffer[length++] = (char) c;
            }
            if (c == -1 && length == 0) {
                throw new RefusedException("standard input ended before the password: --password-stdin reads one "
                        + "password a line");
            }
        } catch (IOException e) {
            throw new RefusedException("cannot read the password from standard input: " + e.getMessage());
        }
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        char[] password = Arrays.copyOf(buffer, length);
        Arrays.fill(buffer, '\0');
        return password;
    }
}
