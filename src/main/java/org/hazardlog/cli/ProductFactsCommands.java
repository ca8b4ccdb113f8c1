package org.hazardlog.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import org.hazardlog.app.CodeReviewService;
import org.hazardlog.app.HazardLogService;
import org.hazardlog.domain.ProjectSettings;

/**
 * {@code settings show} and {@code settings set KEY VALUE}: the product and per-release facts the
 * safety case prints (one per {@link ProjectSettings.Field}) from a script, as File >
 * Project settings… sets them in the window. A fact not filled is shown as {@value #NOT_PROVIDED},
 * as the safety case prints it.
 */
final class ProductFactsCommands {

    static final String NOT_PROVIDED = "[not provided]";

    private ProductFactsCommands() {
    }

    static String keys() {
        return java.util.Arrays.stream(ProjectSettings.Field.values()).map(ProjectSettings.Field::key)
                .collect(Collectors.joining(", "));
    }

    /** {@code settings show [--format text|json]}. */
    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show every project setting: the product facts the safety case prints (a fact not "
                    + "filled shows as [not provided]) and the code-check settings; as text or --format json.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        SettingsCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        WhoIsWorking who;
        @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
        String format = "text";

        @Override
        public Integer call() {
            if (!format.equalsIgnoreCase("text") && !format.equalsIgnoreCase("json")) {
                throw new RefusedException("--format takes text or json, not \"" + format + "\"");
            }
            try (HazardLogService log = parent.parent.openLog(who)) {
                ProjectSettings facts = log.projectSettings();
                org.hazardlog.app.ProjectSettings code = new CodeReviewService(log).settings();
                PrintWriter out = spec.commandLine().getOut();
                if (format.equalsIgnoreCase("json")) {
                    out.println(json(log, facts, code));
                } else {
                    out.println("Settings of " + log.file());
                    int keyWidth = java.util.Arrays.stream(ProjectSettings.Field.values())
                            .mapToInt(f -> f.key().length()).max().orElse(0);
                    int labelWidth = java.util.Arrays.stream(ProjectSettings.Field.values())
                            .mapToInt(f -> f.label().length()).max().orElse(0);
                    for (ProjectSettings.Field f : ProjectSettings.Field.values()) {
                        String v = f.of(facts);
                        // A fact of several lines keeps its lines, indented under the first.
                        out.println(String.format(Locale.ROOT, "%-" + keyWidth + "s %-" + labelWidth + "s %s", f.key(), f.label(),
                                v.isEmpty() ? NOT_PROVIDED : v.replace("\n", "\n" + " ".repeat(keyWidth + labelWidth + 2))));
                    }
                    List<String> missing = missing(facts);
                    if (!missing.isEmpty()) {
                        out.println(missing.size() + " of " + ProjectSettings.Field.values().length
                                + " product facts not provided: " + String.join(", ", missing)
                                + ". Approving a safety case with them asks the CSO to confirm each gap.");
                    }
                    out.println("repository-root " + code.repositoryRoot().map(Path::toString).orElse("not set"));
                    out.println("clinical-globs  " + (code.clinicalGlobs().isEmpty() ? "not set"
                            : String.join(" ", code.clinicalGlobs())));
                    out.println("indentation     " + (code.indentationExtensions().isEmpty()
                            ? "no extension besides the built-in ones" : String.join(" ", code.indentationExtensions())));
                }
                out.flush();
                return HazardLogCommand.OK;
            }
        }

        private static String json(HazardLogService log, ProjectSettings facts, org.hazardlog.app.ProjectSettings code) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode root = mapper.createObjectNode();
            root.put("log", log.file().toString());
            ObjectNode product = root.putObject("product");
            for (ProjectSettings.Field f : ProjectSettings.Field.values()) {
                String v = f.of(facts);
                if (v.isEmpty()) {
                    product.putNull(f.key());
                } else {
                    product.put(f.key(), v);
                }
            }
            ArrayNode missing = root.putArray("notProvided");
            missing(facts).forEach(missing::add);
            ObjectNode codeCheck = root.putObject("codeCheck");
            codeCheck.put("repositoryRoot", code.repositoryRoot().map(Path::toString).orElse(null));
            ArrayNode globs = codeCheck.putArray("clinicalGlobs");
            code.clinicalGlobs().forEach(globs::add);
            ArrayNode extensions = codeCheck.putArray("indentationExtensions");
            code.indentationExtensions().forEach(extensions::add);
            try {
                return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the settings could not be written as JSON", e);
            }
        }
    }

    static List<String> missing(ProjectSettings facts) {
        List<String> missing = new ArrayList<>();
        for (ProjectSettings.Field f : ProjectSettings.Field.values()) {
            if (f.of(facts).isEmpty()) {
                missing.add(f.key());
            }
        }
        return missing;
    }

    /** {@code settings set KEY VALUE}: one product fact; an empty VALUE clears it. Needs the CSO role; audited. */
    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Set one product fact the safety case prints; an empty VALUE (\"\") clears it. "
                    + "Needs the CSO role; the change is recorded in the audit trail.",
                    "KEY is one of: product, version, manufacturer, cso, author, reviewers, approver, "
                            + "document-reference, crmp-reference, lifecycle-phase, intended-use, intended-users, "
                            + "release-configuration, third-party, pre-delivery-review, related-documents."},
            footer = {"", "Exit codes: 0 set; 1 refused (unknown key, value too long, not the CSO; nothing changed)."})
    static final class Set implements Callable<Integer> {
        @ParentCommand
        SettingsCommand parent;
        @Spec
        CommandSpec spec;
        @Mixin
        WhoIsWorking who;
        @Parameters(index = "0", paramLabel = "KEY", description = "The fact to set.")
        String key;
        @Parameters(index = "1", paramLabel = "VALUE", description = "Its value; \"\" clears it.")
        String value;

        @Override
        public Integer call() {
            ProjectSettings.Field field = ProjectSettings.Field.byKey(key)
                    .orElseThrow(() -> new RefusedException("there is no product fact \"" + key + "\"; the keys are: "
                            + keys() + ". Nothing was changed"));
            try (HazardLogService log = parent.parent.openLog(who)) {
                log.saveProjectSettings(log.projectSettings().with(field, value));
                PrintWriter out = spec.commandLine().getOut();
                String now = field.of(log.projectSettings());
                out.println(field.label() + " (" + field.key() + ") " + (now.isEmpty() ? "cleared: now " + NOT_PROVIDED
                        : "set to " + now) + " in " + log.file() + ".");
                out.flush();
                return HazardLogCommand.OK;
            }
        }
    }
}
