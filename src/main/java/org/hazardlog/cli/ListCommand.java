package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.EvidenceService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Assessment;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskExceptions;
import org.hazardlog.domain.evidence.EvidenceExceptions;
import org.hazardlog.domain.RiskScheme;

/** {@code hazardlog list}: the hazards as a plain table, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"List the hazards of the log: number, name, status, initial and residual risk, owner.",
                "With --exceptions, list instead each exception HazardLog finds in the log (the same checks as the "
                        + "safety case's Exceptions section), as text or --format json."})
final class ListCommand implements Callable<Integer> {

    @ParentCommand
    private HazardLogCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private WhoIsWorking who;

    @Option(names = "--exceptions", description = "List the exceptions of the log instead of its hazards.")
    private boolean exceptions;

    @Option(names = "--format", paramLabel = "FORMAT", description = "With --exceptions: text (default) or json.")
    private String format = "text";

    @Override
    public Integer call() {
        if (!format.equalsIgnoreCase("text") && !format.equalsIgnoreCase("json")) {
            throw new RefusedException("--format takes text or json, not \"" + format + "\"");
        }
        if (format.equalsIgnoreCase("json") && !exceptions) {
            throw new RefusedException("--format json is for --exceptions; export --format json writes the hazards");
        }
        try (HazardLogService log = parent.readLog(who)) {
            PrintWriter out = spec.commandLine().getOut();
            if (exceptions) {
                printExceptions(log, out);
                out.flush();
                return HazardLogCommand.OK;
            }
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

    private void printExceptions(HazardLogService log, PrintWriter out) {
        List<Hazard> hazards = log.hazards();
        List<RiskExceptions.Finding> findings = EvidenceExceptions.findings(hazards, log.scheme(),
                new EvidenceService(log).verification());
        if (format.equalsIgnoreCase("json")) {
            ObjectMapper json = new ObjectMapper();
            ObjectNode root = json.createObjectNode();
            root.put("hazards", hazards.size());
            root.put("count", findings.size());
            ArrayNode list = root.putArray("exceptions");
            for (RiskExceptions.Finding f : findings) {
                list.addObject().put("hazard", f.hazardNumber()).put("name", f.hazardName()).put("kind", f.kind().key())
                        .put("description", f.kind().description());
            }
            try {
                out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the exceptions could not be written as JSON", e);
            }
            return;
        }
        if (findings.isEmpty()) {
            out.println("No exceptions in " + log.file() + " (" + hazards.size() + " hazards checked).");
            return;
        }
        PlainTable table = new PlainTable("No.", "Name", "Exception", "Meaning");
        for (RiskExceptions.Finding f : findings) {
            table.add(String.valueOf(f.hazardNumber()), f.hazardName(), f.kind().key(), f.kind().description());
        }
        table.print(out);
        out.println(findings.size() + (findings.size() == 1 ? " exception" : " exceptions") + " in " + hazards.size()
                + " hazards of " + log.file() + ".");
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
