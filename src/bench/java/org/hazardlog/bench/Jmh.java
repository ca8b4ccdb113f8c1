package org.hazardlog.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** JMH's own main, after making the folder its result file (the argument after {@code -rff}) goes in. */
public final class Jmh {

    private Jmh() {
    }

    public static void main(String[] args) throws Exception {
        int rff = List.of(args).indexOf("-rff");
        if (rff >= 0 && rff + 1 < args.length) {
            Path parent = Path.of(args[rff + 1]).toAbsolutePath().getParent();
            Files.createDirectories(parent);
        }
        org.openjdk.jmh.Main.main(args);
    }
}
