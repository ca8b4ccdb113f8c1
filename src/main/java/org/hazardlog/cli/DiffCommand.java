package org.hazardlog.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.HazardChanges;
import org.hazardlog.domain.version.HazardDiff;
import org.hazardlog.domain.version.RiskMove;
import org.hazardlog.domain.version.VersionDiff;

/** {@code hazardlog diff}: what changed between two issued versions, or a version and the log now. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed between two versions: hazards added or removed, fields changed,",
                "risk levels up or down. A version is its number or \"current\" (the log now)."})
final class DiffCommand implements Callable<Integer> {

    enum Format { TEXT, JSON }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    private HazardLogCommand root;
    @Spec
    private CommandSpec spec;
    @Mixin
    private WhoIsWorking who;
    @Parameters(index = "0", paramLabel = "FROM", description = "A version number, or current.")
    private String from;
    @Parameters(index = "1", paramLabel = "TO", description = "A version number, or current.")
    private String to;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (default: text).")
    private Format format;

    @Override
    public Integer call() {
        try (HazardLogService log = root.readLog(who)) {
            VersionDiff diff = log.versions().diff(from, to);
            PrintWriter out = spec.commandLine().getOut();
            out.print(format == Format.JSON ? json(diff) : text(diff));
            out.flush();
            return HazardLogCommand.OK;
        }
    }

    static String text(VersionDiff d) {
        StringBuilder s = new StringBuilder("Changes from " + d.from() + " to " + d.to() + ":\n");
        if (d.isEmpty()) {
            return s.append("No changes.\n").toString();
        }
        if (d.schemeChanged()) {
            s.append("Risk scheme changed: each side's risk levels are looked up in its own scheme.\n");
        }
        d.added().forEach(h -> s.append("Added   hazard ").append(h.number()).append(": ").append(h.name()).append('\n'));
        d.removed().forEach(h -> s.append("Removed hazard ").append(h.number()).append(": ").append(h.name()).append('\n'));
        for (HazardDiff h : d.changed()) {
            s.append("Changed hazard ").append(h.number()).append(": ").append(h.name()).append(risk(h)).append('\n');
            h.changes().forEach(c -> s.append("    ").append(c).append('\n'));
        }
        s.append(d.added().size()).append(" added, ").append(d.removed().size()).append(" removed, ")
                .append(d.changed().size()).append(" changed; risk up for ").append(d.risksUp())
                .append(", down for ").append(d.risksDown()).append(".\n");
        return s.toString();
    }

    private static String risk(HazardDiff h) {
        StringBuilder s = new StringBuilder();
        if (h.initial().changed()) {
            s.append(" [initial risk ").append(h.initial().label()).append(']');
        }
        if (h.residual().changed()) {
            s.append(" [residual risk ").append(h.residual().label()).append(']');
        }
        return s.toString();
    }

    static String json(VersionDiff d) {
        ObjectNode root = JSON.createObjectNode();
        root.put("from", d.from());
        root.put("to", d.to());
        root.put("schemeChanged", d.schemeChanged());
        ArrayNode added = root.putArray("added");
        d.added().forEach(h -> added.add(hazard(h)));
        ArrayNode removed = root.putArray("removed");
        d.removed().forEach(h -> removed.add(hazard(h)));
        ArrayNode changed = root.putArray("changed");
        for (HazardDiff h : d.changed()) {
            ObjectNode n = changed.addObject();
            n.put("number", h.number());
            n.put("name", h.name());
            n.put("initialRisk", move(h.initial()));
            n.put("residualRisk", move(h.residual()));
            ArrayNode fields = n.putArray("fields");
            for (HazardChanges.Change c : h.changes()) {
                fields.addObject().put("field", c.field()).put("before", c.before()).put("after", c.after());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the diff as JSON", e);
        }
    }

    private static ObjectNode hazard(Hazard h) {
        return JSON.createObjectNode().put("number", h.number()).put("name", h.name());
    }

    /** Stable names for scripts: up, down, same, scored, unscored, not-scored. */
    private static String move(RiskMove m) {
        return m.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
