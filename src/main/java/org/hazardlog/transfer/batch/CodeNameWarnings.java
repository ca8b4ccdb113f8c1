package org.hazardlog.transfer.batch;

import java.util.ArrayList;
import java.util.List;

import org.hazardlog.domain.CodeLocation;
import org.hazardlog.domain.SymbolName;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.WarningKind;

/**
 * Warns, whatever the format, about code locations written as module or function names
 * ({@code bmi_calculator.__init__}): they are kept as written, but code-check can never find a file
 * for them, so the person importing should hear it now rather than at the next check.
 */
final class CodeNameWarnings {

    private CodeNameWarnings() {
    }

    static FileReading added(FileReading reading) {
        if (!reading.isValid()) {
            return reading;
        }
        List<ParsedHazard> hazards = new ArrayList<>();
        for (ParsedHazard h : reading.hazards()) {
            List<ImportWarning> warnings = new ArrayList<>(h.warnings());
            for (CodeLocation l : h.hazard().codeLocations()) {
                if (SymbolName.isSymbolName(l.path())) {
                    warnings.add(new ImportWarning(h.source(), WarningKind.NOT_A_FILE_PATH, which(h) + "code location \"" + l.path()
                            + "\" is a module, class or function name, not a file path: kept as written; code-check"
                            + " reports it as not a file path until it names the file that holds it"));
                }
            }
            hazards.add(new ParsedHazard(h.hazard(), h.source(), warnings));
        }
        return FileReading.of(reading.source(), hazards, reading.warnings());
    }

    /** A file may hold many hazards: say which one. */
    private static String which(ParsedHazard h) {
        return h.hazard().number() == null ? "" : "hazard " + h.hazard().number() + ": ";
    }
}
