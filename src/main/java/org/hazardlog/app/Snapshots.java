package org.hazardlog.app;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hazardlog.domain.Hazard;
import org.hazardlog.domain.RiskScheme;
import org.hazardlog.domain.audit.Canonical;
import org.hazardlog.domain.audit.ChainHead;
import org.hazardlog.domain.version.Signature;
import org.hazardlog.scheme.RiskSchemeFile;
import org.hazardlog.transfer.FileReading;
import org.hazardlog.transfer.ParsedHazard;
import org.hazardlog.transfer.json.HazardJsonReader;
import org.hazardlog.transfer.json.HazardJsonWriter;
import org.hazardlog.transfer.json.HazardLogJson;
import org.hazardlog.transfer.taxonomy.HazardTypeTaxonomy;

/**
 * The frozen form of an issued version: each hazard as it appears in HazardLog's JSON export (every
 * field, controls, scores), so a snapshot reads back with the same, tested reader as an export.
 * One JSON text per hazard keeps each stored value small even for very large logs.
 */
final class Snapshots {

    private static final String DOMAIN = "hazardlog-issued-version-v1";

    private Snapshots() {
    }

    static String schemeJson(RiskScheme scheme) {
        return RiskSchemeFile.toJson(scheme);
    }

    static Map<Integer, String> hazardJson(RiskScheme scheme, List<Hazard> hazards) {
        HazardJsonWriter writer = new HazardJsonWriter(scheme);
        Map<Integer, String> out = new LinkedHashMap<>();
        hazards.stream().sorted(Comparator.comparing(Hazard::number))
                .forEach(h -> out.put(h.number(), writer.toTree(List.of(h)).get("hazards").get(0).toString()));
        return out;
    }

    /** Reads a snapshot back; a snapshot that does not read is damage, not a user's mistake. */
    static List<Hazard> hazards(String label, String schemeJson, Map<Integer, String> hazardJson) {
        RiskScheme scheme = RiskSchemeFile.fromJson(schemeJson);
        String document = "{\"format\":\"" + HazardLogJson.FORMAT + "\",\"formatVersion\":" + HazardLogJson.FORMAT_VERSION
                + ",\"riskScheme\":" + schemeJson + ",\"hazards\":["
                + String.join(",", hazardJson.values()) + "]}";
        FileReading read = new HazardJsonReader(scheme, HazardTypeTaxonomy.builtIn()).read(Path.of(label), document);
        if (!read.isValid()) {
            throw new IllegalStateException("The snapshot of " + label + " cannot be read: "
                    + read.problems().stream().map(p -> p.message()).collect(Collectors.joining("; ")));
        }
        return read.hazards().stream().map(ParsedHazard::hazard).toList();
    }

    /** The hash a version is signed with: everything it holds, and the audit head it was signed at. */
    static String contentHash(int number, String summary, Signature s, String schemeJson,
                              Map<Integer, String> hazardJson, ChainHead anchor) {
        Canonical c = Canonical.of(DOMAIN).add(number).add(summary).add(s.name()).add(s.role().name())
                .add(s.time().toString()).add(s.meaning()).add(schemeJson).add(hazardJson.size());
        hazardJson.forEach((n, json) -> c.add(n).add(json));
        return c.add(anchor.sequence()).add(anchor.hash()).hex();
    }
}
