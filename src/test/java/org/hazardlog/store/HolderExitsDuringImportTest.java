package org.hazardlog.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.app.SyntheticLog;
import org.hazardlog.domain.Hazard;

/**
 * An import made through another process that holds the log (the window), which exits while the
 * import runs: the import fails with a clear message and the log is exactly as before, or it
 * succeeds and all of it is there; never a silent loss.
 */
class HolderExitsDuringImportTest {

    @TempDir
    Path folder;

    @Test
    void theImportFailsClearlyWithNothingChangedOrIsAllThere() throws Exception {
        HazardLogFile file = TempLogs.in(folder);
        try (HazardLogService log = HazardLogService.openOrCreate(file)) {
            log.create(TempLogs.fullHazard(1));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldLog.class.getName(),
                "shared", file.base().toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        assertThat(out.readLine()).isEqualTo("READY");
        int before = 2; // hazard 1, and hazard 41 the holder adds

        List<Hazard> incoming = new SyntheticLog(5).hazards(2000).stream()
                .map(h -> h.toBuilder().number(null).build()).toList();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (HazardLogService log = HazardLogService.open(file)) {
            assertThat(log.count()).isEqualTo(before);
            Thread importing = new Thread(() -> {
                try {
                    log.importHazards(incoming);
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            importing.start();
            Thread.sleep(700);
            holder.getOutputStream().write('\n');
            holder.getOutputStream().flush();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
            importing.join(120_000);
        }
        try (HazardLogService log = HazardLogService.openToRead(file, "alice")) {
            int after = log.count();
            Throwable e = failure.get();
            if (e == null) {
                assertThat(after).as("a reported success has all of it").isEqualTo(before + incoming.size());
            } else {
                assertThat(e).isInstanceOf(HazardLogUnavailableException.class);
                assertThat(e.getMessage()).startsWith("The program that held " + file + " open (the HazardLog window"
                        + " or another command) closed it during this change");
                if (e.getMessage().contains("nothing was changed")) {
                    assertThat(after).isEqualTo(before);
                } else {
                    assertThat(e.getMessage()).contains("so the change is in it");
                    assertThat(after).isEqualTo(before + incoming.size());
                }
            }
            assertThat(log.audit().verify().isIntact()).isTrue();
        }
    }
}
