package org.hazardlog.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import org.hazardlog.app.ExportVerification;

/**
 * {@code hazardlog verify-export FILE}: checks the JSON export of an issued version on its own, without
 * the log, by recomputing its content hash. It needs no {@code --db}: the file is all it reads.
 */
@Command(name = "verify-export", mixinStandardHelpOptions = true,
        description = {"Check the JSON export of an issued version (export --format json --version N):",
                "recompute its content hash from the approval, risk scheme and hazards in the file and compare it",
                "with the signed hash the file states. A match shows the file holds exactly what was signed; compare",
                "the hash itself with the one in the signed safety case or in \"hazardlog versions\"."},
        footer = {"", "Exit codes: 0 the hash matches; 1 it does not, or the file is not the JSON export of an "
                + "issued version (the reason is on stderr); 2 usage error."})
final class VerifyExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON export of an issued version.")
    private Path file;

    @Override
    public Integer call() {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw new RefusedException("cannot verify " + file + ": there is no such file");
        } catch (CharacterCodingException e) {
            throw new RefusedException("cannot verify " + file + ": it is not UTF-8 text, so not a HazardLog JSON export");
        } catch (IOException e) {
            throw new RefusedException("cannot verify " + file + ": " + e.getMessage());
        }
        ExportVerification.Result result = ExportVerification.verify(text);
        if (!result.matches()) {
            throw new RefusedException(file + " does not verify: " + result.message());
        }
        spec.commandLine().getOut().println(file + ": " + result.message());
        spec.commandLine().getOut().flush();
        return HazardLogCommand.OK;
    }
}
