package org.hazardlog.transfer.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.evidence.ControlVerification;
import org.hazardlog.transfer.json.HazardJsonWriter;
import org.hazardlog.transfer.json.HazardLogJson;

/**
 * Writes a log as one HazardLog JSON export. An earlier export at the same place is replaced; any
 * other file is replaced only when {@code force}, since it is someone else's.
 */
public final class JsonFileExporter implements HazardExporter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RiskScheme scheme;
    private final boolean force;
    private final ControlVerification evidence;

    public JsonFileExporter(RiskScheme scheme, boolean force) {
        this(scheme, force, null);
    }

    /** With each control's verification and each hazard's residualUnverified, from the recorded test evidence. */
    public JsonFileExporter(RiskScheme scheme, boolean force, ControlVerification evidence) {
        this.scheme = scheme;
        this.force = force;
        this.evidence = evidence;
    }

    @Override
    public ExportResult export(List<Hazard> hazards, Path file) throws IOException {
        HazardJsonWriter writer = new HazardJsonWriter(scheme);
        return write((evidence == null ? writer : writer.withEvidence(evidence)).writeDraft(hazards), hazards.size(), file);
    }

    /**
     * Writes a JSON export made elsewhere (an issued version, written from its signed snapshot), with
     * the same care for what is already at {@code file}.
     */
    public ExportResult write(String document, int hazardCount, Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new ExportRefusedException(file + " is a folder; a JSON export is one file, such as "
                    + file.resolve("hazard-log.json"), false);
        }
        if (Files.exists(file) && !force && !isExport(file)) {
            throw new ExportRefusedException(file + " already exists and is not a HazardLog JSON export", true);
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        byte[] json = document.getBytes(StandardCharsets.UTF_8);
        return new ExportResult(file, hazardCount, AtomicFiles.write(Map.of(file, json)), List.of());
    }

    private static boolean isExport(Path file) {
        try {
            JsonNode root = JSON.readTree(file.toFile());
            return root != null && HazardLogJson.FORMAT.equals(root.path("format").asText(null));
        } catch (IOException e) {
            return false; // not JSON at all, so certainly not an export
        }
    }
}
