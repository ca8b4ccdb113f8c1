package org.hazardlog.transfer.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.hazardlog.domain.RiskScheme;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.HazardFileReader;
import org.hazardlog.transfer.ImportProblem;
import org.hazardlog.transfer.ImportWarning;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.ProblemKind;
import org.hazardlog.transfer.json.HazardJsonReader;
import org.hazardlog.transfer.markdown.MarkdownHazardReader;
import org.hazardlog.transfer.markdown.MarkdownLogReader;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/**
 * Reads a set of files and folders (folders recursively) of Markdown ({@code .md}), copied text
 * ({@code .txt}) and JSON exports ({@code .json}), and tells which files are good and which are
 * bad and why, so that the caller can import all or nothing, or skip the bad files. The same hazard
 * number twice in one batch makes every file that has it bad: there is no telling which is right.
 */
public final class HazardBatchReader {

    /** Far above any real hazard file or export; stops an accidental pick of a disk image. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private final Map<String, HazardFileReader> readers;
    private final List<String> extensions;

    /** Reads the built-in kinds of file: see {@link #builtInReaders}. */
    public HazardBatchReader(RiskScheme scheme, HazardTypeTaxonomy taxonomy) {
        this(builtInReaders(scheme, taxonomy));
    }

    /**
     * Reads the files whose extension (lower case, without the dot: {@code "md"}) has a reader;
     * in folders, files of other kinds are skipped.
     */
    public HazardBatchReader(Map<String, HazardFileReader> readersByExtension) {
        if (readersByExtension.isEmpty()) {
            throw new IllegalArgumentException("a batch reader needs at least one kind of file to read");
        }
        this.readers = Map.copyOf(readersByExtension);
        this.extensions = List.copyOf(readersByExtension.keySet());
    }

    /**
     * Markdown ({@code .md}, {@code .markdown}), copied pages ({@code .txt}) and HazardLog's JSON
     * export ({@code .json}), in that order; a modifiable copy, so that a caller can add a format.
     */
    public static Map<String, HazardFileReader> builtInReaders(RiskScheme scheme, HazardTypeTaxonomy taxonomy) {
        MarkdownHazardReader markdown = new MarkdownHazardReader(scheme, taxonomy);
        MarkdownLogReader anyForm = new MarkdownLogReader(scheme, taxonomy);
        HazardJsonReader json = new HazardJsonReader(scheme, taxonomy);
        Map<String, HazardFileReader> byExtension = new LinkedHashMap<>();
        byExtension.put("md", anyForm::read);
        byExtension.put("markdown", anyForm::read);
        byExtension.put("txt", markdown::read);
        byExtension.put("json", json::read);
        return byExtension;
    }

    /** The extensions read, lower case without the dot, in the order given: {@code md, markdown, txt, json}. */
    public List<String> extensions() {
        return extensions;
    }

    public BatchReading read(Collection<Path> paths) {
        Map<Path, FileReading> readings = new LinkedHashMap<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (Path given : paths) {
            if (Files.isDirectory(given)) {
                for (Path file : filesUnder(given, skipped, readings)) {
                    readFound(file, readings, skipped);
                }
            } else if (!readings.containsKey(given.toAbsolutePath().normalize())) {
                readings.put(given.toAbsolutePath().normalize(), readGiven(given));
            }
        }
        return assemble(readings.values(), skipped);
    }

    private List<Path> filesUnder(Path folder, List<SkippedFile> skipped, Map<Path, FileReading> readings) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = new ArrayList<>();
            for (Path p : walk.sorted().toList()) {
                if (isHidden(folder, p) || !Files.isRegularFile(p)) {
                    continue;
                }
                if (readerOf(p) == null) {
                    skipped.add(new SkippedFile(p, "not a " + extensionList() + " file"));
                } else {
                    files.add(p);
                }
            }
            return files;
        } catch (IOException | UncheckedIOException e) {
            readings.put(folder.toAbsolutePath().normalize(),
                    FileReading.rejected(folder, ProblemKind.UNREADABLE, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private static boolean isHidden(Path root, Path p) {
        for (Path part : root.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** A file found in a folder: skipped rather than bad when it is not a hazard file at all. */
    private void readFound(Path file, Map<Path, FileReading> readings, List<SkippedFile> skipped) {
        Path key = file.toAbsolutePath().normalize();
        if (readings.containsKey(key)) {
            return;
        }
        FileReading r = readFile(file);
        // A Markdown file without hazard headings (a README) or a JSON file of another tool is
        // simply not a hazard file; only a file that tries to be one and fails is bad.
        boolean notOurs = r.problems().stream()
                .allMatch(p -> p.kind() == ProblemKind.NOT_A_HAZARD || p.kind() == ProblemKind.UNSUPPORTED);
        if (!r.isValid() && notOurs) {
            boolean noHeadings = r.problems().stream().allMatch(p -> p.kind() == ProblemKind.NOT_A_HAZARD);
            skipped.add(new SkippedFile(file, noHeadings ? "has no hazard headings"
                    : "a " + extensionOf(file).toUpperCase(Locale.ROOT) + " file that is not a HazardLog export"));
            return;
        }
        readings.put(key, r);
    }

    private FileReading readGiven(Path file) {
        if (!Files.exists(file)) {
            return FileReading.rejected(file, ProblemKind.UNREADABLE, "does not exist");
        }
        if (readerOf(file) == null) {
            return FileReading.rejected(file, ProblemKind.UNSUPPORTED,
                    "is not a file HazardLog imports: give a " + extensionList() + " file");
        }
        return readFile(file);
    }

    private FileReading readFile(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                return FileReading.rejected(file, ProblemKind.TOO_LARGE, "is " + (size / (1024 * 1024))
                        + " MB; a hazard file or export is at most " + (MAX_FILE_BYTES / (1024 * 1024)) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return FileReading.rejected(file, ProblemKind.UNREADABLE, "cannot be read: " + e.getMessage());
        }
        return CodeNameWarnings.added(readerOf(file).read(file, bytes));
    }

    private HazardFileReader readerOf(Path file) {
        return readers.get(extensionOf(file));
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** {@code .md, .markdown, .txt or .json}. */
    private String extensionList() {
        List<String> dotted = extensions.stream().map(e -> "." + e).toList();
        return dotted.size() == 1 ? dotted.get(0)
                : String.join(", ", dotted.subList(0, dotted.size() - 1)) + " or " + dotted.get(dotted.size() - 1);
    }

    private static BatchReading assemble(Collection<FileReading> readings, List<SkippedFile> skipped) {
        Map<Path, List<ImportProblem>> problems = new LinkedHashMap<>();
        for (FileReading r : readings) {
            if (!r.isValid()) {
                problems.computeIfAbsent(r.source(), k -> new ArrayList<>()).addAll(r.problems());
            }
        }
        // Hazard numbers used more than once, over all good files.
        Map<Integer, List<ParsedHazard>> byNumber = new TreeMap<>();
        for (FileReading r : readings) {
            for (ParsedHazard h : r.hazards()) {
                if (h.hazard().number() != null) {
                    byNumber.computeIfAbsent(h.hazard().number(), k -> new ArrayList<>()).add(h);
                }
            }
        }
        for (Map.Entry<Integer, List<ParsedHazard>> e : byNumber.entrySet()) {
            if (e.getValue().size() < 2) {
                continue;
            }
            String where = e.getValue().stream().map(h -> h.source() + " (\"" + h.hazard().name() + "\")")
                    .collect(Collectors.joining(", "));
            Set<Path> files = new LinkedHashSet<>();
            e.getValue().forEach(h -> files.add(h.source()));
            for (Path f : files) {
                problems.computeIfAbsent(f, k -> new ArrayList<>()).add(new ImportProblem(f, ProblemKind.DUPLICATE_NUMBER,
                        "hazard number " + e.getKey() + " is used more than once in this import: " + where));
            }
        }
        List<ParsedHazard> good = new ArrayList<>();
        List<ImportWarning> fileWarnings = new ArrayList<>();
        for (FileReading r : readings) {
            if (!problems.containsKey(r.source())) {
                good.addAll(r.hazards());
                fileWarnings.addAll(r.warnings());
            }
        }
        List<BadFile> bad = problems.entrySet().stream().map(e -> new BadFile(e.getKey(), e.getValue())).toList();
        return new BatchReading(good, bad, skipped, fileWarnings);
    }
}
