package org.hazardlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A log double-clicked in the file manager opens in the window; everything else is a command line. */
class LauncherTest {

    @TempDir
    Path folder;

    @Test
    void anExistingLogAsTheOnlyArgumentOpensAsTheLog() throws Exception {
        Path log = Files.createFile(folder.resolve("ward.mv.db"));
        assertThat(Launcher.logOpenedFromTheDesktop(new String[] {log.toString()}))
                .containsExactly("--db", log.toString());
    }

    @Test
    void aMissingLogIsLeftForTheCommandLineToRefuse() {
        String missing = folder.resolve("gone.mv.db").toString();
        assertThat(Launcher.logOpenedFromTheDesktop(new String[] {missing})).containsExactly(missing);
    }

    @Test
    void commandsAreLeftAsTheyAre() throws Exception {
        Path log = Files.createFile(folder.resolve("ward.mv.db"));
        assertThat(Launcher.logOpenedFromTheDesktop(new String[] {"list", "--db", log.toString()}))
                .containsExactly("list", "--db", log.toString());
        assertThat(Launcher.logOpenedFromTheDesktop(new String[] {"list"})).containsExactly("list");
    }
}
