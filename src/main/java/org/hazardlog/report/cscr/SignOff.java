package org.hazardlog.report.cscr;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.hazardlog.domain.ProjectSettings;
import org.hazardlog.report.Signature;
import org.hazardlog.report.document.Table;
import org.hazardlog.report.document.Table.Cell;
import org.hazardlog.report.document.Table.Column;

/**
 * The Clinical Safety Officer's sign-off. Unsigned (the current log), it leaves room for a
 * signature and date; given the signature of an issued version, it records who signed, as what,
 * when and with what meaning.
 */
final class SignOff {

    static final String UNSIGNED = "Not signed: this report shows the current hazard log, which has not been issued.";

    private SignOff() {
    }

    static Table block(ProjectSettings project, Optional<Signature> signature) {
        if (signature.isPresent()) {
            Signature s = signature.get();
            String when = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm z").format(s.time().atZone(ZoneId.systemDefault()));
            return table(List.of(
                    row("Signed by", s.name()),
                    row("Role", s.role()),
                    row("Signed at", when),
                    row("Meaning of the signature", s.meaning())));
        }
        return table(List.of(
                row("Clinical Safety Officer", project.cso().isEmpty() ? "[Clinical Safety Officer not set]" : project.cso()),
                // No-break spaces: blank lines that renderers do not drop, leaving room to sign.
                row("Signature", "\u00a0\n\u00a0\n\u00a0"),
                row("Date", "\u00a0\n\u00a0"),
                row("Status", UNSIGNED)));
    }

    private static List<Cell> row(String label, String value) {
        return List.of(Cell.label(label), Cell.of(value));
    }

    private static Table table(List<List<Cell>> rows) {
        return new Table(List.of(new Column("", 2.2f), new Column("", 6f)), rows, true);
    }
}
