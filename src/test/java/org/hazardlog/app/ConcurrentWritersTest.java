package org.hazardlog.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.access.Role;
import org.hazardlog.domain.audit.AuditCheck;
import org.hazardlog.store.HazardLogFile;

/** Two writers on one log (as the window and the command line are) take turns on the audit chain. */
class ConcurrentWritersTest {

    @TempDir
    Path folder;

    @Test
    void writersAtTheSameTimeLeaveOneContiguousChain() throws Exception {
        HazardLogFile file = HazardLogFile.at(folder.resolve("busy"));
        try (HazardLogService log = HazardLogService.openOrCreate(file, "alice")) {
            log.users().add("bob", Role.ENGINEER);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (HazardLogService alice = HazardLogService.openOrCreate(file, "alice");
             HazardLogService bob = HazardLogService.openOrCreate(file, "bob")) {
            Future<?> a = pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    alice.create(Hazard.builder().name("Alice's " + i).build());
                }
            });
            Future<?> b = pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    bob.create(Hazard.builder().name("Bob's " + i).build());
                }
            });
            a.get();
            b.get();
            AuditCheck check = alice.audit().verify();
            assertThat(check.isIntact()).isTrue();
            assertThat(check.events()).isEqualTo(2 + 30);
            assertThat(alice.count()).isEqualTo(30);
        } finally {
            pool.shutdownNow();
        }
    }
}
