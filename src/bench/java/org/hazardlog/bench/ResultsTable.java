package org.hazardlog.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns one benchmark run (JMH's {@code jmh.json}, the command timings under {@code commands/} and
 * the load samples) into {@code results.md}: the tables that docs/performance.md shows, each
 * operation at 100, 1,000 and 10,000 hazards, its growth, its floor, and the targets met or not.
 * An operation without a label here is still listed, under its benchmark name.
 */
public final class ResultsTable {

    private static final List<String> SIZES = List.of("100", "1000", "10000");
    /** The benchmark parameter that is N: hazards, or code locations for the code check. */
    private static final List<String> SIZE_PARAMS = List.of("hazards", "locations");

    /** In-process operations in the order shown; the key is the JMH class and method. */
    private static final Map<String, String> OPERATIONS = new LinkedHashMap<>();
    /** An operation's floor: the least work of the same kind, measured in the same run. */
    private static final Map<String, String> FLOORS = new LinkedHashMap<>();
    /** Commands in the order shown; the key is the name given in bench/run-commands.sh. */
    private static final Map<String, String> COMMANDS = new LinkedHashMap<>();
    private static final List<Target> TARGETS = new ArrayList<>();

    static {
        OPERATIONS.put("FilterBench.keystroke", "Filtering: one keystroke in the filter box");
        OPERATIONS.put("FilterBench.buildSearchText", "Filtering: search text of every hazard (built while reading)");
        OPERATIONS.put("EditorBench.openHazard", "Opening a hazard in the editor");
        OPERATIONS.put("ScoringBench.riskLevels", "Scoring: risk level of every assessment");
        OPERATIONS.put("ScoringBench.scoringCheck", "Scoring: scoring warnings of every hazard");
        OPERATIONS.put("StoreBench.readLog", "Reading the whole log from its file");
        OPERATIONS.put("MarkdownBench.parse", "Markdown: parsing the files' text");
        OPERATIONS.put("MarkdownBench.readFolder", "Markdown import: reading a folder of files");
        OPERATIONS.put("ImportBench.importFolder", "Markdown import: reading and storing a folder of files (new log)");
        OPERATIONS.put("MarkdownBench.write", "Markdown: writing every hazard (in memory)");
        OPERATIONS.put("JsonBench.write", "JSON: writing the export (in memory)");
        OPERATIONS.put("JsonBench.read", "JSON: reading the export (in memory)");
        OPERATIONS.put("ExportBench.markdownFolder", "Markdown export: a folder of files");
        OPERATIONS.put("ExportBench.jsonFile", "JSON export: one file");
        OPERATIONS.put("ReportBench.xlsx", "Hazard Log workbook (xlsx)");
        OPERATIONS.put("ReportBench.docx", "Clinical Safety Case Report (docx)");
        OPERATIONS.put("ReportBench.pdf", "Clinical Safety Case Report (PDF)");
        OPERATIONS.put("ReportBench.hazardLogPdf", "Hazard log (PDF)");
        OPERATIONS.put("CodeCheckBench.check", "Code check, N = code locations (5,000-file git repository)");
        FLOORS.put("MarkdownBench.readFolder", "MarkdownBench.readFolderBytesFloor");
        FLOORS.put("ImportBench.importFolder", "MarkdownBench.readFolderBytesFloor");
        FLOORS.put("ReportBench.xlsx", "ReportBench.xlsxPoiFloor");

        COMMANDS.put("startup", "Window start-up to a rendered table");
        COMMANDS.put("list", "`list`");
        COMMANDS.put("generate", "`generate` (a new log)");
        COMMANDS.put("import", "`import` of a folder of Markdown files (new log)");
        COMMANDS.put("import-json", "`import` of one JSON export (new log)");
        COMMANDS.put("export-md", "`export --format md`");
        COMMANDS.put("export-json", "`export --format json`");
        COMMANDS.put("export-xlsx", "`export --format xlsx`");
        COMMANDS.put("export-docx", "`export --format docx`");
        COMMANDS.put("export-pdf", "`export --format pdf` (safety case)");
        COMMANDS.put("export-pdf-log", "`export --format pdf --document hazard-log`");
        COMMANDS.put("code-check", "`code-check`, N = code locations");

        TARGETS.add(new Target("jmh", "FilterBench.keystroke", "10000", 50,
                "Filtering, per keystroke, 10,000 hazards / 50,000 controls"));
        TARGETS.add(new Target("jmh", "EditorBench.openHazard", "10000", 50,
                "Opening a hazard, 10,000 hazards / 50,000 controls"));
        TARGETS.add(new Target("jmh", "ImportBench.importFolder", "1000", 2_000,
                "Importing 1,000 hazard files, in process (log open, JVM warm)"));
        TARGETS.add(new Target("cmd", "import", "1000", 2_000, "Importing 1,000 hazard files, `import` command"));
        TARGETS.add(new Target("jmh", "ReportBench.xlsx", "1000", 3_000, "xlsx export of 1,000 hazards, in process"));
        TARGETS.add(new Target("cmd", "export-xlsx", "1000", 3_000, "xlsx export of 1,000 hazards, `export` command"));
        TARGETS.add(new Target("jmh", "ReportBench.docx", "1000", 5_000, "docx export of 1,000 hazards, in process"));
        TARGETS.add(new Target("cmd", "export-docx", "1000", 5_000, "docx export of 1,000 hazards, `export` command"));
        TARGETS.add(new Target("jmh", "ReportBench.pdf", "1000", 5_000,
                "PDF export (safety case) of 1,000 hazards, in process"));
        TARGETS.add(new Target("cmd", "export-pdf", "1000", 5_000,
                "PDF export (safety case) of 1,000 hazards, `export` command"));
        TARGETS.add(new Target("jmh", "ReportBench.hazardLogPdf", "1000", 5_000,
                "PDF export (hazard log) of 1,000 hazards, in process"));
        TARGETS.add(new Target("cmd", "export-pdf-log", "1000", 5_000,
                "PDF export (hazard log) of 1,000 hazards, `export` command"));
        TARGETS.add(new Target("jmh", "CodeCheckBench.check", "10000", 3_000,
                "Code check of 10,000 locations over a 5,000-file repository, in process"));
        TARGETS.add(new Target("cmd", "code-check", "10000", 3_000,
                "Code check of 10,000 locations over a 5,000-file repository, `code-check` command"));
    }

    private record Target(String kind, String key, String size, double limitMs, String what) {
    }

    /** A mean in milliseconds with its error (JMH's 99.9% interval, or the runs' standard deviation). */
    private record Result(double ms, double errorMs) {
    }

    private final Map<String, Map<String, Result>> jmh = new TreeMap<>();
    private final Map<String, Map<String, Result>> commands = new TreeMap<>();
    private final Path dir;

    private ResultsTable(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        ResultsTable table = new ResultsTable(dir);
        table.read();
        String md = table.markdown();
        Files.writeString(dir.resolve("results.md"), md, StandardCharsets.UTF_8);
        System.out.println(md);
        System.out.println("bench: results written to " + dir.resolve("results.md"));
    }

    private void read() throws IOException {
        ObjectMapper json = new ObjectMapper();
        Path jmhFile = dir.resolve("jmh.json");
        if (Files.isRegularFile(jmhFile)) {
            for (JsonNode b : json.readTree(jmhFile.toFile())) {
                String name = b.get("benchmark").asText().replaceFirst("^.*\\.(\\w+\\.\\w+)$", "$1");
                JsonNode params = b.path("params");
                StringBuilder key = new StringBuilder(name);
                params.fields().forEachRemaining(p -> {
                    if (!SIZE_PARAMS.contains(p.getKey())) {
                        key.append(" (").append(p.getKey()).append('=').append(p.getValue().asText()).append(')');
                    }
                });
                String size = params.path("hazards").asText(params.path("locations").asText("-"));
                JsonNode metric = b.get("primaryMetric");
                double scale = toMs(metric.get("scoreUnit").asText());
                double error = metric.get("scoreError").asDouble(Double.NaN);
                jmh.computeIfAbsent(key.toString(), k -> new TreeMap<>())
                        .put(size, new Result(metric.get("score").asDouble() * scale, error * scale));
            }
        }
        Path commandDir = dir.resolve("commands");
        if (Files.isDirectory(commandDir)) {
            try (Stream<Path> files = Files.list(commandDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode r = json.readTree(f.toFile()).get("results").get(0);
                    String[] nameAndSize = r.get("command").asText().split("@", 2);
                    commands.computeIfAbsent(nameAndSize[0], k -> new TreeMap<>()).put(nameAndSize[1],
                            new Result(r.get("mean").asDouble() * 1000, r.path("stddev").asDouble(0) * 1000));
                }
            }
        }
    }

    private static double toMs(String unit) {
        return switch (unit) {
            case "s/op" -> 1000;
            case "ms/op" -> 1;
            case "us/op" -> 0.001;
            case "ns/op" -> 0.000_001;
            default -> throw new IllegalArgumentException("unexpected JMH unit " + unit);
        };
    }

    private String markdown() throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("Run of ").append(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append(", JDK ").append(System.getProperty("java.version"))
                .append(". Load average (1 minute) while it ran: ").append(load()).append(".\n\n");
        if (!jmh.isEmpty()) {
            md.append("In-process operations (JMH, mean time per operation, ms; the whole log unless said):\n\n");
            md.append("| Operation | 100 | 1,000 | 10,000 | 10,000 / 1,000 | Floor at 10,000 | x floor |\n");
            md.append("|---|---:|---:|---:|---:|---|---:|\n");
            for (String key : ordered(jmh.keySet(), OPERATIONS)) {
                if (FLOORS.containsValue(key)) {
                    continue;
                }
                Map<String, Result> r = jmh.get(key);
                md.append("| ").append(OPERATIONS.getOrDefault(key, "`" + key + "`"));
                SIZES.forEach(n -> md.append(" | ").append(cell(r.get(n))));
                md.append(" | ").append(growth(r.get("1000"), r.get("10000")));
                String floorKey = FLOORS.get(key);
                Result floor = floorKey == null || !jmh.containsKey(floorKey) ? null : jmh.get(floorKey).get("10000");
                if (floor == null) {
                    md.append(" | | |\n");
                } else {
                    md.append(" | ").append(floorName(floorKey)).append(": ").append(ms(floor.ms()))
                            .append(" | ").append(ratio(r.get("10000"), floor)).append(" |\n");
                }
            }
            md.append('\n');
        }
        if (!commands.isEmpty()) {
            md.append("Whole commands of the built jar (wall time from starting `java`, mean of the runs after one "
                    + "warm-up run, ms):\n\n");
            md.append("| Command | 100 | 1,000 | 10,000 | 10,000 / 1,000 | Floor | x floor at 10,000 |\n");
            md.append("|---|---:|---:|---:|---:|---|---:|\n");
            for (String key : ordered(commands.keySet(), COMMANDS)) {
                if (key.endsWith("-floor")) {
                    continue;
                }
                Map<String, Result> r = commands.get(key);
                md.append("| ").append(COMMANDS.getOrDefault(key, "`" + key + "`"));
                SIZES.forEach(n -> md.append(" | ").append(cell(r.get(n))));
                md.append(" | ").append(growth(r.get("1000"), r.get("10000")));
                String floorKey = commands.containsKey(key + "-floor") ? key + "-floor" : "jvm-floor";
                Result floor = commands.getOrDefault(floorKey, Map.of()).values().stream().findFirst().orElse(null);
                if (floor == null) {
                    md.append(" | | |\n");
                } else {
                    md.append(" | ").append(floorName(floorKey)).append(": ").append(ms(floor.ms()))
                            .append(" | ").append(ratio(r.get("10000"), floor)).append(" |\n");
                }
            }
            md.append('\n');
        }
        md.append("Targets:\n\n| Target | Limit | Measured | Met |\n|---|---:|---:|---|\n");
        for (Target t : TARGETS) {
            Optional<Result> r = Optional.ofNullable((t.kind().equals("jmh") ? jmh : commands).get(t.key()))
                    .map(m -> m.get(t.size()));
            md.append("| ").append(t.what()).append(" | ").append(String.format(Locale.ROOT, "%,.0f", t.limitMs())).append(" ms | ")
                    .append(r.map(x -> ms(x.ms()) + " ms").orElse("not measured"))
                    .append(" | ").append(r.map(x -> x.ms() < t.limitMs() ? "yes" : "**no**").orElse("-"))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static List<String> ordered(Iterable<String> keys, Map<String, String> known) {
        List<String> out = new ArrayList<>();
        known.keySet().forEach(k -> {
            for (String key : keys) {
                if (key.equals(k)) {
                    out.add(key);
                }
            }
        });
        keys.forEach(k -> {
            if (!out.contains(k)) {
                out.add(k);
            }
        });
        return out;
    }

    private static String floorName(String key) {
        return switch (key) {
            case "MarkdownBench.readFolderBytesFloor" -> "reading the files' bytes";
            case "ReportBench.xlsxPoiFloor" -> "POI writing the same cells";
            case "startup-floor" -> "an empty JavaFX window";
            case "jvm-floor" -> "`--version` (JVM start)";
            default -> "`" + key + "`";
        };
    }

    private static String cell(Result r) {
        if (r == null) {
            return "";
        }
        return Double.isNaN(r.errorMs()) || r.errorMs() == 0 ? ms(r.ms()) : ms(r.ms()) + " ± " + ms(r.errorMs());
    }

    private static String growth(Result small, Result large) {
        return small == null || large == null ? "" : String.format(Locale.ROOT, "x%.1f", large.ms() / small.ms());
    }

    private static String ratio(Result op, Result floor) {
        return op == null || floor == null ? "" : String.format(Locale.ROOT, "x%.1f", op.ms() / floor.ms());
    }

    /** Three significant figures, thousands separated: 0.0425, 6.05, 659, 13,272. */
    static String ms(double v) {
        if (v >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (v >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        if (v >= 1) {
            return String.format(Locale.ROOT, "%.2f", v);
        }
        return String.format(Locale.ROOT, "%.3g", v);
    }

    /** The 1-minute load averages sampled by the JMH run and the command script: min, mean and max. */
    private String load() throws IOException {
        List<Double> samples = new ArrayList<>();
        for (String f : List.of("load-jmh.txt", "load-commands.txt")) {
            Path p = dir.resolve(f);
            if (Files.isRegularFile(p)) {
                for (String line : Files.readAllLines(p)) {
                    String[] parts = line.trim().split("\\s+");
                    if (parts.length >= 2) {
                        samples.add(Double.parseDouble(parts[1]));
                    }
                }
            }
        }
        if (samples.isEmpty()) {
            return "not sampled";
        }
        double mean = samples.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return String.format(Locale.ROOT, "min %.2f, mean %.2f, max %.2f over %d samples (%d cores)",
                samples.stream().mapToDouble(Double::doubleValue).min().orElse(0), mean,
                samples.stream().mapToDouble(Double::doubleValue).max().orElse(0), samples.size(),
                Runtime.getRuntime().availableProcessors());
    }
}
