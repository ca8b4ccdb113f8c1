package org.hazardlog.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --user} option of each command that acts as someone. A mixin rather than an inherited
 * option, because {@code audit list --user} filters by user instead.
 */
final class WhoIsWorking {

    @Option(names = "--user", paramLabel = "NAME",
            description = "Who is working: a user of the log. Default: the operating-system user.")
    private String name;

    String name() {
        return name;
    }
}
