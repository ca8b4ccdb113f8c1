package org.hazardlog.transfer.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.version.Approval;
import org.hazardlog.transfer.HazardFileNames;
import org.hazardlog.transfer.markdown.HazardIndexPage;
import org.hazardlog.transfer.markdown.MarkdownHazardWriter;

/**
 * Writes a log as a folder of {@code Hazard-NNNN.md} files in the Quill form and an {@code index.md}.
 *
 * <p>It never deletes or overwrites anything that is not its own: files named like its hazard
 * files are replaced, and {@code index.md} only when HazardLog wrote it. A hazard file of a hazard
 * that is not in the log is left as it is (and reported), since it may be someone's work. A folder
 * that holds other files is refused unless {@code force}: not to protect those files (they are not
 * touched either way) but because a folder of other things is usually the wrong folder.
 */
public final class MarkdownFolderExporter implements HazardExporter {

    /** How {@link HazardIndexPage} starts; an {@code index.md} that does not is someone else's. */
    private static final String OUR_INDEX_START = "# Hazard log\n\nRisk scheme: ";
    private static final int NAMES_SHOWN = 5;

    private final RiskScheme scheme;
    private final boolean force;
    private final Optional<Approval> approval;

    public MarkdownFolderExporter(RiskScheme scheme, boolean force) {
        this(scheme, force, Optional.empty());
    }

    /** With an approval: an issued version, whose index shows it (without: a DRAFT index). */
    public MarkdownFolderExporter(RiskScheme scheme, boolean force, Optional<Approval> approval) {
        this.scheme = scheme;
        this.force = force;
        this.approval = approval;
    }

    @Override
    public ExportResult export(List<Hazard> hazards, Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new ExportRefusedException(folder + " is a file; a Markdown export is a folder of files", false);
        }
        Set<String> ours = new HashSet<>();
        hazards.forEach(h -> ours.add(MarkdownHazardWriter.fileName(h)));
        List<String> notes = new ArrayList<>();
        boolean writeIndex = true;
        if (Files.isDirectory(folder)) {
            Contents found = Contents.of(folder);
            if (!found.others.isEmpty() && !force) {
                throw new ExportRefusedException(folder + " already holds other files (" + names(found.others)
                        + "); an export would add Hazard-NNNN.md files and index.md beside them", true);
            }
            if (found.foreignIndex) {
                writeIndex = false;
                notes.add(MarkdownHazardWriter.INDEX_FILE + " was not written: the folder's " + MarkdownHazardWriter.INDEX_FILE
                        + " was not written by HazardLog, so it is left as it is");
            }
            List<String> stale = found.hazardFiles.stream().filter(f -> !ours.contains(f)).toList();
            if (stale.size() == 1) {
                notes.add(stale.get(0) + " was left as it is: its hazard is not in this log");
            } else if (stale.size() > 1) {
                notes.add(stale.size() + " hazard files were left as they are: their hazards are not in this log ("
                        + names(stale) + ")");
            }
        }
        Files.createDirectories(folder);
        MarkdownHazardWriter writer = new MarkdownHazardWriter(scheme);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (Hazard h : hazards) {
            files.put(folder.resolve(MarkdownHazardWriter.fileName(h)), utf8(writer.write(h)));
        }
        if (files.size() != hazards.size()) {
            throw new IllegalArgumentException("two hazards have the same number; each needs its own file");
        }
        if (writeIndex) {
            files.put(folder.resolve(MarkdownHazardWriter.INDEX_FILE), utf8(new HazardIndexPage(scheme, approval).write(hazards)));
        }
        return new ExportResult(folder, hazards.size(), AtomicFiles.write(files), notes);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String names(List<String> names) {
        List<String> shown = names.subList(0, Math.min(NAMES_SHOWN, names.size()));
        String more = names.size() > NAMES_SHOWN ? " and " + (names.size() - NAMES_SHOWN) + " more" : "";
        return String.join(", ", shown) + more;
    }

    /** A folder's entries sorted into HazardLog's hazard files, its index, and everything else. */
    private record Contents(List<String> hazardFiles, boolean foreignIndex, List<String> others) {

        static Contents of(Path folder) throws IOException {
            List<String> hazardFiles = new ArrayList<>();
            List<String> others = new ArrayList<>();
            boolean foreignIndex = false;
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path p : entries.sorted().toList()) {
                    String name = p.getFileName().toString();
                    if (name.startsWith(".")) {
                        continue; // .git, .DS_Store and the like are not the user's documents
                    }
                    if (Files.isRegularFile(p) && isHazardFileName(p)) {
                        hazardFiles.add(name);
                    } else if (name.equals(MarkdownHazardWriter.INDEX_FILE) && Files.isRegularFile(p)) {
                        if (!isOurIndex(p)) {
                            foreignIndex = true;
                            others.add(name);
                        }
                    } else {
                        others.add(name);
                    }
                }
            }
            return new Contents(hazardFiles, foreignIndex, others);
        }

        private static boolean isHazardFileName(Path p) {
            Optional<Integer> n = HazardFileNames.numberOf(p);
            return n.isPresent() && HazardFileNames.fileName(n.get()).equals(p.getFileName().toString());
        }

        private static boolean isOurIndex(Path index) throws IOException {
            byte[] start = new byte[OUR_INDEX_START.length()];
            try (var in = Files.newInputStream(index)) {
                int read = in.readNBytes(start, 0, start.length);
                return new String(start, 0, read, StandardCharsets.UTF_8).equals(OUR_INDEX_START);
            }
        }
    }
}
