package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;

/** {@code hazardlog list}: the hazards as a plain table, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the hazards of the log: number, name, status, initial and residual risk, owner.")
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    private HazardLogCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WhoIsWorking who;

    @Override
    public Integer call() {
        try (HazardLogService log = parent.openLog(who)) {
            PrintWriter out = spec.commandLine().getOut();
            List<Hazard> hazards = log.hazards();
            if (hazards.isEmpty()) {
                out.println("No hazards in " + log.file() + ".");
                out.flush();
                return HazardLogCommand.OK;
            }
            PlainTable table = new PlainTable("No.", "Name", "Status", "Initial risk", "Residual risk", "Owner");
            for (Hazard h : hazards) {
                table.add(String.valueOf(h.number()), h.name(), h.status().label(),
                        risk(log.scheme(), h.initial()), risk(log.scheme(), h.residual()), h.assignment());
            }
            table.print(out);
            out.println(hazards.size() + (hazards.size() == 1 ? " hazard" : " hazards") + " in " + log.file() + ".");
            out.flush();
            return HazardLogCommand.OK;
        }
    }

    private static String risk(RiskScheme scheme, Assessment a) {
        return scheme.riskLevel(a).map(r -> r.label()).orElse("TBC");
    }

    /** Columns padded to their widest cell; nothing is cut short, and no cell spans lines. */
    static final class PlainTable {
        private final List<String[]> rows = new ArrayList<>();
        private final int columns;

        PlainTable(String... header) {
            columns = header.length;
            rows.add(header);
        }

        /** Each cell shown on one line, whatever its text holds (see {@link TerminalText}). */
        void add(String... cells) {
            String[] shown = new String[cells.length];
            for (int i = 0; i < cells.length; i++) {
                shown[i] = TerminalText.oneLine(cells[i]);
            }
            rows.add(shown);
        }

        void print(PrintWriter out) {
            int[] widths = new int[columns];
            for (String[] r : rows) {
                for (int i = 0; i < columns; i++) {
                    widths[i] = Math.max(widths[i], r[i].length());
                }
            }
            for (String[] r : rows) {
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < columns; i++) {
                    line.append(i == columns - 1 ? r[i] : String.format("%-" + widths[i] + "s  ", r[i]));
                }
                out.println(line.toString().stripTrailing());
            }
        }
    }
}
