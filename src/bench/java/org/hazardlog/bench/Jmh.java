package org.hazardlog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * JMH's own main, after making the folder its result file goes in (the argument after {@code -rff}),
 * with the machine's load average written there every 10 seconds while the benchmarks run
 * ({@code load-jmh.txt}: epoch seconds and the 1, 5 and 15 minute averages), for the results table.
 */
public final class Jmh {

    private Jmh() {
    }

    public static void main(String[] args) throws Exception {
        int rff = List.of(args).indexOf("-rff");
        if (rff >= 0 && rff + 1 < args.length) {
            Path folder = Path.of(args[rff + 1]).toAbsolutePath().getParent();
            Files.createDirectories(folder);
            sampleLoad(folder.resolve("load-jmh.txt"));
            Logs.delete(Path.of("target", "bench", "logs"));
            Logs.delete(CodeCheckBench.DIR);
        }
        org.openjdk.jmh.Main.main(args);
    }

    private static void sampleLoad(Path file) throws IOException {
        Path loadavg = Path.of("/proc/loadavg");
        if (!Files.isReadable(loadavg)) {
            return;
        }
        Files.deleteIfExists(file);
        Thread sampler = new Thread(() -> {
            try {
                while (true) {
                    String[] load = Files.readString(loadavg).trim().split("\\s+");
                    Files.writeString(file, System.currentTimeMillis() / 1000 + " " + load[0] + " " + load[1] + " "
                            + load[2] + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    Thread.sleep(10_000);
                }
            } catch (IOException | InterruptedException e) {
                // Sampling stops; the results table says how many samples it has.
            }
        }, "load-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }
}
